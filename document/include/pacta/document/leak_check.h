#pragma once
// Reading a public version back: does any personal value of the contract appear in it?
// Values are matched as whole tokens, with case and accents folded ("Calle Reforma 12" is
// found in "...CALLE REFORMA, 12..." but "mexicano" not in "Mexicanos").

#include <string>
#include <string_view>
#include <vector>

#include "pacta/document/model.h"

namespace pacta::document {

// "Reforma 12, Col. Centro" -> {"reforma", "12", "col", "centro"}.
[[nodiscard]] std::vector<std::string> folded_tokens(std::string_view text);

// True when `needle` appears in `haystack` as consecutive tokens.
[[nodiscard]] bool contains_tokens(const std::vector<std::string>& haystack, const std::vector<std::string>& needle);

// Needles shorter than four letters and digits ("12", "A") would be found in any contract.
[[nodiscard]] bool worth_looking_for(const std::vector<std::string>& needle);

// Text read from a written file: a page, the Info dictionary, the XMP, a form field, an
// annotation, the file's name.
struct TextSource {
    std::string where;  // "página 2", "propiedades del PDF (Info)": shown to the user
    std::string text;
};

struct Leak {
    std::string label;  // the value's label ("CURP"), never the value itself
    std::string where;
};

// Identifying values are looked for in every source; low-entropy values only where `doc`
// printed them (the words around the redaction followed or preceded by the value).
[[nodiscard]] std::vector<Leak> find_leaks(const Document& doc, const std::vector<TextSource>& sources);

}  // namespace pacta::document
