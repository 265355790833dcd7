// RFC: Registro Federal de Contribuyentes (SAT). 13 characters for persons, 12 for companies.
#include <string_view>

#include "identity_common.h"
#include "pacta/domain/date.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

constexpr std::u32string_view check_alphabet = U"0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

// Generic RFCs SAT publishes for the general public and for foreigners.
constexpr std::u32string_view generic_rfcs[] = {U"XAXX010101000", U"XEXX010101000"};

bool valid_in_some_century(int yy, unsigned month, unsigned day) {
    return Date::from_ymd(1900 + yy, month, day).has_value() ||
           Date::from_ymd(2000 + yy, month, day).has_value();
}

}  // namespace

IdentityCheck validate_rfc(std::string_view value) {
    detail::IdentityChecker check(IdentityKind::rfc, value);
    if (check.empty()) return check.finish();
    const auto& c = check.chars();
    for (auto generic : generic_rfcs) {
        if (c == generic) {
            check.add("rfc.generic", Severity::warning);
            return check.finish();
        }
    }
    if (check.size() != 12 && check.size() != 13) {
        check.add("rfc.length").with("actual", std::to_string(check.size()));
        return check.finish();
    }

    const std::size_t letters = check.size() - 9;  // 3 for companies, 4 for persons
    for (std::size_t i = 0; i < letters; ++i) check.expect_letter(i, U"&Ñ");
    bool date_digits = true;
    for (std::size_t i = letters; i < letters + 6; ++i) date_digits = check.expect_digit(i) && date_digits;
    check.expect_alphanumeric(letters + 6);
    check.expect_alphanumeric(letters + 7);
    const std::size_t last = check.size() - 1;
    check.expect(last, detail::is_ascii_digit(c[last]) || c[last] == U'A', "rfc.check_character");

    if (date_digits) {
        const int yy = check.digit(letters) * 10 + check.digit(letters + 1);
        const auto month = static_cast<unsigned>(check.digit(letters + 2) * 10 + check.digit(letters + 3));
        const auto day = static_cast<unsigned>(check.digit(letters + 4) * 10 + check.digit(letters + 5));
        if (!valid_in_some_century(yy, month, day)) {
            check.add("rfc.date")
                .with("value", encode_utf8(c.substr(letters, 6)))
                .with("position", std::to_string(letters + 1));
        }
    }

    if (!check.has_errors_so_far()) {
        // Companies' RFCs are padded with a leading space to the persons' length.
        std::u32string padded = check.size() == 12 ? U" " + c : c;
        int sum = 0;
        for (std::size_t i = 0; i < 12; ++i) {
            const auto v = static_cast<int>(check_alphabet.find(padded[i]));
            sum += v * static_cast<int>(13 - i);
        }
        const int r = sum % 11;
        const int digit = r == 0 ? 0 : 11 - r;
        const char32_t expected = digit == 10 ? U'A' : detail::digit_char(digit);
        check.check_digit_mismatch(expected, last, Severity::warning, "rfc.check_digit");
    }
    return check.finish();
}

}  // namespace pacta::domain
