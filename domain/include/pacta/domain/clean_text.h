#pragma once
// Characters no value typed or imported may hold: control characters (a tab, and line breaks
// where a field allows several lines, aside) and private-use characters. The generator marks
// personal data with private-use characters; a value carrying one could end a redaction early,
// so they are refused at every way in (files, forms, institution data), never passed along.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/finding.h"
#include "pacta/domain/institution.h"

namespace pacta::domain {

struct DisallowedCharacter {
    std::size_t position = 0;  // 1-based, in characters
    char32_t code_point = 0;
};

[[nodiscard]] std::optional<DisallowedCharacter> find_disallowed_character(std::string_view text,
                                                                          bool allow_line_breaks = false);

// "U+E000", "U+0007": how a message names the character (most cannot be shown).
[[nodiscard]] std::string code_point_name(char32_t code_point);

// The finding "text.disallowed_character" for `field`, with the position and the character.
[[nodiscard]] Finding disallowed_character_finding(const std::string& field, const DisallowedCharacter& found);

// Every text of an institution (names, legend, legal basis, units, accounts, signatories),
// however it arrives (a file, the desktop's editors): one finding per text that holds one.
[[nodiscard]] Findings disallowed_in_institution(const Institution& institution);

}  // namespace pacta::domain
