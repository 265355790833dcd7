// The SQL of schema version 15: a staff search index that costs little to fill, kept out of
// schema.cpp so each file stays small. Never edit a migration that has shipped.
#include "schema_migrations.h"

namespace pacta::db::migration_sql {

// 15: a 100,000-person import at the pace of its rows. Measured on it (docs/datos.md):
// - the index holds names, unit and the carné de extranjería (kept as typed, with letters
//   and separators; few people have one). CURP, RFC, DNI and RUC are found by prefix on
//   their own b-tree indexes (staff_match.cpp): 100,000 distinct CURPs made the text index
//   three times as costly to fill;
// - no copy of the text (content='') and no per-row lengths (columnsize=0): the rows are
//   read from `staff`, and a search never ranks by length;
// - no trigger on insert: any row trigger costs about 4 µs a row, even one that does
//   nothing. The repository indexes the people it creates, in one statement per import,
//   and the people an import renames or moves to another unit, in one statement each way
//   (search_index_state.deferred, from version 7, sets the update trigger aside meanwhile:
//   row by row, FTS5 writes its terms at every statement). Other updates, deletes and unit
//   renames keep their triggers. A contentless index forgets a row only when given the
//   exact text it was indexed with: the triggers compute it as the view does, before the
//   change;
// - the indexes by regime and by category give way to one that serves both the filters and
//   Inicio's counts (each index is about 0.1 s of a 100,000-person import);
// - the table is rebuilt with the same columns and rows, for two reasons. The check on
//   `regime` is written as comparisons: `IN` with four values builds a temporary table
//   each time an INSERT runs (0.2 s of the import). CURP, DNI and carné stay unique through
//   indexes of the numbers present, so the absent ones (most people have one of the three)
//   cost nothing. The contracts' references are checked at commit (defer_foreign_keys): the
//   rows come back with the same ids.
extern const std::string_view lean_staff_search = R"sql(
    DROP TRIGGER staff_search_insert;
    DROP TRIGGER staff_search_update;
    DROP TRIGGER staff_search_delete;
    PRAGMA defer_foreign_keys = ON;
    CREATE TEMP TABLE staff_rows AS SELECT * FROM staff;
    DROP TABLE staff;
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
        curp              TEXT CHECK (curp IS NULL OR length(curp) = 18),
        rfc               TEXT CHECK (rfc IS NULL OR length(rfc) IN (12, 13)),
        dni               TEXT,
        foreign_card      TEXT,
        ruc               TEXT CHECK (ruc IS NULL OR length(ruc) = 11),
        domicile          TEXT NOT NULL,
        phone             TEXT NOT NULL,
        email             TEXT NOT NULL,
        bank_account      TEXT NOT NULL,
        profession        TEXT NOT NULL,
        category          TEXT NOT NULL CHECK (category IN ('asistencial', 'administrativo')),
        regime            TEXT NOT NULL
            CHECK (regime = 'honorarios' OR regime = 'cas' OR regime = 'locacion' OR regime = 'planilla'),
        suspension_year   INTEGER CHECK (suspension_year IS NULL OR suspension_year BETWEEN 2000 AND 2100),
        unit_id           INTEGER REFERENCES unit (id),
        active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        CHECK (curp IS NOT NULL OR dni IS NOT NULL OR foreign_card IS NOT NULL)
    ) STRICT;
    INSERT INTO staff SELECT * FROM temp.staff_rows;
    DROP TABLE temp.staff_rows;
    CREATE UNIQUE INDEX staff_curp ON staff (curp) WHERE curp IS NOT NULL;
    CREATE UNIQUE INDEX staff_dni ON staff (dni) WHERE dni IS NOT NULL;
    CREATE UNIQUE INDEX staff_foreign_card ON staff (foreign_card) WHERE foreign_card IS NOT NULL;
    CREATE INDEX staff_name ON staff (first_surname, second_surname, given_names);
    CREATE INDEX staff_unit ON staff (unit_id) WHERE unit_id IS NOT NULL;
    CREATE INDEX staff_regime ON staff (regime, category, active);
    CREATE INDEX staff_rfc ON staff (rfc) WHERE rfc IS NOT NULL;
    CREATE INDEX staff_ruc ON staff (ruc) WHERE ruc IS NOT NULL;
    DROP TABLE staff_search;
    DROP VIEW staff_search_source;
    CREATE VIEW staff_search_source (id, names, unit, card) AS
        SELECT s.id, s.given_names || ' ' || s.first_surname || ' ' || s.second_surname,
               coalesce(u.code || ' ' || u.name, ''), coalesce(s.foreign_card, '')
        FROM staff s LEFT JOIN unit u ON u.id = s.unit_id;
    CREATE VIRTUAL TABLE staff_search USING fts5 (
        names, unit, card, tokenize = 'unicode61 remove_diacritics 2', content = '', columnsize = 0
    );
    INSERT INTO staff_search (rowid, names, unit, card) SELECT id, names, unit, card FROM staff_search_source;
    CREATE TRIGGER staff_search_update
        AFTER UPDATE OF given_names, first_surname, second_surname, unit_id, foreign_card ON staff
        WHEN (old.given_names IS NOT new.given_names OR old.first_surname IS NOT new.first_surname
              OR old.second_surname IS NOT new.second_surname OR old.unit_id IS NOT new.unit_id
              OR old.foreign_card IS NOT new.foreign_card)
             AND (SELECT deferred FROM search_index_state) = 0
    BEGIN
        INSERT INTO staff_search (staff_search, rowid, names, unit, card) VALUES ('delete', old.id,
            old.given_names || ' ' || old.first_surname || ' ' || old.second_surname,
            coalesce((SELECT code || ' ' || name FROM unit WHERE id = old.unit_id), ''), coalesce(old.foreign_card, ''));
        INSERT INTO staff_search (rowid, names, unit, card) SELECT id, names, unit, card FROM staff_search_source WHERE id = new.id;
    END;
    CREATE TRIGGER staff_search_delete BEFORE DELETE ON staff BEGIN
        INSERT INTO staff_search (staff_search, rowid, names, unit, card)
            SELECT 'delete', id, names, unit, card FROM staff_search_source WHERE id = old.id;
    END;
    CREATE TRIGGER unit_search_forget BEFORE UPDATE OF code, name ON unit
        WHEN old.code IS NOT new.code OR old.name IS NOT new.name
    BEGIN
        INSERT INTO staff_search (staff_search, rowid, names, unit, card)
            SELECT 'delete', id, names, unit, card FROM staff_search_source
            WHERE id IN (SELECT id FROM staff WHERE unit_id = old.id);
    END;
    CREATE TRIGGER unit_search_learn AFTER UPDATE OF code, name ON unit
        WHEN old.code IS NOT new.code OR old.name IS NOT new.name
    BEGIN
        INSERT INTO staff_search (rowid, names, unit, card)
            SELECT id, names, unit, card FROM staff_search_source WHERE id IN (SELECT id FROM staff WHERE unit_id = new.id);
    END;
)sql";

}  // namespace pacta::db::migration_sql
