#include "pacta/db/staff_match.h"

#include <optional>
#include <vector>

namespace pacta::db {

namespace {

// Split as fts_query splits: a word is what lies between blanks and the query syntax.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out(1);
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '"' || c == '*' || c == '-' || c == ',' || c == '.') {
            if (!out.back().empty()) out.emplace_back();
        } else {
            out.back().push_back(c);
        }
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

// Identity numbers are stored in capitals and digits: only such a word can start one.
std::optional<std::string> identity_prefix(const std::string& word) {
    std::string upper;
    for (const char c : word) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 'a' && u <= 'z') {
            upper.push_back(static_cast<char>(u - 'a' + 'A'));
        } else if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
            upper.push_back(c);
        } else {
            return std::nullopt;
        }
    }
    return upper;
}

}  // namespace

std::string staff_ids_matching(const std::string& text, const BindValue& bind) {
    std::string sql;
    for (const auto& word : words_of(text)) {
        std::string ids = "SELECT rowid AS id FROM staff_search WHERE staff_search MATCH " + bind("\"" + word + "\"*");
        if (const auto prefix = identity_prefix(word)) {
            // '~' sorts after every capital and digit: the range is every number that starts so.
            const std::string from = bind(*prefix);
            for (const char* column : {"curp", "rfc", "dni", "foreign_card", "ruc"}) {
                ids += std::string(" UNION SELECT id FROM staff WHERE ") + column + " >= " + from + " AND " + column +
                       " < " + from + " || '~'";
            }
        }
        sql += (sql.empty() ? "SELECT id FROM (" : " INTERSECT SELECT id FROM (") + ids + ")";
    }
    return sql;
}

}  // namespace pacta::db
