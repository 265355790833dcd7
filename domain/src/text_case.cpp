#include "pacta/domain/text_case.h"

#include <array>

#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

// Combining accents (a decomposed "É" is "E" + U+0301) belong to the letter before them.
bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0; }

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_name_particle(const std::u32string& word) {
    static constexpr std::array<std::u32string_view, 7> particles = {U"de", U"del", U"la", U"las", U"los", U"y", U"e"};
    for (auto p : particles) {
        if (word == p) return true;
    }
    return false;
}

// One word of a name, already in lower case: upper-case the first letter of each run of
// letters that does not follow a digit ("pérez-gómez" -> "Pérez-Gómez", "3er" stays).
void capitalise_runs(std::u32string& word) {
    char32_t before = 0;  // the last character that was not a combining mark
    for (char32_t& c : word) {
        if (is_combining_mark(c)) continue;
        if (is_letter(c) && !is_letter(before) && !is_digit(before)) c = to_upper_es(c);
        before = c;
    }
}

}  // namespace

bool is_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

std::string sentence_case(std::string_view text) {
    std::u32string cps = decode_utf8(to_lower_es(text));
    for (char32_t& c : cps) {
        if (is_letter(c)) {
            c = to_upper_es(c);
            break;
        }
        if (is_digit(c)) break;
    }
    return encode_utf8(cps);
}

std::string name_case(std::string_view text) {
    const std::u32string cps = decode_utf8(to_lower_es(text));
    std::u32string out;
    out.reserve(cps.size());
    bool first_word = true;
    std::size_t i = 0;
    while (i < cps.size()) {
        if (is_space(cps[i])) {
            out.push_back(cps[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < cps.size() && !is_space(cps[end])) ++end;
        std::u32string word = cps.substr(i, end - i);
        std::u32string letters;
        for (char32_t c : word) {
            if (is_letter(c)) letters.push_back(c);
        }
        if (first_word || !is_name_particle(letters)) capitalise_runs(word);
        if (!letters.empty()) first_word = false;
        out += word;
        i = end;
    }
    return encode_utf8(out);
}

WordCase word_case(std::string_view word) {
    int letters = 0;
    int upper = 0;
    bool first_upper = false;
    for (char32_t c : decode_utf8(word)) {
        if (!is_letter(c)) continue;
        const bool is_upper = (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE);
        if (letters == 0) first_upper = is_upper;
        ++letters;
        if (is_upper) ++upper;
    }
    if (letters > 1 && upper == letters) return WordCase::upper;
    return first_upper ? WordCase::capitalised : WordCase::lower;
}

std::string with_word_case(std::string_view lower, WordCase word_case) {
    switch (word_case) {
        case WordCase::lower: return std::string(lower);
        case WordCase::upper: return to_upper_es(lower);
        case WordCase::capitalised: {
            std::u32string cps = decode_utf8(lower);
            for (char32_t& c : cps) {
                if (is_letter(c)) {
                    c = to_upper_es(c);
                    break;
                }
            }
            return encode_utf8(cps);
        }
    }
    return std::string(lower);
}

}  // namespace pacta::domain
