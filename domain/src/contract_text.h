#pragma once
// The contract checker's reading of a text (contract_check.cpp): cleaned and flattened, with
// its lines, pages, clauses and redactions, and the dates and amounts found in it. Shared by
// the checks in contract_check.cpp and contract_amounts.cpp.

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pacta/domain/contract_check.h"
#include "pacta/domain/date.h"
#include "pacta/domain/money.h"
#include "pacta/domain/ordinals.h"

namespace pacta::domain::detail {

struct Clause {
    int number = 0;
    std::string ordinal;  // as written
    std::size_t begin = 0, end = 0;
};

struct Text {
    std::string flat;   // cleaned lines joined by spaces
    std::string lower;  // the same, lower case (same byte offsets)
    std::vector<std::size_t> line_start;
    std::vector<int> pages;
    std::vector<std::pair<std::size_t, std::size_t>> redacted;
    std::vector<Clause> clauses;

    [[nodiscard]] std::size_t line_of(std::size_t offset) const {
        const auto it = std::upper_bound(line_start.begin(), line_start.end(), offset);
        return static_cast<std::size_t>(it - line_start.begin()) - 1;
    }
    [[nodiscard]] const Clause* clause_at(std::size_t offset) const {
        for (const auto& c : clauses) {
            if (offset >= c.begin && offset < c.end) return &c;
        }
        return nullptr;
    }
    [[nodiscard]] bool is_redacted(std::size_t begin, std::size_t end) const {
        return std::any_of(redacted.begin(), redacted.end(),
                           [&](const auto& r) { return r.first < end && begin < r.second; });
    }
};

// A finding at `offset` of the text, with its line, page and clause.
[[nodiscard]] Finding at(const Text& t, std::size_t offset, std::string code, Severity severity);

// Ordinal words of every style, folded, to their number.
struct OrdinalTable {
    std::map<std::string, int> number;
    std::map<std::string, OrdinalStyle> style;
};

[[nodiscard]] const OrdinalTable& ordinals();

// The lines cleaned of Markdown markup and joined, with the clauses and redactions found.
[[nodiscard]] Text prepare(const ContractText& input);

// ---- dates ----
// "29 de enero de 2024", "primero de febrero del año 2024" (on the lower-case text).
extern const std::string date_pattern;

struct FoundDate {
    std::size_t begin = 0, end = 0;
    std::optional<Date> date;  // nullopt: it does not exist (31 de febrero)
    std::string text;
};

[[nodiscard]] std::vector<FoundDate> dates_in(const Text& t);
[[nodiscard]] const FoundDate* first_date_after(const std::vector<FoundDate>& dates, std::size_t offset,
                                                std::size_t within);

// ---- amounts (contract_amounts.cpp) ----
struct FoundAmount {
    std::size_t begin = 0, end = 0;
    Money money{0, Currency::MXN};
    std::string figure;
    std::optional<std::string> words;  // the parenthesis after it, when it holds "/100"
    std::size_t words_begin = 0, words_end = 0;
};

[[nodiscard]] std::vector<FoundAmount> amounts_in(const Text& t);

// Words compared as people read them: case, accents, dots and commas aside.
[[nodiscard]] std::string comparable(std::string_view text);

// Each amount against its words; the instalments against the total.
void check_amounts(const Text& t, const std::vector<FoundAmount>& amounts, Findings& out);
void check_instalments(const Text& t, const std::vector<FoundAmount>& amounts, const CheckContext& context,
                       Findings& out);

}  // namespace pacta::domain::detail
