// The staff import on the office server: people sent in chunks as a JSON array, each chunk one
// set-based statement (see import_chunk), so 10,000 people take a handful of round trips.
#include <cstdio>
#include <string_view>
#include <unordered_set>

#include "pacta/db/pg/staff_repository.h"
#include "pacta/db/json_text.h"

namespace pacta::db::pg {

namespace {

using domain::StaffMember;

void json_field(std::string& out, std::string_view name, std::string_view value) {
    out += ",\"";
    out += name;
    out += "\":";
    append_json_string(out, value);
}

// An empty identity number or unit is NULL, as SQLite binds it.
void json_optional(std::string& out, std::string_view name, std::string_view value) {
    if (value.empty()) {
        out += ",\"";
        out += name;
        out += "\":null";
    } else {
        json_field(out, name, value);
    }
}

// One person as a JSON object for jsonb_to_recordset; `ord` keeps the file's order.
void json_person(std::string& out, std::size_t ord, const StaffMember& m) {
    out += "{\"ord\":" + std::to_string(ord);
    json_field(out, "key", m.key());
    json_field(out, "given_names", m.given_names);
    json_field(out, "first_surname", m.first_surname);
    json_field(out, "second_surname", m.second_surname);
    json_field(out, "sex", domain::sex_name(m.sex));
    json_field(out, "birth_date", m.birth_date.iso());
    json_field(out, "nationality", m.nationality);
    json_field(out, "civil_status", m.civil_status);
    json_optional(out, "curp", m.curp);
    json_optional(out, "rfc", m.rfc);
    json_optional(out, "dni", m.dni);
    json_optional(out, "foreign_card", m.foreign_card);
    json_optional(out, "ruc", m.ruc);
    json_field(out, "domicile", m.domicile);
    json_field(out, "phone", m.phone);
    json_field(out, "email", m.email);
    json_field(out, "bank_account", m.bank_account);
    json_field(out, "profession", m.profession);
    json_field(out, "category", domain::category_name(m.category));
    json_field(out, "regime", domain::regime_name(m.regime));
    out += ",\"suspension_year\":" + (m.suspension_year ? std::to_string(*m.suspension_year) : std::string("null"));
    json_optional(out, "unit", m.unit_code);
    out += m.active ? ",\"active\":true}" : ",\"active\":false}";
}

// One chunk of an import in one statement ($1 the people, $2 the institution's id, $3 whether
// recorded people are updated). A person is matched by key as SQLite matches them (CURP, DNI,
// then card); only those whose stored values differ are written. A new person whose identity
// number is already recorded is named in the first column and nothing of the chunk is
// inserted (the caller refuses the import), as SQLite's UNIQUE columns refuse it. Not ON
// CONFLICT: a person is matched on any of three unique columns, and ON CONFLICT takes one.
constexpr const char* import_chunk = R"sql(
WITH incoming AS (
    SELECT x.*, u.id AS unit_id
    FROM jsonb_to_recordset($1::jsonb) AS x(ord integer, key text, given_names text, first_surname text,
        second_surname text, sex text, birth_date date, nationality text, civil_status text, curp text, rfc text,
        dni text, foreign_card text, ruc text, domicile text, phone text, email text, bank_account text,
        profession text, category text, regime text, suspension_year integer, unit text, active boolean)
    LEFT JOIN unit u ON u.institution_id = $2::bigint AND u.code = x.unit
), matched AS (
    SELECT i.*, CASE WHEN $3::boolean THEN coalesce((SELECT s.id FROM staff s WHERE s.curp = i.key),
        (SELECT s.id FROM staff s WHERE s.dni = i.key),
        (SELECT s.id FROM staff s WHERE s.foreign_card = i.key)) END AS staff_id
    FROM incoming i
), refused AS (
    SELECT m.key FROM matched m WHERE m.staff_id IS NULL AND (
        EXISTS (SELECT 1 FROM staff s WHERE s.curp = m.curp) OR EXISTS (SELECT 1 FROM staff s WHERE s.dni = m.dni)
        OR EXISTS (SELECT 1 FROM staff s WHERE s.foreign_card = m.foreign_card))
    ORDER BY m.ord LIMIT 1
), written AS (
    UPDATE staff s SET institution_id = $2::bigint, given_names = m.given_names, first_surname = m.first_surname,
        second_surname = m.second_surname, sex = m.sex, birth_date = m.birth_date, nationality = m.nationality,
        civil_status = m.civil_status, curp = m.curp, rfc = m.rfc, dni = m.dni, foreign_card = m.foreign_card,
        ruc = m.ruc, domicile = m.domicile, phone = m.phone, email = m.email, bank_account = m.bank_account,
        profession = m.profession, category = m.category, regime = m.regime, suspension_year = m.suspension_year,
        unit_id = m.unit_id, active = m.active
    FROM matched m
    WHERE s.id = m.staff_id AND (s.institution_id, s.given_names, s.first_surname, s.second_surname, s.sex,
        s.birth_date, s.nationality, s.civil_status, s.curp, s.rfc, s.dni, s.foreign_card, s.ruc, s.domicile, s.phone,
        s.email, s.bank_account, s.profession, s.category, s.regime, s.suspension_year, s.unit_id, s.active)
        IS DISTINCT FROM ($2::bigint, m.given_names, m.first_surname, m.second_surname, m.sex, m.birth_date,
        m.nationality, m.civil_status, m.curp, m.rfc, m.dni, m.foreign_card, m.ruc, m.domicile, m.phone, m.email,
        m.bank_account, m.profession, m.category, m.regime, m.suspension_year, m.unit_id, m.active)
    RETURNING s.id
), created AS (
    INSERT INTO staff (institution_id, given_names, first_surname, second_surname, sex, birth_date, nationality,
        civil_status, curp, rfc, dni, foreign_card, ruc, domicile, phone, email, bank_account, profession, category,
        regime, suspension_year, unit_id, active)
    SELECT $2::bigint, m.given_names, m.first_surname, m.second_surname, m.sex, m.birth_date, m.nationality,
        m.civil_status, m.curp, m.rfc, m.dni, m.foreign_card, m.ruc, m.domicile, m.phone, m.email, m.bank_account,
        m.profession, m.category, m.regime, m.suspension_year, m.unit_id, m.active
    FROM matched m WHERE m.staff_id IS NULL AND NOT EXISTS (SELECT 1 FROM refused) ORDER BY m.ord
    RETURNING id
)
SELECT (SELECT key FROM refused), (SELECT count(*) FROM created), (SELECT count(*) FROM written),
    (SELECT count(*) FROM matched WHERE staff_id IS NOT NULL)
)sql";

// Up to this many people per statement: a statement's work stays well under the connection's
// timeout and progress is heard every few hundred people.
constexpr std::size_t chunk_rows = 1024;

// Where the chunk starting at `begin` ends: before a person sharing an identity number with one
// already in it, so that person meets the earlier one's stored record, as row by row would.
std::size_t chunk_end(const std::vector<StaffMember>& staff, std::size_t begin) {
    std::unordered_set<std::string_view> seen;
    std::size_t end = begin;
    for (; end < staff.size() && end - begin < chunk_rows; ++end) {
        const StaffMember& m = staff[end];
        const std::string_view ids[] = {m.curp, m.dni, m.foreign_card};
        bool repeated = false;
        for (const auto id : ids) repeated = repeated || (!id.empty() && seen.count(id) > 0);
        if (repeated) break;
        for (const auto id : ids) {
            if (!id.empty()) seen.insert(id);
        }
    }
    return end;
}

}  // namespace

