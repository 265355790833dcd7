#pragma once
// What the desktop's screens work on: the office opened by the composition root (app/core),
// its storage ports under the names the screens use, and the logged-in user's session.

#include <filesystem>
#include <memory>

#include "pacta/core/office.h"
#include "pacta/presentation/session/office_place.h"

namespace pacta::gui {

struct GuiWorkspace {
    explicit GuiWorkspace(std::unique_ptr<core::Office> opened);
    GuiWorkspace(const GuiWorkspace&) = delete;
    GuiWorkspace& operator=(const GuiWorkspace&) = delete;

    // Only once someone has logged in.
    [[nodiscard]] const presentation::Session& session() const { return office->session(); }

    std::unique_ptr<core::Office> office;
    domain::AuditLog& audit;
    domain::UserRepository& users;
    domain::InstitutionRepository& institutions;
    domain::StaffRepository& staff;
    domain::ContractCatalog& contracts;
    domain::ContractDrafts& drafts;
    domain::ContractLifecycleRepository& lifecycle;
    domain::InstalmentRepository& instalments;
    domain::ClauseLibrary& clauses;
    domain::ReviewComments& review_comments;
    domain::ReviewChecklist& review_checklist;
    domain::AuditTrail& audit_trail;
    std::filesystem::path path;
    bool demo = false;  // the demonstration office: its own database, "DEMO" in the title
};

// Opens, migrates and records the moves by date; throws domain::StoreUnavailable (which
// show_problem words as pacta-cli does) or a fault.
[[nodiscard]] std::unique_ptr<GuiWorkspace> open_gui_workspace(const std::filesystem::path& path);

// The office server's workspace, `username` logged in (PostgreSQL checks the password), or
// why not in their words. Blocks until the server answers or libpq's connect timeout: the
// login runs it off the window's thread.
struct ServerWorkspace {
    std::unique_ptr<GuiWorkspace> workspace;
    std::string problem;
};
[[nodiscard]] ServerWorkspace open_server_workspace(const presentation::OfficePlace& place, const std::string& username,
                                                    const std::string& password);
// $PACTA_DB, else the embedded default.
[[nodiscard]] std::filesystem::path default_database();
// $PACTA_DEMO_DB, else demo/pacta-demo.sqlite3 in the user's data folder: never the real one.
[[nodiscard]] std::filesystem::path demo_database();

// The first institution the logged-in user works for ("" when none is on record): where a new
// person, signatory or contract goes.
[[nodiscard]] std::string home_institution(GuiWorkspace& workspace);
// Its format profile (es_MX when there is none).
[[nodiscard]] domain::FormatProfile institution_profile(GuiWorkspace& workspace);

}  // namespace pacta::gui
