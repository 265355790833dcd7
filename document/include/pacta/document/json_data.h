#pragma once
// Contract data as JSON files (nested objects: {"prestador": {"curp": "..."}}).

#include <optional>
#include <string>
#include <string_view>

#include "pacta/document/data.h"
#include "pacta/domain/finding.h"

namespace pacta::document {

struct JsonParse {
    std::optional<DataValue> value;
    domain::Findings findings;  // json.syntax with file, line, column; json.not_object
};

// The top-level key of the help that pacta-cli plantilla esqueleto writes beside the fields:
// not data, so the reader leaves it out.
inline constexpr std::string_view help_key = "_ayuda";

// Numbers become their text ("5"), true/false "sí"/"no", null an absent value; a top-level
// "_ayuda" (help_key) is skipped.
[[nodiscard]] JsonParse parse_json_data(std::string_view text, std::string_view name);

// json.too_deep (file, line, column, limit) when `text` nests arrays and objects deeper than
// any data Pacta reads (64 levels): checked before parsing, so a crafted file cannot exhaust
// the stack of whatever reads it.
[[nodiscard]] std::optional<domain::Finding> check_json_depth(std::string_view text, std::string_view name);

// Pretty-printed JSON (two-space indent, UTF-8 kept as is).
[[nodiscard]] std::string to_json_text(const DataValue& value);

}  // namespace pacta::document
