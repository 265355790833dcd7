#include "database_access.h"

#include "pacta/db/open.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"
#include "pacta/version.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

std::optional<std::string>& option() {
    static std::optional<std::string> value;
    return value;
}

}  // namespace

void set_database_option(std::optional<std::string> path) { option() = std::move(path); }

std::filesystem::path database_path() {
    if (option()) return *option();
    if (auto env = platform::environment("PACTA_DB")) return *env;
    return platform::default_database_path();
}

std::optional<db::Database> open_database(const Console& console) {
    const auto path = database_path();
    try {
        if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
        return db::open_pacta_database(path, pacta::version);
    } catch (const db::NetworkFilesystemError&) {
        console.error(fill(tr("the database {path} is on a network drive, where SQLite can corrupt it; keep it on a "
                              "local disk and share it through a Pacta server instead."),
                           {{"path", path.string()}}));
    } catch (const db::NotADatabaseError&) {
        console.error(fill(tr("{path} is not a Pacta database (nor any SQLite database); check the path given with "
                              "--db or PACTA_DB."),
                           {{"path", path.string()}}));
    } catch (const db::NewerSchemaError& e) {
        console.error(fill(tr("the database was created by a newer version of Pacta (schema {found}; this one reads up "
                              "to {supported}); update Pacta to open it."),
                           {{"found", std::to_string(e.found())}, {"supported", std::to_string(e.supported())}}));
    } catch (const std::exception& e) {
        console.error(fill(tr("cannot open the database {path}: {detail}"), {{"path", path.string()}, {"detail", e.what()}}));
    }
    return std::nullopt;
}

std::string current_actor() { return "sistema:" + platform::system_user(); }

}  // namespace pacta::cli
