#include "identity_common.h"

#include "pacta/domain/utf8.h"

namespace pacta::domain::detail {

namespace {
bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0x00A0; }
}  // namespace

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_ascii_letter(char32_t c) { return c >= U'A' && c <= U'Z'; }
char32_t digit_char(int digit) { return U'0' + static_cast<char32_t>(digit); }

IdentityChecker::IdentityChecker(IdentityKind kind, std::string_view value, std::u32string_view drop) {
    result_.kind = kind;
    std::u32string all = decode_utf8(value);
    std::size_t begin = 0;
    std::size_t end = all.size();
    while (begin < end && is_blank(all[begin])) ++begin;
    while (end > begin && is_blank(all[end - 1])) --end;
    for (std::size_t i = begin; i < end; ++i) {
        if (drop.find(all[i]) != std::u32string_view::npos) continue;
        chars_.push_back(to_upper_es(all[i]));
    }
    result_.normalized = encode_utf8(chars_);
    if (chars_.empty()) add("id.empty");
}

Finding& IdentityChecker::add(std::string code, Severity severity) {
    result_.findings.emplace_back(std::move(code), severity,
                                  std::string(identity_kind_name(result_.kind)));
    return result_.findings.back();
}

bool IdentityChecker::expect(std::size_t index, bool passes, const char* code) {
    if (passes) return true;
    add(code)
        .with("position", std::to_string(index + 1))
        .with("character", encode_utf8(chars_[index]));
    return false;
}

bool IdentityChecker::expect_digit(std::size_t index) {
    return expect(index, is_ascii_digit(chars_[index]), "id.expected_digit");
}

bool IdentityChecker::expect_letter(std::size_t index, std::u32string_view extra_letters) {
    const char32_t c = chars_[index];
    const bool ok = is_ascii_letter(c) || extra_letters.find(c) != std::u32string_view::npos;
    return expect(index, ok, "id.expected_letter");
}

bool IdentityChecker::expect_alphanumeric(std::size_t index) {
    const char32_t c = chars_[index];
    return expect(index, is_ascii_letter(c) || is_ascii_digit(c), "id.expected_alphanumeric");
}

void IdentityChecker::check_digit_mismatch(char32_t expected, std::size_t index, Severity severity,
                                           const char* code) {
    if (chars_[index] == expected) return;
    add(code, severity)
        .with("position", std::to_string(index + 1))
        .with("expected", encode_utf8(expected))
        .with("found", encode_utf8(chars_[index]));
}

}  // namespace pacta::domain::detail
