#pragma once
// The data file a clerk fills for a template (pacta-cli plantilla esqueleto): every field the
// template declares at its nested path, with an empty value of the right shape ("" for a
// value, [] for a lista, one record of its fields for registros), in the order declared;
// derived values are left out, since Pacta computes them. JSON holds no comments, so what
// each field is goes in a sibling top-level object, "_ayuda", which the data readers skip:
//   "_ayuda": {"prestador.curp": "CURP — curp, requerido, personal: 18 caracteres, como en el acta"}

#include <string>

#include "pacta/document/template.h"

namespace pacta::presentation {

// The help of one field: "label — type, required|optional|required if CONDITION[, personal]
// [: hint]", in Spanish.
[[nodiscard]] std::string field_help(const document::FieldSpec& field);

// Pretty-printed JSON (two-space indent), ending in a newline.
[[nodiscard]] std::string data_skeleton(const document::Template& tmpl);

}  // namespace pacta::presentation
