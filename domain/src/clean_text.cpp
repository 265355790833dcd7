#include "pacta/domain/clean_text.h"

#include <cstdio>

#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

bool disallowed(char32_t c, bool allow_line_breaks) {
    if (c == U'\t') return false;
    if (c == U'\n' || c == U'\r') return !allow_line_breaks;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;                 // C0, DEL, C1
    if (c >= 0xE000 && c <= 0xF8FF) return true;                            // private use
    if (c >= 0xF0000) return true;                                          // planes 15 and 16
    if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) return true;  // noncharacters
    return false;
}

}  // namespace

std::optional<DisallowedCharacter> find_disallowed_character(std::string_view text, bool allow_line_breaks) {
    // Printable ASCII is the common case (100,000 people per import): decode only otherwise.
    bool plain = true;
    for (const char byte : text) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x20 || b >= 0x7F) {
            plain = false;
            break;
        }
    }
    if (plain) return std::nullopt;
    std::size_t position = 0;
    for (const char32_t c : decode_utf8(text)) {
        ++position;
        if (disallowed(c, allow_line_breaks)) return DisallowedCharacter{position, c};
    }
    return std::nullopt;
}

std::string code_point_name(char32_t code_point) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
    return buffer;
}

Finding disallowed_character_finding(const std::string& field, const DisallowedCharacter& found) {
    Finding f("text.disallowed_character", Severity::error, field);
    f.with("field_label", field)
        .with("position", std::to_string(found.position))
        .with("character", code_point_name(found.code_point));
    return f;
}

Findings disallowed_in_institution(const Institution& institution) {
    Findings out;
    const auto check = [&out](const std::string& field, const std::string& text, bool lines = false) {
        if (const auto bad = find_disallowed_character(text, lines)) out.push_back(disallowed_character_finding(field, *bad));
    };
    check("nombre", institution.name);
    check("leyenda_publica", institution.public_legend);
    check("fundamento_legal", institution.legal_basis, true);
    for (const auto& [key, value] : institution.settings) check(key, value);
    for (const auto& u : institution.units) {
        check("unidades." + u.code + ".nombre", u.name);
        check("unidades." + u.code + ".region", u.region);
    }
    for (const auto& a : institution.accounts) check("cuentas." + a.code + ".nombre", a.name);
    for (const auto& s : institution.signatories) {
        check("firmantes." + s.code + ".nombre", s.name);
        check("firmantes." + s.code + ".cargo", s.title, true);
        check("firmantes." + s.code + ".notario", s.powers.notary);
    }
    return out;
}

}  // namespace pacta::domain
