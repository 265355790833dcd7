// The SQL of schema version 15: a staff search index that costs little to fill, kept out of
// schema.cpp so each file stays small. Never edit a migration that has shipped.
#include "schema_migrations.h"

namespace pacta::db::migration_sql {

// 15: a 100,000-person import at the pace of its rows. Measured on it (docs/datos.md):
// - the index holds names and unit only. Identity numbers are found by prefix on their own
//   b-tree indexes (staff_match.cpp): 100,000 distinct CURPs made the text index three
//   times as costly to fill;
// - no copy of the text (content='') and no per-row lengths (columnsize=0): the rows are
//   read from `staff`, and a search never ranks by length;
// - no trigger on insert: any row trigger costs about 4 µs a row, even one that does
//   nothing. The repository indexes the people it creates, in one statement per import.
//   Updates, deletes and unit renames are rare and keep their triggers. A contentless
//   index forgets a row only when given the exact text it was indexed with: the triggers
//   compute it as the view does, before the change;
// - the indexes by regime and by category give way to one that serves both the filters and
//   Inicio's counts (each index is about 0.1 s of a 100,000-person import).
extern const std::string_view lean_staff_search = R"sql(
    DROP TRIGGER staff_search_insert;
    DROP TRIGGER staff_search_update;
    DROP TRIGGER staff_search_delete;
    DROP TABLE staff_search;
    DROP TABLE search_index_state;
    DROP VIEW staff_search_source;
    CREATE VIEW staff_search_source (id, names, unit) AS
        SELECT s.id, s.given_names || ' ' || s.first_surname || ' ' || s.second_surname,
               coalesce(u.code || ' ' || u.name, '')
        FROM staff s LEFT JOIN unit u ON u.id = s.unit_id;
    CREATE VIRTUAL TABLE staff_search USING fts5 (
        names, unit, tokenize = 'unicode61 remove_diacritics 2', content = '', columnsize = 0
    );
    INSERT INTO staff_search (rowid, names, unit) SELECT id, names, unit FROM staff_search_source;
    CREATE TRIGGER staff_search_update AFTER UPDATE OF given_names, first_surname, second_surname, unit_id ON staff
        WHEN old.given_names IS NOT new.given_names OR old.first_surname IS NOT new.first_surname
             OR old.second_surname IS NOT new.second_surname OR old.unit_id IS NOT new.unit_id
    BEGIN
        INSERT INTO staff_search (staff_search, rowid, names, unit) VALUES ('delete', old.id,
            old.given_names || ' ' || old.first_surname || ' ' || old.second_surname,
            coalesce((SELECT code || ' ' || name FROM unit WHERE id = old.unit_id), ''));
        INSERT INTO staff_search (rowid, names, unit) SELECT id, names, unit FROM staff_search_source WHERE id = new.id;
    END;
    CREATE TRIGGER staff_search_delete BEFORE DELETE ON staff BEGIN
        INSERT INTO staff_search (staff_search, rowid, names, unit)
            SELECT 'delete', id, names, unit FROM staff_search_source WHERE id = old.id;
    END;
    CREATE TRIGGER unit_search_forget BEFORE UPDATE OF code, name ON unit
        WHEN old.code IS NOT new.code OR old.name IS NOT new.name
    BEGIN
        INSERT INTO staff_search (staff_search, rowid, names, unit)
            SELECT 'delete', id, names, unit FROM staff_search_source
            WHERE id IN (SELECT id FROM staff WHERE unit_id = old.id);
    END;
    CREATE TRIGGER unit_search_learn AFTER UPDATE OF code, name ON unit
        WHEN old.code IS NOT new.code OR old.name IS NOT new.name
    BEGIN
        INSERT INTO staff_search (rowid, names, unit)
            SELECT id, names, unit FROM staff_search_source WHERE id IN (SELECT id FROM staff WHERE unit_id = new.id);
    END;
    CREATE INDEX staff_rfc ON staff (rfc) WHERE rfc IS NOT NULL;
    CREATE INDEX staff_ruc ON staff (ruc) WHERE ruc IS NOT NULL;
    DROP INDEX staff_regime;
    DROP INDEX staff_category;
    DROP INDEX staff_breakdown;
    CREATE INDEX staff_regime ON staff (regime, category, active);
)sql";

}  // namespace pacta::db::migration_sql
