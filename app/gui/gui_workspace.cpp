#include "gui_workspace.h"

#include <chrono>
#include <stdexcept>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/problem.h"
#include "pacta/presentation/session/database_opening.h"
#include "pacta/platform/paths.h"

namespace pacta::gui {

std::filesystem::path default_database() {
    if (auto env = platform::environment("PACTA_DB")) return *env;
    return platform::default_database_path();
}

std::filesystem::path demo_database() {
    if (auto env = platform::environment("PACTA_DEMO_DB")) return *env;
    return platform::user_data_dir() / "demo" / "pacta-demo.sqlite3";
}

GuiWorkspace::GuiWorkspace(std::unique_ptr<core::Office> opened)
    : office(std::move(opened)),
      audit(office->store().audit_log()),
      users(office->store().users()),
      institutions(office->store().institutions()),
      staff(office->store().staff()),
      contracts(office->store().contracts()),
      drafts(office->store().drafts()),
      lifecycle(office->store().lifecycle()),
      instalments(office->store().instalments()),
      clauses(office->store().clauses()),
      review_comments(office->store().review_comments()),
      review_checklist(office->store().review_checklist()),
      audit_trail(office->store().audit_trail()),
      path(office->database()) {}

std::unique_ptr<GuiWorkspace> open_gui_workspace(const std::filesystem::path& path) {
    return std::make_unique<GuiWorkspace>(core::Office::open(path));
}

ServerWorkspace open_server_workspace(const presentation::OfficePlace& place, const std::string& username,
                                      const std::string& password) {
    ServerWorkspace out;
    if (out.problem = presentation::place_problem(place); !out.problem.empty()) return out;
    if (username.empty()) {
        out.problem = locale::tr("type your user name.");
        return out;
    }
    try {
        auto login = core::Office::open_server(presentation::server_conninfo(place), username, password);
        if (!login.office) {
            out.problem = presentation::login_failure_text(login.failure);
            return out;
        }
        out.workspace = std::make_unique<GuiWorkspace>(std::move(login.office));
    } catch (const domain::StoreUnavailable& e) {
        out.problem = presentation::describe(e) + " " + locale::tr("Try again when it is solved.");
    } catch (const std::exception&) {
        out.problem = presentation::current_problem().message;
    }
    return out;
}

std::string home_institution(GuiWorkspace& workspace) {
    for (const auto& i : workspace.institutions.list()) {
        if (workspace.office->logged_in() && workspace.session().user().covers(i.code)) return i.code;
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
