#include "pacta/db/staff_repository.h"
#include "pacta/db/json_text.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "pacta/db/audit.h"
#include "pacta/db/audit_format.h"
#include "pacta/db/database.h"
#include "pacta/db/json_values.h"
#include "pacta/db/staff_match.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/domain/utf8.h"

namespace pacta::db {

namespace {

using domain::StaffMember;

constexpr const char* columns =
    "s.given_names, s.first_surname, s.second_surname, s.sex, s.birth_date, s.nationality, s.civil_status, s.curp, "
    "s.rfc, s.dni, s.foreign_card, s.ruc, s.domicile, s.phone, s.email, s.bank_account, s.profession, s.category, "
    "s.regime, s.suspension_year, coalesce(u.code, ''), s.active";

StaffMember read_row(const Statement& st) {
    StaffMember m;
    m.given_names = st.column_text(0);
    m.first_surname = st.column_text(1);
    m.second_surname = st.column_text(2);
    m.sex = domain::sex_from_name(st.column_text(3)).value_or(domain::Sex::man);
    m.birth_date = *domain::parse_iso_date(st.column_text(4)).value;
    m.nationality = st.column_text(5);
    m.civil_status = st.column_text(6);
    m.curp = st.column_text(7);
    m.rfc = st.column_text(8);
    m.dni = st.column_text(9);
    m.foreign_card = st.column_text(10);
    m.ruc = st.column_text(11);
    m.domicile = st.column_text(12);
    m.phone = st.column_text(13);
    m.email = st.column_text(14);
    m.bank_account = st.column_text(15);
    m.profession = st.column_text(16);
    m.category = domain::category_from_name(st.column_text(17)).value_or(domain::Category::administrativo);
    m.regime = domain::regime_from_name(st.column_text(18)).value_or(domain::Regime::honorarios);
    if (!st.column_is_null(19)) m.suspension_year = static_cast<int>(st.column_int(19));
    m.unit_code = st.column_text(20);
    m.active = st.column_int(21) != 0;
    return m;
}

// A flat JSON object, written by hand: an import records one per person. Empty values are
// left out (an absent key reads as empty): the audit log of a 100,000-row import drops from 59 to 46 MB.
void json_pair(std::string& out, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":";
    append_json_string(out, value);
}

std::string snapshot(const StaffMember& m) {
    std::string out = "{";
    json_pair(out, "nombre", m.given_names);
    json_pair(out, "primer_apellido", m.first_surname);
    json_pair(out, "segundo_apellido", m.second_surname);
    json_pair(out, "sexo", domain::sex_name(m.sex));
    json_pair(out, "fecha_nacimiento", m.birth_date.iso());
    json_pair(out, "nacionalidad", m.nationality);
    json_pair(out, "estado_civil", m.civil_status);
    json_pair(out, "curp", m.curp);
    json_pair(out, "rfc", m.rfc);
    json_pair(out, "dni", m.dni);
    json_pair(out, "carne_extranjeria", m.foreign_card);
    json_pair(out, "ruc", m.ruc);
    json_pair(out, "domicilio", m.domicile);
    json_pair(out, "telefono", m.phone);
    json_pair(out, "correo", m.email);
    json_pair(out, "cuenta", m.bank_account);
    json_pair(out, "profesion", m.profession);
    json_pair(out, "categoria", domain::category_name(m.category));
    json_pair(out, "regimen", domain::regime_name(m.regime));
    json_pair(out, "unidad", m.unit_code);
    json_pair(out, "constancia_suspension", m.suspension_year ? std::to_string(*m.suspension_year) : std::string());
    json_pair(out, "activo", m.active ? "si" : "no");
    out += "}";
    return out;
}

void bind_or_null(Statement& st, int index, const std::string& value) {
    if (value.empty()) {
        st.bind_null(index);
    } else {
        st.bind_unowned(index, value);
    }
}


std::string json_ids(const std::vector<std::int64_t>& ids) {
    std::string out = "[";
    for (const auto id : ids) {
        if (out.size() > 1) out.push_back(',');
        out += std::to_string(id);
    }
    return out + "]";
}

// The search index of an import, one statement each way (schema version 15): FTS5 writes the
// terms it gathers at the end of each statement, and a row trigger costs about 4 µs a row.
// Before the import writes, the people whose names or unit it changes leave the index with
// the text they were indexed with; after, they and the people created enter it.
void forget_for_search(Database& db, const std::vector<std::int64_t>& ids) {
    if (ids.empty()) return;
    Statement(db, "INSERT INTO staff_search (staff_search, rowid, names, unit, card) SELECT 'delete', id, names, unit, "
                  "card FROM staff_search_source WHERE id IN (SELECT value FROM json_each(?1))")
        .bind(1, std::string_view(json_ids(ids)))
        .run();
}

void index_for_search(Database& db, const std::vector<std::int64_t>& ids) {
    if (ids.empty()) return;
    Statement(db, "INSERT INTO staff_search (rowid, names, unit, card) SELECT id, names, unit, card FROM "
                  "staff_search_source WHERE id IN (SELECT value FROM json_each(?1))")
        .bind(1, std::string_view(json_ids(ids)))
        .run();
}

// A person the import finds recorded (with --actualizar): the stored record's id, its values
// for the audit row, and whether the import moves it or changes what the search index holds.
struct Recorded {
    std::int64_t id = 0;
    std::string before;
    bool moved_institution = false;
    bool reindexed = false;
};

// The last audit row naming the person `key`: its number, who and when (0 when none).
struct LastChange {
    std::int64_t id = 0;
    std::string who, at;
};
LastChange last_change(Database& db, const std::string& key) {
    Statement last(db, "SELECT id, actor, at FROM audit_log WHERE entity = 'personal' AND entity_id = ?1 "
                       "ORDER BY id DESC LIMIT 1");
    last.bind(1, std::string_view(key));
    if (!last.step()) return {};
    return {last.column_int(0), last.column_text(1), last.column_text(2)};
}

}  // namespace

std::int64_t SqliteStaffRepository::version(const std::string& key) { return last_change(db_, key).id; }

domain::StaffImportResult SqliteStaffRepository::import(const std::vector<StaffMember>& staff,
                                                        const std::string& institution_code, bool update_existing,
                                                        const std::string& actor,
                                                        const domain::ProgressReport& progress,
                                                        const domain::ImportSource& source) {
    domain::StaffImportResult result;
    Transaction tx(db_);
    // The editor's save, over the record as opened: the write lock is held, so nobody saves
    // between this check and the write.
    if (source.opened_version) {
        const auto last = last_change(db_, source.opened_key);
        if (last.id != *source.opened_version) throw domain::StaleStaffRecord(source.opened_key, last.who, last.at);
    }
    std::optional<std::int64_t> institution_id;
    {
        Statement inst(db_, "SELECT id FROM institution WHERE code = ?1");
        inst.bind(1, std::string_view(institution_code));
        if (inst.step()) institution_id = inst.column_int(0);
    }
    // With --actualizar, first the people already recorded, one prepared query each. Without
    // it a person already recorded is refused by the unique indexes; the caller has already
    // named such rows, so looking each one up would cost twice.
    Statement existing(db_, std::string("SELECT ") + columns +
                                ", s.id, coalesce(s.institution_id, 0) FROM staff s LEFT JOIN unit u ON u.id = "
                                "s.unit_id WHERE s.curp = ?1 OR s.dni = ?1 OR s.foreign_card = ?1");
    auto look_up = [&](const StaffMember& m) {
        std::optional<Recorded> r;
        existing.bind(1, std::string_view(m.key()));
        if (existing.step()) {
            const StaffMember old = read_row(existing);
            r.emplace();
            r->id = existing.column_int(22);
            r->before = snapshot(old);
            r->moved_institution = existing.column_int(23) != institution_id.value_or(0);
            // A unit of the same code in another institution is another unit.
            r->reindexed = old.given_names != m.given_names || old.first_surname != m.first_surname ||
                           old.second_surname != m.second_surname || old.unit_code != m.unit_code ||
                           old.foreign_card != m.foreign_card || r->moved_institution;
        }
        existing.reset();
        return r;
    };
    std::vector<std::optional<Recorded>> recorded(staff.size());
    std::vector<bool> repeated(staff.size());  // a key met earlier in this import: looked up when reached
    std::vector<std::int64_t> indexed;          // created, or with new names or unit
    std::unordered_set<std::int64_t> out_of_index;
    if (update_existing) {
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < staff.size(); ++i) {
            if (!seen.insert(staff[i].key()).second) {
                repeated[i] = true;
                continue;
            }
            recorded[i] = look_up(staff[i]);
            if (recorded[i] && recorded[i]->reindexed) indexed.push_back(recorded[i]->id);
        }
        // The update trigger stands aside while the import reindexes them at once.
        db_.execute("UPDATE search_index_state SET deferred = 1");
        forget_for_search(db_, indexed);
        out_of_index.insert(indexed.begin(), indexed.end());
    }
    indexed.reserve(indexed.size() + staff.size());
    Statement unit(db_, "SELECT id FROM unit WHERE institution_id = ?1 AND code = ?2");
    Statement insert(db_,
                     "INSERT INTO staff (institution_id, given_names, first_surname, second_surname, sex, birth_date, "
                     "nationality, civil_status, curp, rfc, dni, foreign_card, ruc, domicile, phone, email, "
                     "bank_account, profession, category, regime, suspension_year, unit_id, active) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
                     "?21, ?22, ?23)");
    Statement update(db_,
                     "UPDATE staff SET institution_id = ?1, given_names = ?2, first_surname = ?3, second_surname = ?4, "
                     "sex = ?5, birth_date = ?6, nationality = ?7, civil_status = ?8, curp = ?9, rfc = ?10, dni = ?11, "
                     "foreign_card = ?12, ruc = ?13, domicile = ?14, phone = ?15, email = ?16, bank_account = ?17, "
                     "profession = ?18, category = ?19, regime = ?20, suspension_year = ?21, unit_id = ?22, "
                     "active = ?23 WHERE id = ?24");
    AuditWriter audit(db_, 64);
    std::vector<std::string> created_keys;
    for (std::size_t i = 0; i < staff.size(); ++i) {
        const auto& m = staff[i];
        std::optional<std::int64_t> unit_id;
        if (institution_id && !m.unit_code.empty()) {
            unit.bind(1, *institution_id).bind(2, std::string_view(m.unit_code));
            if (unit.step()) unit_id = unit.column_int(0);
            unit.reset();
        }
        if (repeated[i]) {
            // The later row meets the record the earlier one wrote; its old terms leave the
            // index now unless they already have (or were never written: created here).
            recorded[i] = look_up(m);
            if (recorded[i] && recorded[i]->reindexed && out_of_index.insert(recorded[i]->id).second) {
                forget_for_search(db_, {recorded[i]->id});
                indexed.push_back(recorded[i]->id);
            }
        }
        const auto& found = recorded[i];
        // A person created by a file import is named in the import's row: no record to write.
        const std::string after = found || source.file_name.empty() ? snapshot(m) : std::string();
        if (found && found->before == after && !found->moved_institution) {
            // The same record again (a yearly roster re-imported): nothing to write.
            ++result.unchanged;
            const std::size_t done = result.created + result.updated + result.unchanged;
            if (progress && (done % 256 == 0 || done == staff.size()) && !progress(done)) throw domain::Cancelled();
            continue;
        }
        Statement& st = found ? update : insert;
        if (institution_id) {
            st.bind(1, *institution_id);
        } else {
            st.bind_null(1);
        }
        // `m` and `birth_date` outlive the statement's reset below, so nothing is copied.
        const std::string birth_date = m.birth_date.iso();
        st.bind_unowned(2, m.given_names).bind_unowned(3, m.first_surname);
        st.bind_unowned(4, m.second_surname).bind(5, domain::sex_name(m.sex));
        st.bind_unowned(6, birth_date).bind_unowned(7, m.nationality);
        st.bind_unowned(8, m.civil_status);
        bind_or_null(st, 9, m.curp);
        bind_or_null(st, 10, m.rfc);
        bind_or_null(st, 11, m.dni);
        bind_or_null(st, 12, m.foreign_card);
        bind_or_null(st, 13, m.ruc);
        st.bind_unowned(14, m.domicile).bind_unowned(15, m.phone).bind_unowned(16, m.email);
        st.bind_unowned(17, m.bank_account).bind_unowned(18, m.profession);
        st.bind(19, domain::category_name(m.category)).bind(20, domain::regime_name(m.regime));
        if (m.suspension_year) {
            st.bind(21, std::int64_t{*m.suspension_year});
        } else {
            st.bind_null(21);
        }
        if (unit_id) {
            st.bind(22, *unit_id);
        } else {
            st.bind_null(22);
        }
        st.bind(23, std::int64_t{m.active ? 1 : 0});
        if (found) {
            st.bind(24, found->id);
            st.run();
        } else {
            try {
                st.run();
                indexed.push_back(db_.last_insert_id());
                if (update_existing) out_of_index.insert(indexed.back());
            } catch (const DatabaseError& e) {
                if ((e.sqlite_code() & 0xff) != 19) throw;
                throw DatabaseError("staff member " + m.key() + " already exists", 19);
            }
        }
        st.reset();
        if (found) {
            const auto [changed_before, changed_after] = changed_fields(found->before, after);
            audit.record(actor, "actualizar", "personal", m.key(), changed_before, changed_after);
        } else if (source.file_name.empty()) {
            audit.record(actor, "crear", "personal", m.key(), std::nullopt, after);
        } else {
            created_keys.push_back(m.key());  // named in the import's own row
        }
        (found ? result.updated : result.created) += 1;
        // Every 256 records, so asking costs nothing; the transaction rolls back on cancel.
        const std::size_t done = result.created + result.updated + result.unchanged;
        if (progress && (done % 256 == 0 || done == staff.size()) && !progress(done)) throw domain::Cancelled();
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
                 ",\"sin_cambios\":" + std::to_string(result.unchanged) + ",\"claves_creadas\":[";
        for (std::size_t i = 0; i < created_keys.size(); ++i) {
            if (i > 0) event += ",";
            append_json_string(event, created_keys[i]);
        }
        event += "]}";
        audit.record(actor, "crear", "importacion", source.file_name, std::nullopt, event);
    }
    audit.flush();
    index_for_search(db_, indexed);
    if (update_existing) db_.execute("UPDATE search_index_state SET deferred = 0");
    tx.commit();
    return result;
}

