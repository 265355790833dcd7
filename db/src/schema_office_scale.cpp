// The SQL of the migrations for an office at scale (schema versions 8 and 9), kept out of
// schema.cpp so each file stays small. Never edit a migration that has shipped.
#include "schema_migrations.h"

namespace pacta::db::migration_sql {

// 8: an office of 50,000 contracts and millions of audit rows. Every keyed lookup has its
// index (folios, amendments, a person's contracts, a contract's files and signed
// documents, an entity's audit rows); the date-driven moves read only contracts whose
// state the dates may change; folios are numbered from a counter, not by counting.
extern const std::string_view office_scale = R"sql(
    CREATE UNIQUE INDEX contract_folio ON contract (folio);
    CREATE INDEX contract_amends ON contract (amends_id) WHERE amends_id IS NOT NULL;
    CREATE INDEX contract_staff ON contract (staff_id);
    CREATE INDEX contract_starting ON contract (start_date) WHERE state = 'firmado';
    CREATE INDEX contract_ending ON contract (end_date) WHERE state = 'vigente';
    CREATE INDEX contract_file_contract ON contract_file (contract_id);
    CREATE INDEX signed_document_contract ON signed_document (contract_id);
    CREATE INDEX instalment_open ON instalment (due_date) WHERE state NOT IN ('pagado', 'cancelado');
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
    CREATE INDEX audit_log_actor ON audit_log (actor);
    -- The Auditoría list pages by action or entity newest first: (column, rowid) walks back.
    CREATE INDEX audit_log_action ON audit_log (action);
    CREATE INDEX audit_log_entity_newest ON audit_log (entity);
    CREATE TABLE folio_sequence (
        institution_id INTEGER NOT NULL REFERENCES institution (id),
        year           INTEGER NOT NULL,
        last           INTEGER NOT NULL CHECK (last >= 0),
        PRIMARY KEY (institution_id, year)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO folio_sequence (institution_id, year, last)
        SELECT institution_id, year, count(*) FROM contract WHERE amends_id IS NULL GROUP BY institution_id, year;
    -- The data a contract is generated from moves to a table of its own: lists, counts and
    -- payments read the contract table, which stays a few hundred bytes a row.
    CREATE TABLE contract_data (
        contract_id INTEGER PRIMARY KEY REFERENCES contract (id) ON DELETE CASCADE,
        data_json   TEXT NOT NULL
    ) STRICT;
    INSERT INTO contract_data (contract_id, data_json) SELECT id, data_json FROM contract ORDER BY id;
    DROP TRIGGER contract_content_frozen;
    ALTER TABLE contract DROP COLUMN data_json;
    CREATE TRIGGER contract_content_frozen BEFORE UPDATE OF institution_id, year, folio, template_id, staff_id,
        total_minor, currency, signing_date, start_date, end_date, regime, unit_code, budget_account,
        drafted_by, amends_id ON contract
        WHEN OLD.state NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: approved or signed contracts change only by amendment'); END;
    CREATE TRIGGER contract_data_frozen BEFORE UPDATE ON contract_data
        WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: approved or signed contracts change only by amendment'); END;
    CREATE TRIGGER contract_data_no_delete BEFORE DELETE ON contract_data
        WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) NOT IN ('borrador', 'observado')
    BEGIN SELECT RAISE(ABORT, 'the contract is frozen: approved or signed contracts change only by amendment'); END;
    CREATE INDEX contract_state ON contract (state);
    CREATE INDEX contract_institution_state ON contract (institution_id, state);
    -- The staff and contract lists page in the order people read them, filtered by the store.
    CREATE INDEX staff_name ON staff (first_surname, second_surname, given_names);
    CREATE INDEX staff_unit ON staff (unit_id);
    CREATE INDEX staff_regime ON staff (regime, category);
    CREATE INDEX staff_category ON staff (category);
    CREATE INDEX contract_unit ON contract (unit_code);
    -- Inicio: contracts ending soon, active staff per regime and category, and the sums per
    -- month read from the index alone.
    CREATE INDEX contract_state_end ON contract (state, end_date);
    CREATE INDEX staff_breakdown ON staff (active, regime, category);
    CREATE INDEX instalment_totals ON instalment (due_date, contract_id, state, amount_minor, gross_minor,
        withheld_minor);
    )sql";

