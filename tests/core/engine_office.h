#pragma once
// The office of OfficeFixture on either engine, by name: «sqlite» (a file in a temporary
// folder) or «postgres» (a database of the suite's throwaway server, prepared with the
// demonstration administrator, then given the demonstration institution and people the way
// seed_demo gives them to a file). The same service tests run on both.

#include <cstdlib>
#include <string>

#include "office_fixture.h"
#include "../server/test_server.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "pacta/presentation/staff/staff_transfer.h"

namespace pacta::core {

class EngineOffice : public OfficeFixture, public testing::WithParamInterface<const char*> {
protected:
    void SetUp() override {
        if (!server()) {
            OfficeFixture::SetUp();
            return;
        }
        namespace p = pacta::presentation;
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        dir_ = std::filesystem::temp_directory_path() /
               ("pacta-office-pg-" + std::to_string(::getpid()) + "-" +
                testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        // What a desk keeps for itself (signed copies, drafts) goes under the test's folder.
        ::setenv("XDG_DATA_HOME", dir_.c_str(), 1);
        server_ = db::testing_server::TestServer::get(p::demo_username, p::demo_password);
        ASSERT_NE(server_, nullptr);
        office_ = open_as(p::demo_username, p::demo_password);
        ASSERT_TRUE(office_);
        const std::filesystem::path demo = platform::data_dir() / "demo";
        const auto read = p::read_institution_file(document::read_file(demo / "institucion.json").value_or(""),
                                                   "institucion.json");
        ASSERT_TRUE(read.institution);
        auto institution = *read.institution;
        institution.public_legend = office_legend;
        office_->institutions().save(institution);
        p::StaffImportOptions options;
        options.institution_code = institution.code;
        for (const auto& unit : institution.units) options.units.push_back(unit.code);
        const auto report = p::import_staff_file(office_->session(), office_->store().staff(), demo / "personal.csv", options);
        ASSERT_TRUE(report.file_findings.empty());
        ASSERT_TRUE(report.rejections.empty());
    }

    [[nodiscard]] bool server() const { return std::string(GetParam()) == "postgres"; }

    // Another desk of the same office, logged in as `user`; null when the login is refused.
    std::unique_ptr<Office> open_as(const std::string& user, const std::string& password) {
        if (!server()) {
            auto office = Office::open(database());
            if (!office->log_in(user, password).user) return nullptr;
            return office;
        }
        return std::move(Office::open_server(server_->conninfo(), user, password).office);
    }

    db::testing_server::TestServer* server_ = nullptr;
};

inline const char* const engines[] = {"sqlite", "postgres"};
inline std::string engine_name(const testing::TestParamInfo<const char*>& run) { return run.param; }

}  // namespace pacta::core