std::vector<std::string> SqliteStaffRepository::existing_keys(const std::vector<std::string>& keys) {
    // One statement over all the keys: a lookup each would start and end a read
    // transaction per key (two file locks each), most of the cost for 100,000 keys.
    const std::string array = json_array(keys);
    Statement st(db_,
                 "SELECT j.value FROM json_each(?1) j WHERE EXISTS (SELECT 1 FROM staff WHERE curp = j.value) OR "
                 "EXISTS (SELECT 1 FROM staff WHERE dni = j.value) OR EXISTS (SELECT 1 FROM staff WHERE foreign_card = "
                 "j.value) ORDER BY j.key");
    st.bind(1, std::string_view(array));
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.column_text(0));
    return out;
}

std::map<std::string, std::string> SqliteStaffRepository::institutions_of(const std::vector<std::string>& keys) {
    const std::string array = json_array(keys);
    // Each key by its own unique index (a CURP, a DNI or a card).
    Statement st(db_,
                 "SELECT j.value, coalesce(i.code, '') FROM json_each(?1) j JOIN staff s ON s.id = coalesce("
                 "(SELECT id FROM staff WHERE curp = j.value), (SELECT id FROM staff WHERE dni = j.value), "
                 "(SELECT id FROM staff WHERE foreign_card = j.value)) LEFT JOIN institution i ON i.id = s.institution_id");
    st.bind(1, std::string_view(array));
    std::map<std::string, std::string> out;
    while (st.step()) out.emplace(st.column_text(0), st.column_text(1));
    return out;
}

