#include "pacta/db/schema.h"

#include <algorithm>
#include <string_view>

#include "pacta/db/database.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "schema_migrations.h"

namespace pacta::db {

namespace {

// Each entry takes the schema from version (index) to version (index + 1). Never edit a
// migration that has shipped; add a new one.
const std::string_view migrations[] = {
    // 1: settings of this installation (what created it, when).
    R"sql(
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
        value TEXT NOT NULL
    ) STRICT;
    )sql",
    // 2: institutions and their signatories, staff, templates, contracts, instalments, and
    // the append-only audit trail.
    R"sql(
    CREATE TABLE institution (
        id            INTEGER PRIMARY KEY,
        code          TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
        name          TEXT NOT NULL CHECK (length(name) > 0),
        country       TEXT NOT NULL CHECK (country IN ('MX', 'PE')),
        profile       TEXT NOT NULL CHECK (profile IN ('es_MX', 'es_PE')),
        public_legend TEXT NOT NULL,
        legal_basis   TEXT NOT NULL,
        notice_days   INTEGER NOT NULL CHECK (notice_days BETWEEN 0 AND 365)
    ) STRICT;

    CREATE TABLE institution_setting (
        institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
        key            TEXT NOT NULL CHECK (length(key) > 0),
        value          TEXT NOT NULL,
        PRIMARY KEY (institution_id, key)
    ) STRICT;

    CREATE TABLE unit (
        id             INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
        code           TEXT NOT NULL CHECK (length(code) > 0),
        name           TEXT NOT NULL,
        region         TEXT NOT NULL,
        cost_centre    TEXT NOT NULL,
        UNIQUE (institution_id, code)
    ) STRICT;

    CREATE TABLE budget_account (
        id               INTEGER PRIMARY KEY,
        institution_id   INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
        code             TEXT NOT NULL CHECK (length(code) > 0),
        name             TEXT NOT NULL,
        information_unit TEXT NOT NULL,
        UNIQUE (institution_id, code)
    ) STRICT;

    CREATE TABLE signatory (
        id             INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
        code           TEXT NOT NULL CHECK (length(code) > 0),
        name           TEXT NOT NULL CHECK (length(name) > 0),
        sex            TEXT NOT NULL CHECK (sex IN ('hombre', 'mujer')),
        title          TEXT NOT NULL,
        deed_number    TEXT NOT NULL,
        deed_date      TEXT CHECK (deed_date IS NULL OR date(deed_date) = deed_date),
        notary         TEXT NOT NULL,
        notary_number  TEXT NOT NULL,
        registry_folio TEXT NOT NULL,
        registry_date  TEXT CHECK (registry_date IS NULL OR date(registry_date) = registry_date),
        valid_from     TEXT NOT NULL CHECK (date(valid_from) = valid_from),
        valid_to       TEXT CHECK (valid_to IS NULL OR (date(valid_to) = valid_to AND valid_to >= valid_from)),
        UNIQUE (institution_id, code)
    ) STRICT;

    CREATE TABLE signatory_role (
        signatory_id INTEGER NOT NULL REFERENCES signatory (id) ON DELETE CASCADE,
        role         TEXT NOT NULL CHECK (length(role) > 0),
        PRIMARY KEY (signatory_id, role)
    ) STRICT;

    CREATE TABLE staff (
        id                INTEGER PRIMARY KEY,
        institution_id    INTEGER REFERENCES institution (id),
        given_names       TEXT NOT NULL CHECK (length(given_names) > 0),
        first_surname     TEXT NOT NULL CHECK (length(first_surname) > 0),
        second_surname    TEXT NOT NULL,
        sex               TEXT NOT NULL CHECK (sex IN ('hombre', 'mujer')),
        birth_date        TEXT NOT NULL CHECK (date(birth_date) = birth_date),
        nationality       TEXT NOT NULL,
        civil_status      TEXT NOT NULL,
        curp              TEXT UNIQUE CHECK (curp IS NULL OR length(curp) = 18),
        rfc               TEXT CHECK (rfc IS NULL OR length(rfc) IN (12, 13)),
        dni               TEXT UNIQUE,
        foreign_card      TEXT UNIQUE,
        ruc               TEXT CHECK (ruc IS NULL OR length(ruc) = 11),
        domicile          TEXT NOT NULL,
        phone             TEXT NOT NULL,
        email             TEXT NOT NULL,
        bank_account      TEXT NOT NULL,
        profession        TEXT NOT NULL,
        category          TEXT NOT NULL CHECK (category IN ('asistencial', 'administrativo')),
        regime            TEXT NOT NULL CHECK (regime IN ('honorarios', 'cas', 'locacion', 'planilla')),
        suspension_year   INTEGER CHECK (suspension_year IS NULL OR suspension_year BETWEEN 2000 AND 2100),
        unit_id           INTEGER REFERENCES unit (id),
        active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        CHECK (curp IS NOT NULL OR dni IS NOT NULL OR foreign_card IS NOT NULL)
    ) STRICT;

