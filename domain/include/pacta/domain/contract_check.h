#pragma once
// The contract checker: reads a contract's text, however it was drafted, and reports the
// errors that slip into real contracts: an amount in words that does not say the amount in
// figures, instalments that do not add up, a term that does not match its dates, missing or
// misnumbered clauses, placeholders, invalid identity numbers, a provider under age... Text
// hidden in a public version makes a check "unverifiable", never an error.
//
// Every finding has code "check.*", a severity, and the parameters "line" (1-based),
// "page" (when known) and "clause" (its ordinal, when inside one), plus what was found and
// what was expected.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/text_compare.h"

namespace pacta::domain {

struct ContractText {
    std::vector<std::string> lines;  // UTF-8; Markdown markup is tolerated
    std::vector<int> pages;          // page of each line (1-based), or empty when unknown
};

// Another contract of the same person, for the overlap check.
struct OtherContract {
    std::string folio;
    Date start;
    Date end;
};

// A signatory named in the contract, with the dates between which their powers are valid.
struct SignatoryPowers {
    std::string name;
    Date valid_from;
    std::optional<Date> valid_to;
};

// What the text alone cannot tell. `records_known` is false for a file checked without the
// database: the overlap and powers checks are then "unverifiable".
struct CheckContext {
    bool records_known = false;
    std::vector<OtherContract> other_contracts;  // the person's other live contracts
    std::vector<SignatoryPowers> signatories;
    std::optional<std::int64_t> schedule_total_minor;  // the stored instalments' sum
    std::string country;  // "MX" or "PE"; guessed from the currency when empty
};

[[nodiscard]] Findings check_contract_text(const ContractText& text, const CheckContext& context = {});

// The text split for comparison: what comes before the first clause (title "" and key
// "antes"), each numbered clause (its ordinal as title), and what follows the last (key
// "despues"). Keys of clauses are empty: a file does not know its template's keys.
[[nodiscard]] std::vector<Segment> segments_of_text(const ContractText& text);

}  // namespace pacta::domain
