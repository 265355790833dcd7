#pragma once
// JSON written by hand where a library would cost a copy per row (an import's audit rows, the
// rows sent to the server in bulk): one string literal, escaped as JSON requires.

#include <string>
#include <string_view>

namespace pacta::db {

// `value` as a JSON string literal, quotes included, appended to `out`.
void append_json_string(std::string& out, std::string_view value);

}  // namespace pacta::db
