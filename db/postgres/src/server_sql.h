#pragma once
// The office server's schema as SQL text, one constant per theme, applied in this order by
// prepare_server (server_setup.cpp). Each is constant data, initialised before any code runs.
#include <string_view>
#include <vector>

namespace pacta::db::pg::sql {

extern const std::string_view tables;     // server_schema.cpp
extern const std::string_view rules;      // server_rules.cpp: the triggers SQLite has too
extern const std::string_view audit;      // server_audit.cpp: the trail, written by the server
extern const std::string_view security;   // server_security.cpp: roles, grants, row security

// The first schema (10) is the four above; migrations_after_first[i] makes version 11 + i
// (server_migrations.cpp).
inline constexpr int first_schema_version = 10;
extern const std::vector<std::string_view> migrations_after_first;

}  // namespace pacta::db::pg::sql
