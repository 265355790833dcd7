#pragma once
// The storage engines the port tests run on, by name: «sqlite» (a fresh file per test) and
// «postgres» (the suite's prepared test server, logged in as «puertos», a user with all four
// Pacta roles and no institution limit). Each test names its own records (codes, CURPs,
// folios) so tests on the shared server do not meet. On the server the login is the actor
// and the server writes the audit rows; on SQLite the repositories write them as actor().
//
// Adding a port: a member pointer and accessor below, filled in the constructor for both
// engines (the SQLite store's, or a Pg* repository over connection_).

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/store.h"

namespace pacta::testing_ports {

class Engine {
public:
    explicit Engine(const std::string& name);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    [[nodiscard]] bool ready() const { return institutions_ != nullptr; }
    [[nodiscard]] domain::InstitutionRepository& institutions() { return *institutions_; }
    // Who the engine records as having made each change.
    [[nodiscard]] const std::string& actor() const { return actor_; }

private:
    std::filesystem::path dir_;
    std::unique_ptr<domain::Store> store_;
    std::optional<db::pg::Connection> connection_;
    std::unique_ptr<domain::InstitutionRepository> owned_institutions_;
    domain::InstitutionRepository* institutions_ = nullptr;
    std::string actor_ = "puertos";
};

// "sqlite", "postgres": for INSTANTIATE_TEST_SUITE_P, with engine_name naming each run.
inline const char* const engines[] = {"sqlite", "postgres"};
inline std::string engine_name(const testing::TestParamInfo<const char*>& run) { return run.param; }

}  // namespace pacta::testing_ports
