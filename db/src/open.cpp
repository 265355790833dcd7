#include "pacta/db/open.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "pacta/db/schema.h"
#include "pacta/platform/paths.h"

namespace pacta::db {

std::string utc_timestamp() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

std::filesystem::path migration_backup_path(const std::filesystem::path& db, int version) {
    std::string stamp = utc_timestamp();
    for (char& c : stamp) {
        if (c == ':') c = '-';
    }
    auto name = db.filename().string() + ".antes-v" + std::to_string(version) + "-" + stamp + ".sqlite3";
    return db.parent_path() / name;
}

Database open_pacta_database(const std::filesystem::path& path, const std::string& pacta_version) {
    const bool in_memory = path.string() == ":memory:";
    if (!in_memory && platform::on_network_filesystem(path)) {
        throw NetworkFilesystemError("database on a network file system: " + path.string(), 0);
    }
    try {
        Database db(path);
        const int version = db.user_version();
        if (version > 0 && version < current_schema_version() && !in_memory) {
            db.backup_to(migration_backup_path(path, version));
        }
        migrate(db, pacta_version);
        return db;
    } catch (const NewerSchemaError&) {
        throw;
    } catch (const DatabaseError& e) {
        if ((e.sqlite_code() & 0xFF) == SQLITE_NOTADB) throw NotADatabaseError(e.what(), e.sqlite_code());
        throw;
    }
}

}  // namespace pacta::db
