#pragma once
// The office server's schema as SQL text, one constant per theme, applied in this order by
// prepare_server (server_setup.cpp). Each is constant data, initialised before any code runs.
#include <string_view>

namespace pacta::db::pg::sql {

extern const std::string_view tables;     // server_schema.cpp
extern const std::string_view rules;      // server_rules.cpp: the triggers SQLite has too
extern const std::string_view audit;      // server_audit.cpp: the trail, written by the server
extern const std::string_view security;   // server_security.cpp: roles, grants, row security

}  // namespace pacta::db::pg::sql
