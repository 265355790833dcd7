#pragma once
// The desktop application's composition root: the open database, its repositories, and the
// session of the user who logged in.

#include <filesystem>
#include <memory>
#include <optional>

#include "pacta/db/audit.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/review_repository.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/user_repository.h"
#include "pacta/presentation/access.h"

namespace pacta::gui {

struct GuiWorkspace {
    explicit GuiWorkspace(db::Database db) : database(std::move(db)) {}
    GuiWorkspace(const GuiWorkspace&) = delete;
    GuiWorkspace& operator=(const GuiWorkspace&) = delete;

    db::Database database;
    db::SqliteAuditLog audit{database};
    db::SqliteUserRepository users{database};
    db::SqliteInstitutionRepository institutions{database};
    db::SqliteStaffRepository staff{database};
    db::SqliteContractRepository contracts{database};
    db::SqliteContractLifecycleRepository lifecycle{database};
    db::SqliteInstalmentRepository instalments{database};
    db::SqliteClauseLibrary clauses{database};
    db::SqliteReviewComments review_comments{database};
    db::SqliteReviewChecklist review_checklist{database};
    std::optional<presentation::Session> session;
    std::filesystem::path path;
    bool demo = false;  // the demonstration office: its own database, "DEMO" in the title
};

// $PACTA_DB, else the embedded default. Opens, migrates and records the moves by date;
// throws with a message a person can act on.
[[nodiscard]] std::unique_ptr<GuiWorkspace> open_gui_workspace(const std::filesystem::path& path);
[[nodiscard]] std::filesystem::path default_database();
// $PACTA_DEMO_DB, else demo/pacta-demo.sqlite3 in the user's data folder: never the real one.
[[nodiscard]] std::filesystem::path demo_database();

// The first institution the logged-in user works for ("" when none is on record): where a new
// person, signatory or contract goes.
[[nodiscard]] std::string home_institution(GuiWorkspace& workspace);
// Its format profile (es_MX when there is none).
[[nodiscard]] domain::FormatProfile institution_profile(GuiWorkspace& workspace);

}  // namespace pacta::gui
