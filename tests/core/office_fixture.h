#pragma once
// An office on a real SQLite store in a temporary folder: the demonstration office's people
// and accounts, logged in as its administrator, with a way to draft the sample contract.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "pacta/core/office.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"
#include "pacta/presentation/session/demo.h"
#include "pacta/presentation/templates/installed_templates.h"

namespace pacta::core {

inline constexpr const char* institution_code = "imss-bienestar-gro";
inline constexpr const char* laura = "GOPL850715MGRMRR05";  // in the demonstration office's staff
inline constexpr const char* office_legend = "[SUPRIMIDO POR LEY: {etiqueta}]";

inline document::DataValue json(const std::string& text) {
    return *document::parse_json_data(text, "prueba").value;
}

class OfficeFixture : public testing::Test {
protected:
    void SetUp() override {
        namespace p = pacta::presentation;
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        dir_ = std::filesystem::temp_directory_path() /
               ("pacta-office-" + std::to_string(::getpid()) + "-" +
                testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        office_ = Office::open(database());
        auto& store = office_->store();
        ASSERT_EQ(p::seed_demo(store.users(), store.institutions(), store.staff(), store.audit_log(),
                               platform::data_dir() / "demo"),
                  "");
        ASSERT_TRUE(office_->log_in(p::demo_username, p::demo_password).user);
        // The office's own legend, so a default one cannot pass for it.
        auto institution = store.institutions().find(institution_code);
        ASSERT_TRUE(institution);
        institution->public_legend = office_legend;
        office_->institutions().save(*institution);
    }
    void TearDown() override {
        office_.reset();
        std::filesystem::remove_all(dir_);
    }

    [[nodiscard]] std::filesystem::path database() const { return dir_ / "pacta.sqlite3"; }

    std::string draft() {
        namespace p = pacta::presentation;
        template_ = p::load_template("imss-bienestar-honorarios");
        p::DraftRequest request;
        request.tmpl = &template_;
        request.person_key = laura;
        request.extra = json(document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or(""));
        request.today = *domain::Date::from_ymd(2024, 1, 20);
        return office_->contracts().draft(request).folio;
    }

    std::filesystem::path dir_;
    std::unique_ptr<Office> office_;
    presentation::TemplateWithSource template_;
};

}  // namespace pacta::core
