// Peru: DNI (RENIEC, 8 digits and an optional check character) and RUC (SUNAT, 11 digits).
#include <string_view>

#include "identity_common.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

constexpr std::size_t dni_digits = 8;
constexpr std::size_t ruc_length = 11;

int weighted_sum(const detail::IdentityChecker& check, const int* weights, std::size_t count) {
    int sum = 0;
    for (std::size_t i = 0; i < count; ++i) sum += check.digit(i) * weights[i];
    return sum;
}

}  // namespace

IdentityCheck validate_dni(std::string_view value) {
    // The check character is often written after a hyphen: "10117410-2".
    detail::IdentityChecker check(IdentityKind::dni, value, U"- ");
    if (check.empty()) return check.finish();
    if (check.size() != dni_digits && check.size() != dni_digits + 1) {
        check.add("dni.length").with("actual", std::to_string(check.size()));
        return check.finish();
    }
    for (std::size_t i = 0; i < dni_digits; ++i) check.expect_digit(i);
    if (check.size() == dni_digits || check.has_errors_so_far()) return check.finish();
    // Stored the way the card prints it: "10117410-2".
    check.set_normalized(encode_utf8(check.chars().substr(0, dni_digits)) + "-" +
                         encode_utf8(check.chars()[dni_digits]));

    static constexpr int weights[dni_digits] = {3, 2, 7, 6, 5, 4, 3, 2};
    static constexpr std::u32string_view digit_form = U"65432110987";
    static constexpr std::u32string_view letter_form = U"KJIHGFEDCBA";
    const auto c = static_cast<std::size_t>(weighted_sum(check, weights, dni_digits) % 11);
    const char32_t found = check.chars()[dni_digits];
    if (found != digit_form[c] && found != letter_form[c]) {
        check.add("dni.check_character")
            .with("position", std::to_string(dni_digits + 1))
            .with("expected_digit", encode_utf8(digit_form[c]))
            .with("expected_letter", encode_utf8(letter_form[c]))
            .with("found", encode_utf8(found));
    }
    return check.finish();
}

IdentityCheck validate_ruc(std::string_view value) {
    detail::IdentityChecker check(IdentityKind::ruc, value, U" ");
    if (check.empty()) return check.finish();
    if (check.size() != ruc_length) {
        check.add("id.length")
            .with("expected", std::to_string(ruc_length))
            .with("actual", std::to_string(check.size()));
        return check.finish();
    }
    for (std::size_t i = 0; i < ruc_length; ++i) check.expect_digit(i);
    if (check.has_errors_so_far()) return check.finish();

    const std::string prefix = encode_utf8(check.chars().substr(0, 2));
    if (prefix != "10" && prefix != "15" && prefix != "17" && prefix != "20") {
        check.add("ruc.prefix").with("prefix", prefix);
        return check.finish();
    }
    static constexpr int weights[ruc_length - 1] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    const int expected = (11 - weighted_sum(check, weights, ruc_length - 1) % 11) % 10;
    check.check_digit_mismatch(detail::digit_char(expected), ruc_length - 1);
    return check.finish();
}

}  // namespace pacta::domain
