// The SQL of the migrations for access and integrity (schema version 10), kept out of
// schema.cpp so each file stays small. Never edit a migration that has shipped.
#include "schema_migrations.h"

namespace pacta::db::migration_sql {

// 10: four eyes for real. Everyone who changed a contract's content (drafting it, editing
// its data or its schedule) is recorded, and none of them may approve it. Existing contracts
// get their drafter and every user whose edit the audit trail records.
extern const std::string_view contract_editors = R"sql(
    CREATE TABLE contract_editor (
        contract_id INTEGER NOT NULL REFERENCES contract (id),
        username    TEXT NOT NULL CHECK (length(username) > 0),
        PRIMARY KEY (contract_id, username)
    ) STRICT, WITHOUT ROWID;
    INSERT OR IGNORE INTO contract_editor (contract_id, username)
        SELECT id, drafted_by FROM contract WHERE drafted_by <> '';
    INSERT OR IGNORE INTO contract_editor (contract_id, username)
        SELECT c.id, a.actor FROM audit_log a JOIN contract c ON c.folio = a.entity_id
        WHERE a.entity IN ('contrato', 'calendario') AND a.action = 'actualizar' AND a.actor <> '';
)sql";

}  // namespace pacta::db::migration_sql
