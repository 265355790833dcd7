#pragma once
// The storage engines the port tests run on, by name: «sqlite» (a fresh file per test) and
// «postgres» (the suite's prepared test server, logged in as its administrator «ana»). Each
// test names its own records (codes, CURPs) so tests on the shared server do not meet.

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
    std::string actor_ = "ana";
};

// "sqlite", "postgres": for INSTANTIATE_TEST_SUITE_P, with engine_name naming each run.
inline const char* const engines[] = {"sqlite", "postgres"};
inline std::string engine_name(const testing::TestParamInfo<const char*>& run) { return run.param; }

}  // namespace pacta::testing_ports
