#pragma once
// Where the data lives, as the desktop's login asks: «Esta computadora» (the embedded
// database of this desk) or «Servidor de la oficina» (a PostgreSQL server: its address and
// database; each person logs in to it as themselves). The desktop remembers the last choice.

#include <optional>
#include <string>
#include <string_view>

namespace pacta::presentation {

struct OfficePlace {
    enum class Kind { this_computer, office_server };
    Kind kind = Kind::this_computer;
    std::string server;    // «servidor.oficina», «10.0.0.5» or «10.0.0.5:5433»
    std::string database;  // «pacta»

    bool operator==(const OfficePlace&) const = default;
};

// What is missing or wrong before trying, in the login's words; "" when it can be tried.
[[nodiscard]] std::string place_problem(const OfficePlace& place);

// The libpq connection string for the office server: host, port when given, dbname, each
// quoted as libpq reads them (a value cannot add a keyword of its own).
[[nodiscard]] std::string server_conninfo(const OfficePlace& place);

// One line for the settings file, and back (nullopt for a line that is not one).
[[nodiscard]] std::string place_setting(const OfficePlace& place);
[[nodiscard]] std::optional<OfficePlace> place_from_setting(std::string_view line);

}  // namespace pacta::presentation
