#include "gui_workspace.h"

#include <chrono>
#include <stdexcept>

#include "pacta/db/open.h"
#include "pacta/presentation/contract_lifecycle.h"
#include "pacta/presentation/database_opening.h"
#include "pacta/presentation/today.h"
#include "pacta/platform/paths.h"
#include "pacta/version.h"

namespace pacta::gui {

std::filesystem::path default_database() {
    if (auto env = platform::environment("PACTA_DB")) return *env;
    return platform::default_database_path();
}

std::filesystem::path demo_database() {
    if (auto env = platform::environment("PACTA_DEMO_DB")) return *env;
    return platform::user_data_dir() / "demo" / "pacta-demo.sqlite3";
}

std::unique_ptr<GuiWorkspace> open_gui_workspace(const std::filesystem::path& path) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::unique_ptr<GuiWorkspace> ws;
    try {
        ws = std::make_unique<GuiWorkspace>(db::open_pacta_database(path, pacta::version));
    } catch (const std::exception& e) {
        // The same words as pacta-cli's, in the user's language.
        throw std::runtime_error(presentation::describe(
            presentation::open_failure_of<db::NetworkFilesystemError, db::NotADatabaseError, db::NewerSchemaError>(e, path)));
    }
    ws->path = path;
    presentation::apply_moves_by_date(ws->lifecycle, presentation::today());
    return ws;
}

std::string home_institution(GuiWorkspace& workspace) {
    for (const auto& i : workspace.institutions.list()) {
        if (workspace.session && workspace.session->user().covers(i.code)) return i.code;
    }
    return {};
}

domain::FormatProfile institution_profile(GuiWorkspace& workspace) {
    const auto code = home_institution(workspace);
    if (code.empty()) return domain::FormatProfile::es_MX;
    const auto institution = workspace.institutions.find(code);
    return institution ? institution->profile : domain::FormatProfile::es_MX;
}

}  // namespace pacta::gui