    -- Accent- and case-insensitive search over names, identity numbers and unit.
    CREATE VIRTUAL TABLE staff_search USING fts5 (
        names, ids, unit, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER staff_search_insert AFTER INSERT ON staff BEGIN
        INSERT INTO staff_search (rowid, names, ids, unit) VALUES (
            new.id,
            new.given_names || ' ' || new.first_surname || ' ' || new.second_surname,
            coalesce(new.curp, '') || ' ' || coalesce(new.rfc, '') || ' ' || coalesce(new.dni, '') || ' ' ||
                coalesce(new.foreign_card, '') || ' ' || coalesce(new.ruc, ''),
            coalesce((SELECT code || ' ' || name FROM unit WHERE id = new.unit_id), ''));
    END;
    CREATE TRIGGER staff_search_update AFTER UPDATE ON staff BEGIN
        DELETE FROM staff_search WHERE rowid = old.id;
        INSERT INTO staff_search (rowid, names, ids, unit) VALUES (
            new.id,
            new.given_names || ' ' || new.first_surname || ' ' || new.second_surname,
            coalesce(new.curp, '') || ' ' || coalesce(new.rfc, '') || ' ' || coalesce(new.dni, '') || ' ' ||
                coalesce(new.foreign_card, '') || ' ' || coalesce(new.ruc, ''),
            coalesce((SELECT code || ' ' || name FROM unit WHERE id = new.unit_id), ''));
    END;
    CREATE TRIGGER staff_search_delete AFTER DELETE ON staff BEGIN
        DELETE FROM staff_search WHERE rowid = old.id;
    END;

    CREATE TABLE template (
        id         INTEGER PRIMARY KEY,
        code       TEXT NOT NULL CHECK (length(code) > 0),
        version    INTEGER NOT NULL CHECK (version > 0),
        title      TEXT NOT NULL,
        source     TEXT NOT NULL,
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL,
        UNIQUE (code, version)
    ) STRICT;
    -- A template version never changes: a contract must always find the text it was made from.
    CREATE TRIGGER template_immutable BEFORE UPDATE ON template
    BEGIN SELECT RAISE(ABORT, 'template versions are immutable'); END;

    CREATE TABLE contract (
        id             INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institution (id),
        year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        folio          TEXT NOT NULL CHECK (length(folio) > 0),
        template_id    INTEGER NOT NULL REFERENCES template (id),
        staff_id       INTEGER REFERENCES staff (id),
        state          TEXT NOT NULL DEFAULT 'borrador' CHECK (state IN ('borrador', 'en_revision', 'observado',
                           'aprobado', 'firmado', 'vigente', 'concluido', 'terminado_anticipadamente',
                           'rescindido', 'cancelado')),
        data_json      TEXT NOT NULL,
        total_minor    INTEGER NOT NULL CHECK (total_minor >= 0),
        currency       TEXT NOT NULL CHECK (currency IN ('MXN', 'PEN', 'USD')),
        signing_date   TEXT CHECK (signing_date IS NULL OR date(signing_date) = signing_date),
        start_date     TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
        end_date       TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
        created_at     TEXT NOT NULL,
        UNIQUE (institution_id, year, folio)
    ) STRICT;

    CREATE TABLE contract_signatory (
        contract_id  INTEGER NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        role         TEXT NOT NULL,
        signatory_id INTEGER NOT NULL REFERENCES signatory (id),
        PRIMARY KEY (contract_id, role)
    ) STRICT;

    CREATE TABLE contract_file (
        id          INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('completo', 'publico')),
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE instalment (
        id           INTEGER PRIMARY KEY,
        contract_id  INTEGER NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        number       INTEGER NOT NULL CHECK (number > 0),
        amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
        period_start TEXT CHECK (period_start IS NULL OR date(period_start) = period_start),
        period_end   TEXT CHECK (period_end IS NULL OR date(period_end) = period_end),
        due_date     TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
        state        TEXT NOT NULL DEFAULT 'programada',
        UNIQUE (contract_id, number)
    ) STRICT;

    -- Append-only: each row carries the SHA-256 of the one before it.
    CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL CHECK (length(actor) > 0),
        action      TEXT NOT NULL CHECK (action IN ('crear', 'actualizar', 'eliminar')),
        entity      TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        before_json TEXT,
        after_json  TEXT,
        prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash        TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    )sql",
    // 3: the life of each instalment (report, approval, payment with its withholding fixed),
    // and the contract's regime. Version 2's instalment table was never written to.
    R"sql(
    DROP TABLE instalment;
    CREATE TABLE instalment (
        id                 INTEGER PRIMARY KEY,
        contract_id        INTEGER NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        number             INTEGER NOT NULL CHECK (number > 0),
        amount_minor       INTEGER NOT NULL CHECK (amount_minor >= 0),
        period_start       TEXT NOT NULL CHECK (date(period_start) = period_start),
        period_end         TEXT NOT NULL CHECK (date(period_end) = period_end AND period_end >= period_start),
        due_date           TEXT NOT NULL CHECK (date(due_date) = due_date),
        state              TEXT NOT NULL DEFAULT 'pendiente' CHECK (state IN ('pendiente', 'informe_entregado',
                               'aprobado', 'pagado', 'suspendido', 'cancelado')),
        report_date        TEXT CHECK (report_date IS NULL OR date(report_date) = report_date),
        report_reference   TEXT NOT NULL DEFAULT '',
        approval_date      TEXT CHECK (approval_date IS NULL OR date(approval_date) = approval_date),
        approved_by        TEXT NOT NULL DEFAULT '',
        payment_date       TEXT CHECK (payment_date IS NULL OR date(payment_date) = payment_date),
        transfer_reference TEXT NOT NULL DEFAULT '',
        cfdi_uuid          TEXT NOT NULL DEFAULT '',
        receipt_number     TEXT NOT NULL DEFAULT '',
        gross_minor        INTEGER,
        withheld_minor     INTEGER,
        net_minor          INTEGER,
        reason             TEXT NOT NULL DEFAULT '',
        CHECK (state <> 'pagado' OR (payment_date IS NOT NULL AND gross_minor = withheld_minor + net_minor)),
        UNIQUE (contract_id, number)
    ) STRICT;
    -- Paid is final, whatever program writes to the file.
    CREATE TRIGGER instalment_paid_is_final BEFORE UPDATE ON instalment WHEN OLD.state = 'pagado'
    BEGIN SELECT RAISE(ABORT, 'a paid instalment does not change'); END;
    CREATE INDEX instalment_due ON instalment (due_date);
    ALTER TABLE contract ADD COLUMN regime TEXT NOT NULL DEFAULT 'honorarios'
        CHECK (regime IN ('honorarios', 'cas', 'locacion', 'planilla'));
    ALTER TABLE contract ADD COLUMN unit_code TEXT NOT NULL DEFAULT '';
    )sql",
    // 4: how and when a contract ended early; the budget account it is paid from; report files.
    R"sql(
    ALTER TABLE contract ADD COLUMN ended_on TEXT CHECK (ended_on IS NULL OR date(ended_on) = ended_on);
    ALTER TABLE contract ADD COLUMN end_cause TEXT CHECK (end_cause IS NULL OR end_cause IN ('aviso', 'rescision',
        'interrupcion'));
    ALTER TABLE contract ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';
    -- The budget account the contract is paid from (its template's presupuesto.cuenta).
    ALTER TABLE contract ADD COLUMN budget_account TEXT NOT NULL DEFAULT '';
    -- The activity report's file, when attached: where it is and its SHA-256.
    ALTER TABLE instalment ADD COLUMN report_file TEXT NOT NULL DEFAULT '';
    ALTER TABLE instalment ADD COLUMN report_sha256 TEXT NOT NULL DEFAULT '';
    )sql",
    // 5: user accounts and roles; the contract lifecycle (who drafted it, its moves, the
    // signed document, amendments); content frozen from approval on; audit actions for
    // events that change nothing else (views, exports, refusals, logins).
    R"sql(
    CREATE TABLE app_user (
        id              INTEGER PRIMARY KEY,
        username        TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
        password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_logins   INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
        locked          INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        created_at      TEXT NOT NULL
    ) STRICT;
    CREATE TABLE user_role (
        user_id INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role    TEXT NOT NULL CHECK (role IN ('capturista', 'revisor_juridico', 'finanzas', 'administrador')),
        PRIMARY KEY (user_id, role)
    ) STRICT;
    CREATE TABLE user_institution (
        user_id        INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        institution_id INTEGER NOT NULL REFERENCES institution (id),
        PRIMARY KEY (user_id, institution_id)
    ) STRICT;

    ALTER TABLE contract ADD COLUMN drafted_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE contract ADD COLUMN amends_id INTEGER REFERENCES contract (id);
    CREATE TABLE contract_move (
        id          INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contract (id),
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL CHECK (length(actor) > 0),
        from_state  TEXT NOT NULL,
        to_state    TEXT NOT NULL,
        reason      TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX contract_move_contract ON contract_move (contract_id);
    CREATE TABLE signed_document (
        id                INTEGER PRIMARY KEY,
        contract_id       INTEGER NOT NULL REFERENCES contract (id),
        path              TEXT NOT NULL,
        sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
        digital           INTEGER NOT NULL CHECK (digital IN (0, 1)),
        matches_generated INTEGER NOT NULL CHECK (matches_generated IN (0, 1)),
        signers_json      TEXT NOT NULL,
        recorded_at       TEXT NOT NULL,
        recorded_by       TEXT NOT NULL
    ) STRICT;

    -- What was approved is what gets signed, and what was signed never changes.
    CREATE TRIGGER contract_content_frozen BEFORE UPDATE OF institution_id, year, folio, template_id, staff_id,
        data_json, total_minor, currency, signing_date, start_date, end_date, regime, unit_code, budget_account,
        drafted_by, amends_id ON contract
        WHEN OLD.state NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: approved or signed contracts change only by amendment'); END;
    CREATE TRIGGER contract_final_state BEFORE UPDATE OF state ON contract
        WHEN OLD.state IN ('concluido', 'terminado_anticipadamente', 'rescindido', 'cancelado')
    BEGIN SELECT RAISE(ABORT, 'the contract has ended; its state does not change'); END;
    CREATE TRIGGER contract_signatory_frozen_insert BEFORE INSERT ON contract_signatory
        WHEN (SELECT state FROM contract WHERE id = NEW.contract_id) NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: approved or signed contracts change only by amendment'); END;
    CREATE TRIGGER contract_signatory_frozen_delete BEFORE DELETE ON contract_signatory
        WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: approved or signed contracts change only by amendment'); END;
    CREATE TRIGGER instalment_schedule_frozen BEFORE DELETE ON instalment
        WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: its schedule changes only by amendment'); END;
    CREATE TRIGGER contract_move_append_only BEFORE UPDATE ON contract_move
    BEGIN SELECT RAISE(ABORT, 'the contract history is append-only'); END;
    CREATE TRIGGER contract_move_no_delete BEFORE DELETE ON contract_move
    BEGIN SELECT RAISE(ABORT, 'the contract history is append-only'); END;
    CREATE TRIGGER signed_document_immutable BEFORE UPDATE ON signed_document
    BEGIN SELECT RAISE(ABORT, 'a signed document is never replaced'); END;

    -- The audit table again, with more actions; rows are copied as they are, so every hash
    -- in the chain still verifies. (Dropping a table fires none of its triggers.)
    CREATE TABLE audit_log_v5 (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL CHECK (length(actor) > 0),
        action      TEXT NOT NULL CHECK (action IN ('crear', 'actualizar', 'eliminar', 'consultar', 'exportar',
                        'denegar', 'acceder')),
        entity      TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        before_json TEXT,
        after_json  TEXT,
        prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash        TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT;
    INSERT INTO audit_log_v5 SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash
        FROM audit_log ORDER BY id;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_v5 RENAME TO audit_log;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    )sql",
    // 6: legal review: the clause library (versions with a status and a legal basis) and the
    // reviewers' comments on a contract's clauses.
    R"sql(
    CREATE TABLE clause (
        id           INTEGER PRIMARY KEY,
        key          TEXT NOT NULL CHECK (length(key) > 0),
        version      INTEGER NOT NULL CHECK (version > 0),
        title        TEXT NOT NULL CHECK (length(title) > 0),
        text         TEXT NOT NULL CHECK (length(text) > 0),
        legal_basis  TEXT NOT NULL DEFAULT '',
        status       TEXT NOT NULL DEFAULT 'borrador' CHECK (status IN ('borrador', 'aprobada', 'retirada')),
        created_at   TEXT NOT NULL,
        created_by   TEXT NOT NULL,
        decided_at   TEXT,
        decided_by   TEXT,
        UNIQUE (key, version)
    ) STRICT;
    -- A version's wording never changes (a new wording is a new version); its status only
    -- moves forward: borrador -> aprobada -> retirada.
    CREATE TRIGGER clause_wording_immutable BEFORE UPDATE OF key, version, title, text, legal_basis ON clause
    BEGIN SELECT RAISE(ABORT, 'a clause version never changes; add a new version'); END;
    CREATE TRIGGER clause_status_forward BEFORE UPDATE OF status ON clause
        WHEN NOT ((OLD.status = 'borrador' AND NEW.status IN ('aprobada', 'retirada'))
               OR (OLD.status = 'aprobada' AND NEW.status = 'retirada'))
    BEGIN SELECT RAISE(ABORT, 'a clause status only moves forward'); END;
    CREATE TABLE review_comment (
        id          INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contract (id),
        clause_key  TEXT NOT NULL CHECK (length(clause_key) > 0),
        text        TEXT NOT NULL CHECK (length(text) > 0),
        author      TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        resolved_by TEXT,
        resolved_at TEXT,
        resolution  TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX review_comment_contract ON review_comment (contract_id);
    CREATE TRIGGER review_comment_text_immutable BEFORE UPDATE OF contract_id, clause_key, text, author, created_at
        ON review_comment
    BEGIN SELECT RAISE(ABORT, 'a comment is never rewritten; add another'); END;
    -- What a reviewer confirms for every contract of a template, and what was confirmed.
    CREATE TABLE review_checklist_item (
        id            INTEGER PRIMARY KEY,
        template_code TEXT NOT NULL CHECK (length(template_code) > 0),
        position      INTEGER NOT NULL CHECK (position > 0),
        text          TEXT NOT NULL CHECK (length(text) > 0),
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        UNIQUE (template_code, position)
    ) STRICT;
    CREATE TABLE review_check (
        contract_id INTEGER NOT NULL REFERENCES contract (id),
        item_id     INTEGER NOT NULL REFERENCES review_checklist_item (id),
        checked_by  TEXT NOT NULL,
        checked_at  TEXT NOT NULL,
        PRIMARY KEY (contract_id, item_id)
    ) STRICT;
    )sql",

    // 7: the search index can be filled once at the end of a bulk import instead of row by
    // row (FTS5 flushes its pending terms at every statement, so 100,000 single-row inserts
    // cost more than the import itself). `deferred` is only ever 1 inside the importing
    // transaction; what the index holds for a row is written in one place, the view.
    R"sql(
    CREATE TABLE search_index_state (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        deferred INTEGER NOT NULL CHECK (deferred IN (0, 1))
    ) STRICT;
    INSERT INTO search_index_state (id, deferred) VALUES (1, 0);
    CREATE VIEW staff_search_source (id, names, ids, unit) AS
        SELECT s.id,
               s.given_names || ' ' || s.first_surname || ' ' || s.second_surname,
               coalesce(s.curp, '') || ' ' || coalesce(s.rfc, '') || ' ' || coalesce(s.dni, '') || ' ' ||
                   coalesce(s.foreign_card, '') || ' ' || coalesce(s.ruc, ''),
               coalesce(u.code || ' ' || u.name, '')
        FROM staff s LEFT JOIN unit u ON u.id = s.unit_id;
    DROP TRIGGER staff_search_insert;
    DROP TRIGGER staff_search_update;
    CREATE TRIGGER staff_search_insert AFTER INSERT ON staff
        WHEN (SELECT deferred FROM search_index_state) = 0
    BEGIN
        INSERT INTO staff_search (rowid, names, ids, unit)
            SELECT id, names, ids, unit FROM staff_search_source WHERE id = new.id;
    END;
    CREATE TRIGGER staff_search_update AFTER UPDATE ON staff
        WHEN (SELECT deferred FROM search_index_state) = 0
    BEGIN
        DELETE FROM staff_search WHERE rowid = old.id;
        INSERT INTO staff_search (rowid, names, ids, unit)
            SELECT id, names, ids, unit FROM staff_search_source WHERE id = new.id;
    END;
    )sql",

    // 8: an office of 50,000 contracts and millions of audit rows (schema_office_scale.cpp).
    migration_sql::office_scale,
    // 9: Inicio in constant time (schema_office_scale.cpp).
    migration_sql::inicio_kept,
    // 10: four eyes: who changed each contract (schema_access.cpp).
    migration_sql::contract_editors,
    // 11: the office server keeps the office's own templates (office_template); on one desk
    // they stay files of the data folder, so nothing changes here. Numbered alike.
    "-- nothing on one desk",
    // 12: the server's staff search by its indexes under row security; FTS5 already does it here.
    "-- nothing on one desk",
    // 13: the certification authorities the office trusts for signatures.
    R"sql(
    CREATE TABLE trusted_root (
        sha256    TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        subject   TEXT NOT NULL,
        not_after TEXT NOT NULL,
        pem       TEXT NOT NULL CHECK (length(pem) <= 65536),
        added_by  TEXT NOT NULL,
        added_at  TEXT NOT NULL
    ) STRICT;
    -- Signatories' RFC or DNI, which their certificates carry.
    ALTER TABLE signatory ADD COLUMN rfc TEXT NOT NULL DEFAULT '';
    ALTER TABLE signatory ADD COLUMN dni TEXT NOT NULL DEFAULT '';
    )sql",
    // 14: a review checklist point taken out of use by a reviewer; contracts keep what was
    // confirmed of it (an empty retired_by: in use).
    R"sql(
    ALTER TABLE review_checklist_item ADD COLUMN retired_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE review_checklist_item ADD COLUMN retired_at TEXT NOT NULL DEFAULT '';
    CREATE TRIGGER review_checklist_item_kept BEFORE UPDATE ON review_checklist_item
        WHEN old.retired_by <> '' OR new.retired_by = '' OR new.template_code IS NOT old.template_code
             OR new.position IS NOT old.position OR new.text IS NOT old.text
             OR new.created_by IS NOT old.created_by OR new.created_at IS NOT old.created_at
    BEGIN SELECT RAISE(ABORT, 'a checklist point is only ever retired, once'); END;
    )sql",
    // 15: a staff search index that costs little to fill (schema_staff_search.cpp).
    migration_sql::lean_staff_search,
};

}  // namespace

int current_schema_version() { return static_cast<int>(std::size(migrations)); }

void migrate(Database& db, const std::string& pacta_version) { migrate(db, pacta_version, current_schema_version()); }

void migrate(Database& db, const std::string& pacta_version, int up_to) {
    const int found = db.user_version();
    if (found > current_schema_version()) {
        throw NewerSchemaError("database " + db.path().string() + " has schema version " +
                                   std::to_string(found) + ", newer than this Pacta (" +
                                   std::to_string(current_schema_version()) + ")",
                               found, current_schema_version());
    }
    for (int version = found; version < std::min(up_to, current_schema_version()); ++version) {
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