std::optional<StaffMember> SqliteStaffRepository::find(const std::string& key) {
    Statement st(db_, std::string("SELECT ") + columns +
                          " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id WHERE s.curp = ?1 OR s.dni = ?1 OR "
                          "s.foreign_card = ?1");
    st.bind(1, std::string_view(key));
    if (!st.step()) return std::nullopt;
    return read_row(st);
}

std::vector<StaffMember> SqliteStaffRepository::search(const std::string& text, std::size_t limit) {
    std::vector<StaffMember> out;
    std::vector<std::string> values;
    const std::string matching = staff_ids_matching(text, [&values](const std::string& value) {
        values.push_back(value);
        return "?" + std::to_string(1 + values.size());
    });
    if (matching.empty()) return out;
    // The first `limit` people found, in the order they were recorded (the set comes out in
    // that order: nothing to sort), then shown by surname. Sorting every match by surname
    // first cost 10 ms for a common name in an office of 100,000.
    Statement st(db_, std::string("SELECT ") + columns + " FROM (SELECT id FROM (" + matching +
                          ") ORDER BY id LIMIT ?1) found CROSS JOIN staff s ON s.id = found.id "
                          "LEFT JOIN unit u ON u.id = s.unit_id ORDER BY s.first_surname, s.second_surname, s.given_names");
    st.bind(1, static_cast<std::int64_t>(limit));
    for (std::size_t i = 0; i < values.size(); ++i) st.bind(static_cast<int>(2 + i), std::string_view(values[i]));
    while (st.step()) out.push_back(read_row(st));
    return out;
}