// `actor` is not written: the server's row triggers record every person created or changed as
// the logged-in role. The import itself (file, SHA-256, counts) is one more row, which the
// server lets a client add only in its own name (pacta.audit_event).
domain::StaffImportResult PgStaffRepository::import(const std::vector<StaffMember>& staff,
                                                    const std::string& institution_code, bool update_existing,
                                                    const std::string& /*actor: the login*/,
                                                    const domain::ProgressReport& progress,
                                                    const domain::ImportSource& source) {
    domain::StaffImportResult result;
    Transaction tx(db_);
    // The editor's save, over the record as opened: the person's row is locked first, so a
    // second desk saving them waits here and then sees this one's audit row.
    if (source.opened_version) {
        (void)db_.exec("SELECT 1 FROM staff WHERE curp = $1 OR dni = $1 OR foreign_card = $1 FOR UPDATE",
                       {source.opened_key});
        const auto last = db_.exec("SELECT id, actor, at FROM audit_log WHERE entity = 'personal' AND entity_id = $1 "
                                   "ORDER BY id DESC LIMIT 1",
                                   {source.opened_key});
        const std::int64_t id = last.rows() > 0 ? last.integer(0, 0) : 0;
        if (id != *source.opened_version) {
            throw domain::StaleStaffRecord(source.opened_key, last.rows() > 0 ? last.text(0, 1) : "?",
                                           last.rows() > 0 ? last.text(0, 2) : "");
        }
    }
    const auto inst = db_.exec("SELECT id FROM institution WHERE code = $1", {institution_code});
    // An institution this user cannot see is as unknown as one that does not exist: its people
    // are not stored without one (everybody would see them).
    if (!institution_code.empty() && inst.rows() == 0) {
        throw ServerError("P0002", "no institution «" + institution_code + "» for this user");
    }
    const Param institution_id = inst.rows() > 0 ? Param(inst.text(0, 0)) : std::nullopt;
    const Param update = update_existing ? "true" : "false";
    // Heard at every 256th person and at the last, as SQLite reports (after each chunk here).
    std::size_t reported = 0;
    auto report = [&](std::size_t done) {
        if (!progress) return;
        for (std::size_t at = (reported / 256 + 1) * 256; at <= done; at += 256) {
            if (!progress(at)) throw domain::Cancelled();
        }
        if (done == staff.size() && done % 256 != 0 && !progress(done)) throw domain::Cancelled();
        reported = done;
    };
    std::string rows;
    for (std::size_t begin = 0; begin < staff.size();) {
        const std::size_t end = chunk_end(staff, begin);
        rows = "[";
        for (std::size_t i = begin; i < end; ++i) {
            if (i > begin) rows += ',';
            json_person(rows, i, staff[i]);
        }
        rows += ']';
        const auto r = db_.exec(import_chunk, {rows, institution_id, update});
        if (!r.is_null(0, 0)) throw ServerError("23505", "staff member " + r.text(0, 0) + " already exists");
        const auto created = static_cast<std::size_t>(r.integer(0, 1));
        const auto updated = static_cast<std::size_t>(r.integer(0, 2));
        const auto matched = static_cast<std::size_t>(r.integer(0, 3));
        result.created += created;
        result.updated += updated;
        result.unchanged += matched - updated;
        report(end);
        begin = end;
    }
    if (!source.file_name.empty()) {
        std::string event = "{\"archivo\":";
        append_json_string(event, source.file_name);
        event += ",\"sha256\":";
        append_json_string(event, source.sha256);
        event += ",\"institucion\":";
        append_json_string(event, institution_code);
        event += ",\"filas\":" + std::to_string(staff.size()) + ",\"creadas\":" + std::to_string(result.created) +
                 ",\"actualizadas\":" + std::to_string(result.updated) +
                 ",\"sin_cambios\":" + std::to_string(result.unchanged) + "}";
        db_.exec("SELECT pacta.audit_event('crear', 'importacion', $1, $2)", {source.file_name, event});
    }
    tx.commit();
    return result;
}

}  // namespace pacta::db::pg
