#include "pacta/db/schema.h"

#include <string_view>

#include "pacta/db/database.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {

namespace {

// Each entry takes the schema from version (index) to version (index + 1). Never edit a
// migration that has shipped; add a new one.
constexpr std::string_view migrations[] = {
    // 1: settings of this installation (what created it, when).
    R"sql(
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
        value TEXT NOT NULL
    ) STRICT;
    )sql",
};

}  // namespace

int current_schema_version() { return static_cast<int>(std::size(migrations)); }

void migrate(Database& db, const std::string& pacta_version) {
    const int found = db.user_version();
    if (found > current_schema_version()) {
        throw NewerSchemaError("database " + db.path().string() + " has schema version " +
                                   std::to_string(found) + ", newer than this Pacta (" +
                                   std::to_string(current_schema_version()) + ")",
                               found, current_schema_version());
    }
    for (int version = found; version < current_schema_version(); ++version) {
        Transaction tx(db);
        db.execute(migrations[version]);
        db.execute("PRAGMA user_version = " + std::to_string(version + 1));
        if (version == 0) {
            Statement insert(db, "INSERT INTO setting (key, value) VALUES (?1, ?2)");
            insert.bind(1, std::string_view("created_by")).bind(2, "Pacta " + pacta_version).run();
        }
        tx.commit();
    }
}

}  // namespace pacta::db
