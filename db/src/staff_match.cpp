#include "pacta/db/staff_match.h"

#include "pacta/db/search_words.h"

#include <optional>
#include <vector>

namespace pacta::db {

namespace {

// CURP, RFC, DNI and RUC are stored in capitals, digits, «Ñ» and «&» (an RFC may hold both):
// only such a word, in capitals, can start one of them.
std::optional<std::string> identity_prefix(const std::string& word) {
    std::string upper;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto u = static_cast<unsigned char>(word[i]);
        if (u >= 'a' && u <= 'z') {
            upper.push_back(static_cast<char>(u - 'a' + 'A'));
        } else if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '&') {
            upper.push_back(word[i]);
        } else if (u == 0xC3 && i + 1 < word.size() &&
                   (static_cast<unsigned char>(word[i + 1]) == 0xB1 || static_cast<unsigned char>(word[i + 1]) == 0x91)) {
            upper += "\xC3\x91";  // ñ or Ñ
            ++i;
        } else {
            return std::nullopt;
        }
    }
    return upper;
}

}  // namespace

std::string staff_ids_matching(const std::string& text, const BindValue& bind) {
    // The words that can only be names go to the text index together (it intersects them
    // itself); each word that could also start an identity number adds its numbers.
    std::string names;
    std::vector<std::string> sets;
    for (const auto& word : search_words(text)) {
        const std::string phrase = "\"" + word + "\"*";
        const auto prefix = identity_prefix(word);
        if (!prefix) {
            names += (names.empty() ? "" : " AND ") + phrase;
            continue;
        }
        std::string ids = "SELECT rowid AS id FROM staff_search WHERE staff_search MATCH " + bind(phrase);
        // The range is every number that starts so: after the prefix comes nothing, or a
        // character below U+10FFFF (byte order is code point order in UTF-8).
        const std::string from = bind(*prefix);
        const std::string to = bind(*prefix + "\xF4\x8F\xBF\xBF");
        for (const char* column : {"curp", "rfc", "dni", "ruc"}) {
            ids += std::string(" UNION SELECT id FROM staff WHERE ") + column + " >= " + from + " AND " + column +
                   " < " + to;
        }
        sets.push_back(std::move(ids));
    }
    if (!names.empty()) sets.insert(sets.begin(), "SELECT rowid AS id FROM staff_search WHERE staff_search MATCH " + bind(names));
    std::string sql;
    for (const auto& set : sets) sql += (sql.empty() ? "SELECT id FROM (" : " INTERSECT SELECT id FROM (") + set + ")";
    return sql;
}

}  // namespace pacta::db
