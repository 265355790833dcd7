#include "engine.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>

#include "../server/test_server.h"
#include "pacta/db/pg/institution_repository.h"
#include "pacta/db/sqlite_store.h"

namespace pacta::testing_ports {

namespace fs = std::filesystem;

Engine::Engine(const std::string& name) {
    if (name == "sqlite") {
        static std::atomic<int> count{0};
        dir_ = fs::temp_directory_path() / ("pacta-puertos-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        store_ = db::open_sqlite_store(dir_ / "pacta.sqlite3", "prueba");
        institutions_ = &store_->institutions();
        return;
    }
    auto* server = db::testing_server::TestServer::get();
    if (server == nullptr) return;
    static bool made = false;
    if (!made) {
        auto admin = server->as("ana");
        server->make_user(admin, actor_, "capturista,revisor_juridico,finanzas,administrador", "");
        made = true;
    }
    connection_.emplace(server->as(actor_));
    owned_institutions_ = std::make_unique<db::pg::PgInstitutionRepository>(*connection_);
    institutions_ = owned_institutions_.get();
}

Engine::~Engine() {
    owned_institutions_.reset();
    connection_.reset();
    store_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
}

}  // namespace pacta::testing_ports