std::vector<StaffMember> SqliteStaffRepository::all() {
    std::vector<StaffMember> out;
    Statement st(db_, std::string("SELECT ") + columns +
                          " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id ORDER BY s.first_surname, s.second_surname, "
                          "s.given_names");
    while (st.step()) out.push_back(read_row(st));
    return out;
}

namespace {

// The WHERE clause of a staff query and its values (?2..?5, then the search's from ?6),
// bound as far as the text uses them.
struct StaffFilter {
    std::string where;
    std::string unit, regime, category, institutions;
    std::vector<std::string> words;
};

StaffFilter staff_filter(const domain::StaffQuery& q) {
    StaffFilter f;
    std::vector<std::string> terms;
    const std::string matching = staff_ids_matching(q.text, [&f](const std::string& value) {
        f.words.push_back(value);
        return "?" + std::to_string(5 + f.words.size());
    });
    if (!matching.empty()) terms.push_back("s.id IN (" + matching + ")");
    if (!q.unit_code.empty()) {
        f.unit = q.unit_code;
        terms.push_back("s.unit_id IN (SELECT id FROM unit WHERE code = ?2)");
    }
    if (q.regime) {
        f.regime = domain::regime_name(*q.regime);
        terms.push_back("s.regime = ?3");
    }
    if (q.category) {
        f.category = domain::category_name(*q.category);
        // Every regime named, so the index (regime, category, active) finds the category.
        terms.push_back(q.regime ? "s.category = ?4"
                                 : "s.regime IN ('honorarios', 'cas', 'locacion', 'planilla') AND s.category = ?4");
    }
    if (!q.institutions.empty()) {
        f.institutions = json_array(q.institutions);
        terms.push_back("s.institution_id IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(?5)))");
    }
    for (std::size_t i = 0; i < terms.size(); ++i) f.where += (i == 0 ? " WHERE " : " AND ") + terms[i];
    return f;
}

void bind_staff_filter(Statement& st, const StaffFilter& f) {
    const std::string* values[] = {&f.unit, &f.regime, &f.category, &f.institutions};
    for (int i = 2; i <= std::min(st.parameter_count(), 5); ++i) st.bind(i, std::string_view(*values[i - 2]));
    for (std::size_t i = 0; i < f.words.size(); ++i) st.bind(static_cast<int>(6 + i), std::string_view(f.words[i]));
}

}  // namespace

