#pragma once
// Four eyes: the users who changed a contract's content (schema version 10). Whoever drafts
// it, edits its data or replaces its schedule is recorded in the same transaction; none of
// them may approve it (domain::check_move).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/db/database.h"
#include "pacta/db/statement.h"

namespace pacta::db {

inline void record_contract_editor(Database& db, std::int64_t contract_id, std::string_view username) {
    if (username.empty()) return;
    Statement st(db, "INSERT OR IGNORE INTO contract_editor (contract_id, username) VALUES (?1, ?2)");
    st.bind(1, contract_id).bind(2, username).run();
}

inline std::vector<std::string> contract_editors(Database& db, std::int64_t contract_id) {
    Statement st(db, "SELECT username FROM contract_editor WHERE contract_id = ?1 ORDER BY username");
    st.bind(1, contract_id);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.column_text(0));
    return out;
}

}  // namespace pacta::db
