#pragma once
// Values written into a statement's parameters in PostgreSQL's text forms, once for every
// repository of the server.

#include <string>
#include <string_view>
#include <vector>

namespace pacta::db::pg {

// "{a,b}" for a text[] (or int[], date[]) parameter, each element quoted.
inline std::string text_array(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const auto& item : items) {
        if (out.size() > 1) out += ',';
        out += '"';
        for (const char c : item) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

// A LIKE pattern's literal part: «%», «_» and the escape character match only themselves.
inline std::string like_literal(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

// Bytes as a bytea parameter in text form.
inline std::string bytea_param(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 + bytes.size() * 2);
    out += "\\x";
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4U];
        out += digits[b & 0x0FU];
    }
    return out;
}

}  // namespace pacta::db::pg