std::vector<StaffMember> SqliteStaffRepository::page(const domain::StaffQuery& query, std::size_t offset,
                                                     std::size_t limit) {
    const auto filter = staff_filter(query);
    const std::string dir = query.descending ? " DESC" : "";
    Statement st(db_, std::string("SELECT ") + columns + " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id" +
                          filter.where + " ORDER BY s.first_surname" + dir + ", s.second_surname" + dir +
                          ", s.given_names" + dir + " LIMIT " + std::to_string(limit) + " OFFSET " +
                          std::to_string(offset));
    bind_staff_filter(st, filter);
    std::vector<StaffMember> out;
    while (st.step()) out.push_back(read_row(st));
    return out;
}

std::size_t SqliteStaffRepository::count(const domain::StaffQuery& query) {
    const auto filter = staff_filter(query);
    Statement st(db_, "SELECT count(*) FROM staff s" + filter.where);
    bind_staff_filter(st, filter);
    st.step();
    return static_cast<std::size_t>(st.column_int(0));
}

std::vector<std::string> SqliteStaffRepository::units_in_use() {
    // Units are few: read them from their own table, keeping those someone is assigned to.
    Statement st(db_, "SELECT code FROM unit u WHERE EXISTS (SELECT 1 FROM staff s WHERE s.unit_id = u.id) ORDER BY code");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.column_text(0));
    return out;
}

std::vector<domain::StaffCount> SqliteStaffRepository::active_breakdown() {
    // Counted on the covering index staff_regime (regime, category, active).
    Statement st(db_, "SELECT regime, category, count(*) FROM staff WHERE active = 1 GROUP BY regime, category");
    std::vector<domain::StaffCount> out;
    while (st.step()) {
        const auto regime = domain::regime_from_name(st.column_text(0));
        const auto category = domain::category_from_name(st.column_text(1));
        if (regime && category) out.push_back({*regime, *category, static_cast<std::size_t>(st.column_int(2))});
    }
    return out;
}

}  // namespace pacta::db
