#pragma once
// Shared plumbing of the identity checks: normalisation and per-character findings.

#include <string>
#include <string_view>

#include "pacta/domain/identity.h"

namespace pacta::domain::detail {

class IdentityChecker {
public:
    // Trims surrounding spaces and upper-cases; `drop` lists characters removed anywhere
    // (spaces in a CLABE typed in groups, for example).
    IdentityChecker(IdentityKind kind, std::string_view value, std::u32string_view drop = U"");

    [[nodiscard]] const std::u32string& chars() const { return chars_; }
    [[nodiscard]] std::size_t size() const { return chars_.size(); }
    [[nodiscard]] bool empty() const { return chars_.empty(); }

    Finding& add(std::string code, Severity severity = Severity::error);
    // Records a finding for the character at `index` (reported 1-based) unless it passes.
    bool expect(std::size_t index, bool passes, const char* code);
    bool expect_digit(std::size_t index);
    bool expect_letter(std::size_t index, std::u32string_view extra_letters = U"");
    bool expect_alphanumeric(std::size_t index);

    [[nodiscard]] int digit(std::size_t index) const { return static_cast<int>(chars_[index] - U'0'); }
    [[nodiscard]] bool has_errors_so_far() const { return has_errors(result_.findings); }

    void check_digit_mismatch(char32_t expected, std::size_t index,
                              Severity severity = Severity::error, const char* code = "id.check_digit");

    void set_normalized(std::string value) { result_.normalized = std::move(value); }
    IdentityCheck finish() { return std::move(result_); }

private:
    std::u32string chars_;
    IdentityCheck result_;
};

[[nodiscard]] bool is_ascii_digit(char32_t c);
[[nodiscard]] bool is_ascii_letter(char32_t c);
// 0..9 -> U'0'..U'9'
[[nodiscard]] char32_t digit_char(int digit);

}  // namespace pacta::domain::detail