// 9: Inicio in constant time. The sums per month are kept by the store as instalments and
// contracts change (a year's chart reads twelve rows, not a year of instalments), and so
// is the list of open instalments of contracts in force; the templates screen counts
// contracts per template from an index.
extern const std::string_view inicio_kept = R"sql(
    CREATE TABLE instalment_month_total (
        institution_id INTEGER NOT NULL,
        month          TEXT NOT NULL,
        currency       TEXT NOT NULL,
        planned_minor  INTEGER NOT NULL,
        approved_minor INTEGER NOT NULL,
        paid_minor     INTEGER NOT NULL,
        withheld_minor INTEGER NOT NULL,
        PRIMARY KEY (institution_id, month, currency)
    ) STRICT, WITHOUT ROWID;
    -- What one instalment adds to its month (a cancelled one, nothing).
    CREATE VIEW instalment_month_share (id, institution_id, month, currency, planned, approved, paid, withheld) AS
        SELECT n.id, c.institution_id, substr(n.due_date, 1, 7), c.currency,
               CASE WHEN n.state = 'cancelado' THEN 0 ELSE n.amount_minor END,
               CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END,
               CASE WHEN n.state = 'cancelado' THEN 0 ELSE coalesce(n.gross_minor, 0) END,
               CASE WHEN n.state = 'cancelado' THEN 0 ELSE coalesce(n.withheld_minor, 0) END
        FROM instalment n JOIN contract c ON c.id = n.contract_id;
    INSERT INTO instalment_month_total
        SELECT institution_id, month, currency, sum(planned), sum(approved), sum(paid), sum(withheld)
        FROM instalment_month_share GROUP BY 1, 2, 3;
    CREATE TRIGGER instalment_month_insert AFTER INSERT ON instalment
    BEGIN
        INSERT INTO instalment_month_total
            SELECT institution_id, month, currency, planned, approved, paid, withheld
            FROM instalment_month_share WHERE id = NEW.id
        ON CONFLICT DO UPDATE SET planned_minor = planned_minor + excluded.planned_minor,
            approved_minor = approved_minor + excluded.approved_minor, paid_minor = paid_minor + excluded.paid_minor,
            withheld_minor = withheld_minor + excluded.withheld_minor;
    END;
    -- Before the row goes, its share is taken back (the view reads it while it is there).
    CREATE TRIGGER instalment_month_delete BEFORE DELETE ON instalment
    BEGIN
        UPDATE instalment_month_total SET planned_minor = planned_minor - s.planned,
            approved_minor = approved_minor - s.approved, paid_minor = paid_minor - s.paid,
            withheld_minor = withheld_minor - s.withheld
        FROM (SELECT * FROM instalment_month_share WHERE id = OLD.id) AS s
        WHERE instalment_month_total.institution_id = s.institution_id AND instalment_month_total.month = s.month
          AND instalment_month_total.currency = s.currency;
    END;
    CREATE TRIGGER instalment_month_update_before BEFORE UPDATE OF contract_id, amount_minor, due_date, state,
        gross_minor, withheld_minor ON instalment
    BEGIN
        UPDATE instalment_month_total SET planned_minor = planned_minor - s.planned,
            approved_minor = approved_minor - s.approved, paid_minor = paid_minor - s.paid,
            withheld_minor = withheld_minor - s.withheld
        FROM (SELECT * FROM instalment_month_share WHERE id = OLD.id) AS s
        WHERE instalment_month_total.institution_id = s.institution_id AND instalment_month_total.month = s.month
          AND instalment_month_total.currency = s.currency;
    END;
    CREATE TRIGGER instalment_month_update_after AFTER UPDATE OF contract_id, amount_minor, due_date, state,
        gross_minor, withheld_minor ON instalment
    BEGIN
        INSERT INTO instalment_month_total
            SELECT institution_id, month, currency, planned, approved, paid, withheld
            FROM instalment_month_share WHERE id = NEW.id
        ON CONFLICT DO UPDATE SET planned_minor = planned_minor + excluded.planned_minor,
            approved_minor = approved_minor + excluded.approved_minor, paid_minor = paid_minor + excluded.paid_minor,
            withheld_minor = withheld_minor + excluded.withheld_minor;
    END;
    -- A draft may still change institution or currency: its instalments' sums move with it.
    CREATE TRIGGER contract_month_totals_before BEFORE UPDATE OF institution_id, currency ON contract
    BEGIN
        UPDATE instalment_month_total SET planned_minor = planned_minor - s.planned,
            approved_minor = approved_minor - s.approved, paid_minor = paid_minor - s.paid,
            withheld_minor = withheld_minor - s.withheld
        FROM (SELECT institution_id, month, currency, sum(planned) AS planned, sum(approved) AS approved,
                     sum(paid) AS paid, sum(withheld) AS withheld
              FROM instalment_month_share WHERE id IN (SELECT id FROM instalment WHERE contract_id = OLD.id)
              GROUP BY 1, 2, 3) AS s
        WHERE instalment_month_total.institution_id = s.institution_id AND instalment_month_total.month = s.month
          AND instalment_month_total.currency = s.currency;
    END;
    CREATE TRIGGER contract_month_totals_after AFTER UPDATE OF institution_id, currency ON contract
    BEGIN
        INSERT INTO instalment_month_total
            SELECT institution_id, month, currency, sum(planned), sum(approved), sum(paid), sum(withheld)
            FROM instalment_month_share WHERE id IN (SELECT id FROM instalment WHERE contract_id = NEW.id)
            GROUP BY 1, 2, 3
        ON CONFLICT DO UPDATE SET planned_minor = planned_minor + excluded.planned_minor,
            approved_minor = approved_minor + excluded.approved_minor, paid_minor = paid_minor + excluded.paid_minor,
            withheld_minor = withheld_minor + excluded.withheld_minor;
    END;
    -- The open instalments of contracts in force (signed or in force), in due order: Inicio's
    -- list of what is due reads its first rows, whatever the drafts and old contracts hold.
    -- (A contract in force never changes institution: its row's institution stays right.)
    CREATE TABLE due_in_force (
        due_date       TEXT NOT NULL,
        instalment_id  INTEGER NOT NULL,
        contract_id    INTEGER NOT NULL,
        institution_id INTEGER NOT NULL,
        PRIMARY KEY (due_date, instalment_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO due_in_force
        SELECT n.due_date, n.id, n.contract_id, c.institution_id FROM instalment n JOIN contract c ON c.id = n.contract_id
        WHERE n.state NOT IN ('pagado', 'cancelado') AND c.state IN ('firmado', 'vigente');
    CREATE TRIGGER instalment_due_insert AFTER INSERT ON instalment
        WHEN NEW.state NOT IN ('pagado', 'cancelado')
         AND (SELECT state FROM contract WHERE id = NEW.contract_id) IN ('firmado', 'vigente')
    BEGIN
        INSERT INTO due_in_force (due_date, instalment_id, contract_id, institution_id)
            SELECT NEW.due_date, NEW.id, NEW.contract_id, institution_id FROM contract WHERE id = NEW.contract_id;
    END;
    CREATE TRIGGER instalment_due_delete AFTER DELETE ON instalment
    BEGIN
        DELETE FROM due_in_force WHERE due_date = OLD.due_date AND instalment_id = OLD.id;
    END;
    CREATE TRIGGER instalment_due_update AFTER UPDATE OF state, due_date, contract_id ON instalment
    BEGIN
        DELETE FROM due_in_force WHERE due_date = OLD.due_date AND instalment_id = OLD.id;
        INSERT INTO due_in_force (due_date, instalment_id, contract_id, institution_id)
            SELECT NEW.due_date, NEW.id, NEW.contract_id, institution_id FROM contract
            WHERE id = NEW.contract_id AND NEW.state NOT IN ('pagado', 'cancelado') AND state IN ('firmado', 'vigente');
    END;
    CREATE TRIGGER contract_due_state AFTER UPDATE OF state ON contract
        WHEN (OLD.state IN ('firmado', 'vigente')) <> (NEW.state IN ('firmado', 'vigente'))
    BEGIN
        DELETE FROM due_in_force
            WHERE (due_date, instalment_id) IN (SELECT due_date, id FROM instalment WHERE contract_id = NEW.id);
        INSERT INTO due_in_force (due_date, instalment_id, contract_id, institution_id)
            SELECT due_date, id, contract_id, NEW.institution_id FROM instalment
            WHERE contract_id = NEW.id AND state NOT IN ('pagado', 'cancelado') AND NEW.state IN ('firmado', 'vigente');
    END;
    CREATE INDEX contract_template ON contract (template_id, institution_id);
    -- Version 8 gained indexes after an early build of it had shipped: a file upgraded by that
    -- build lacks them.
    CREATE INDEX IF NOT EXISTS contract_starting ON contract (start_date) WHERE state = 'firmado';
    CREATE INDEX IF NOT EXISTS contract_ending ON contract (end_date) WHERE state = 'vigente';
    CREATE INDEX IF NOT EXISTS audit_log_action ON audit_log (action);
    CREATE INDEX IF NOT EXISTS audit_log_entity_newest ON audit_log (entity);
    CREATE INDEX IF NOT EXISTS contract_state ON contract (state);
    CREATE INDEX IF NOT EXISTS contract_institution_state ON contract (institution_id, state);
    CREATE INDEX IF NOT EXISTS staff_name ON staff (first_surname, second_surname, given_names);
    CREATE INDEX IF NOT EXISTS staff_unit ON staff (unit_id);
    CREATE INDEX IF NOT EXISTS staff_regime ON staff (regime, category);
    CREATE INDEX IF NOT EXISTS staff_category ON staff (category);
    CREATE INDEX IF NOT EXISTS contract_unit ON contract (unit_code);
    CREATE INDEX IF NOT EXISTS contract_state_end ON contract (state, end_date);
    CREATE INDEX IF NOT EXISTS staff_breakdown ON staff (active, regime, category);
    CREATE INDEX IF NOT EXISTS instalment_totals ON instalment (due_date, contract_id, state, amount_minor,
        gross_minor, withheld_minor);
    )sql";

}  // namespace pacta::db::migration_sql
