#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

constexpr char32_t replacement = 0xFFFD;

// Lower/upper pairs for the accented letters Spanish uses, Latin-1 block.
constexpr std::pair<char32_t, char32_t> spanish_case_pairs[] = {
    {U'á', U'Á'}, {U'é', U'É'}, {U'í', U'Í'}, {U'ó', U'Ó'},
    {U'ú', U'Ú'}, {U'ü', U'Ü'}, {U'ñ', U'Ñ'},
};

// The Latin-1 letters beyond Spanish's (ç, ã, ö in foreign surnames) sit 0x20 apart too,
// except the multiplication and division signs.
char32_t to_lower_es(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + (U'a' - U'A');
    for (auto [lower, upper] : spanish_case_pairs) {
        if (c == upper) return lower;
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    return c;
}

}  // namespace

std::u32string decode_utf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        int extra = 0;
        char32_t cp = 0;
        if (lead < 0x80) {
            cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            cp = lead & 0x1Fu;
            extra = 1;
        } else if ((lead & 0xF0) == 0xE0) {
            cp = lead & 0x0Fu;
            extra = 2;
        } else if ((lead & 0xF8) == 0xF0) {
            cp = lead & 0x07u;
            extra = 3;
        } else {
            out.push_back(replacement);
            ++i;
            continue;
        }
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            const std::size_t pos = i + static_cast<std::size_t>(k);
            if (pos >= text.size()) {
                ok = false;
                break;
            }
            const auto cont = static_cast<unsigned char>(text[pos]);
            if ((cont & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (cont & 0x3Fu);
        }
        if (!ok) {
            out.push_back(replacement);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    char32_t cp = lead;
    if (lead >= 0xF0) {
        cp = lead & 0x07u;
        len = 4;
    } else if (lead >= 0xE0) {
        cp = lead & 0x0Fu;
        len = 3;
    } else if (lead >= 0xC0) {
        cp = lead & 0x1Fu;
        len = 2;
    }
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += len;
    return cp;
}

std::string encode_utf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    return out;
}

std::string encode_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : text) out += encode_utf8(cp);
    return out;
}

char32_t to_upper_es(char32_t c) {
    if (c >= U'a' && c <= U'z') return c - (U'a' - U'A');
    for (auto [lower, upper] : spanish_case_pairs) {
        if (c == lower) return upper;
    }
    // As to_upper_es(std::string_view) does; ß (U+00DF) has no single upper-case letter.
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 0x20;
    return c;
}

std::string to_upper_es(std::string_view text) {
    // Byte-wise, without decoding: ASCII letters, and the Latin-1 lower-case block
    // U+00E0..U+00FE (except U+00F7, the division sign), whose upper case sits 0x20 lower
    // in the second UTF-8 byte. That covers á é í ó ú ü ñ; anything else passes through.
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte >= 'a' && byte <= 'z') {
            out[i] = static_cast<char>(byte - ('a' - 'A'));
        } else if (byte == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) out[i + 1] = static_cast<char>(next - 0x20);
            ++i;
        }
    }
    return out;
}

std::string to_lower_es(std::string_view text) {
    std::u32string cps = decode_utf8(text);
    for (char32_t& c : cps) c = to_lower_es(c);
    return encode_utf8(cps);
}

std::string capitalize_first(std::string_view text) {
    std::u32string cps = decode_utf8(text);
    if (!cps.empty()) cps.front() = to_upper_es(cps.front());
    return encode_utf8(cps);
}

}  // namespace pacta::domain

namespace pacta::domain {

char32_t without_accent(char32_t c) {
    switch (c) {
        case U'á': return U'a';
        case U'é': return U'e';
        case U'í': return U'i';
        case U'ó': return U'o';
        case U'ú': case U'ü': return U'u';
        default: return c;
    }
}

std::string identifier_key(std::string_view text) {
    std::string out;
    for (char32_t c : decode_utf8(to_lower_es(text))) {
        c = c == U'ñ' ? U'n' : without_accent(c);
        if (c == U' ' || c == U'-' || c == U'.') c = U'_';
        out += encode_utf8(c);
    }
    while (!out.empty() && out.front() == '_') out.erase(0, 1);
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

}  // namespace pacta::domain
