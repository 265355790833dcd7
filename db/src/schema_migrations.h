#pragma once
// Migrations whose SQL lives outside schema.cpp, one file per theme (each is constant data,
// initialised before any code runs).
#include <string_view>

namespace pacta::db::migration_sql {

extern const std::string_view office_scale;  // schema version 8
extern const std::string_view inicio_kept;   // schema version 9
extern const std::string_view contract_editors;  // schema version 10 (schema_access.cpp)
extern const std::string_view lean_staff_search;  // schema version 15 (schema_staff_search.cpp)

}  // namespace pacta::db::migration_sql
