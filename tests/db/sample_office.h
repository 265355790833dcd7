#pragma once
// What the db tests build on: the office "imss-gro", Rosa's staff record, and a draft
// contract for someone, each the least the schema accepts.

#include <string>

#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"

namespace pacta::db::testing_support {

inline domain::StaffMember sample_rosa() {
    domain::StaffMember m;
    m.given_names = "Rosa";
    m.first_surname = "Ramírez";
    m.curp = "RACR920514MDFMRS05";
    return m;
}

// The single number a query such as "SELECT count(*) ..." returns.
inline std::int64_t count(Database& db, const std::string& sql) {
    Statement st(db, sql);
    st.step();
    return st.column_int(0);
}

// Stores `institution` (by default the bare office) and `person` as `actor`.
inline void store_office_and_person(Database& db, const std::string& actor,
                                    const domain::StaffMember& person = sample_rosa(),
                                    const domain::Institution& institution = {}) {
    domain::Institution inst = institution;
    if (inst.code.empty()) {
        inst.code = "imss-gro";
        inst.name = "IMSS-Bienestar Guerrero";
    }
    SqliteInstitutionRepository(db).save(inst, actor);
    (void)SqliteStaffRepository(db).import({person}, inst.code, false, actor);
}

// "2024-01-29" as a stored date.
inline std::optional<domain::Date> iso(std::string_view text) { return domain::parse_iso_date(text).value; }

// A draft of template "t" for the person with `staff_key`; callers add dates and amounts.
inline domain::NewContract sample_draft(const std::string& staff_key) {
    domain::NewContract c;
    c.institution_code = "imss-gro";
    c.template_code = "t";
    c.template_source = "@plantilla t";
    c.staff_key = staff_key;
    c.data_json = "{}";
    return c;
}

}  // namespace pacta::db::testing_support
