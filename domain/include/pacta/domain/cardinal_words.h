#pragma once
// Cardinal numbers in Spanish words (lower case), the building block of amounts in
// words and of terms such as "cinco meses". Follows domain-es.md §1.

#include <cstdint>
#include <string>

namespace pacta::domain {

enum class FinalOne {
    apocopated,  // before a masculine noun: "un", "veintiún", "ciento un" (pesos, meses)
    full,        // standing alone: "uno", "veintiuno", "ciento uno" (soles after "con")
};

// 0 .. 999,999,999,999 in words: "sesenta y ocho mil ochocientos cincuenta y ocho".
// Inside the number "uno" is always shortened ("veintiún mil", "un millón"); `final_one`
// chooses the form of a trailing one. Whole millions carry no "de" here; the caller adds
// it before a noun. Throws RuleError past the range.
[[nodiscard]] std::string cardinal_words(std::uint64_t n, FinalOne final_one = FinalOne::full);

// True when the number ends in whole millions (1,000,000; 2,000,000,000), i.e. when Spanish
// requires "de" before the noun that follows: "un millón de pesos".
[[nodiscard]] bool ends_in_whole_millions(std::uint64_t n);

}  // namespace pacta::domain
