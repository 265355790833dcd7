#pragma once
// What an audit row says about a change (docs/datos.md, «Formato de las filas»): only the
// fields that changed, before and after, never a second copy of the whole document.

#include <string>
#include <utility>

namespace pacta::db {

// The leaves (JSON pointers, "/prestador/honorarios") whose values differ between two JSON
// documents, as two objects {pointer: value}: what they were and what they are. A leaf only
// one side has appears on that side alone. Both are "{}" when nothing changed.
[[nodiscard]] std::pair<std::string, std::string> changed_fields(const std::string& before_json,
                                                                 const std::string& after_json);

}  // namespace pacta::db
