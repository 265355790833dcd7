#pragma once
// What the contract repositories on the server share: values in PostgreSQL's text forms
// (dates as ISO text, arrays as «{...}», bytes as «\x...»), the typed columns read back, a
// file's bytes for a bytea column, and not-found errors worded as on one desk.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/db/pg/connection.h"
#include "pacta/db/pg/params.h"
#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/money.h"
#include "pacta/platform/sha256.h"

namespace pacta::db::pg::detail {

// The server's CHECK on contract_file.content and signed_document.content.
inline constexpr std::uintmax_t max_stored_file = 50ULL * 1024 * 1024;

inline Param date_param(const std::optional<domain::Date>& d) { return d ? Param(d->iso()) : std::nullopt; }

inline std::optional<domain::Date> date_value(const Result& r, int row, int column) {
    if (r.is_null(row, column)) return std::nullopt;
    return domain::parse_iso_date(r.text(row, column)).value;
}

inline domain::Money money_value(const Result& r, int row, int minor, int currency) {
    return domain::Money(r.integer(row, minor),
                         domain::currency_from_code(r.text(row, currency)).value_or(domain::Currency::MXN));
}

inline domain::ContractState state_value(const std::string& name) {
    if (auto s = domain::contract_state_from_name(name)) return *s;
    throw ServerError("22023", "unknown contract state «" + name + "» on the server");
}

// A bytea column read in text form («\x» and two hex digits a byte) as its bytes.
inline std::string bytea_value(std::string_view text) {
    const auto nibble = [](char c) -> unsigned {
        if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
        if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
        if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
        throw ServerError("22P02", "the server sent a bytea value that is not hexadecimal");
    };
    if (text.size() < 2 || text.substr(0, 2) != "\\x" || text.size() % 2 != 0) {
        throw ServerError("22P02", "the server sent a bytea value outside the hex format");
    }
    std::string out;
    out.reserve((text.size() - 2) / 2);
    for (std::size_t i = 2; i < text.size(); i += 2) out += static_cast<char>((nibble(text[i]) << 4U) | nibble(text[i + 1]));
    return out;
}

// The bytes of a file the port names by path, for the row's bytea column, so every desk
// opens what another recorded: null when the file cannot be read here or no longer has the
// hash being recorded (the row names what was recorded; other bytes are not it). A file
// above the server's limit is refused before anything is written.
inline Param stored_content(const std::string& path, const std::string& sha256) {
    if (path.empty()) return std::nullopt;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return std::nullopt;
    if (size > max_stored_file) {
        throw domain::RuleError(domain::Finding("server.file_too_large", domain::Severity::error, "archivo")
                                    .with("file", std::filesystem::path(path).filename().string())
                                    .with("size", std::to_string((size + 1024 * 1024 - 1) / (1024 * 1024)))
                                    .with("limit", std::to_string(max_stored_file / (1024 * 1024))));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (platform::sha256_hex(bytes) != sha256) return std::nullopt;
    return bytea_param(bytes);
}

// What the server said, without libpq's «ERROR:» and context lines: a trigger's own words.
inline std::string server_message(const ServerError& e) {
    std::string text = e.what();
    if (const auto colon = text.find(":  "); colon != std::string::npos && colon < 10) text.erase(0, colon + 3);
    if (const auto end = text.find('\n'); end != std::string::npos) text.erase(end);
    return text;
}

// The engine's refusals are pg::ServerError, as the server's own: P0001 for a rule it keeps
// (the SQLite engine's triggers and checks word them alike), P0002 for what is not there.
[[noreturn]] inline void not_found(const std::string& what) { throw ServerError("P0002", what + " not found"); }
[[noreturn]] inline void contract_not_found(const std::string& folio) { not_found("contract " + folio); }

}  // namespace pacta::db::pg::detail
