// CURP: Clave Única de Registro de Población (RENAPO), 18 characters.
#include <array>
#include <string_view>

#include "identity_common.h"
#include "pacta/domain/date.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

constexpr std::size_t curp_length = 18;

// Value of each character in the check-digit sum is its index here.
constexpr std::u32string_view check_alphabet = U"0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

constexpr std::array<std::string_view, 33> state_codes = {
    "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS",
    "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE",
};

bool is_consonant(char32_t c) {
    return (c >= U'A' && c <= U'Z' && std::u32string_view(U"AEIOU").find(c) == std::u32string_view::npos) ||
           c == U'Ñ';
}

}  // namespace

IdentityCheck validate_curp(std::string_view value) {
    detail::IdentityChecker check(IdentityKind::curp, value);
    if (check.empty()) return check.finish();
    if (check.size() != curp_length) {
        check.add("id.length")
            .with("expected", std::to_string(curp_length))
            .with("actual", std::to_string(check.size()));
        return check.finish();
    }
    const auto& c = check.chars();

    for (std::size_t i = 0; i < 4; ++i) check.expect_letter(i);
    bool date_digits = true;
    for (std::size_t i = 4; i < 10; ++i) date_digits = check.expect_digit(i) && date_digits;
    check.expect(10, c[10] == U'H' || c[10] == U'M', "curp.sex");
    const bool state_first = check.expect_letter(11);
    const bool state_letters = check.expect_letter(12) && state_first;
    for (std::size_t i = 13; i < 16; ++i) check.expect(i, is_consonant(c[i]), "curp.consonant");
    check.expect_alphanumeric(16);
    check.expect_digit(17);

    if (state_letters) {
        const std::string state = encode_utf8(c.substr(11, 2));
        bool known = false;
        for (auto code : state_codes) known = known || code == state;
        if (!known) check.add("curp.state").with("code", state).with("position", "12");
    }

    // The differentiator tells the century: a digit for births up to 1999, a letter from 2000.
    if (date_digits) {
        const int yy = check.digit(4) * 10 + check.digit(5);
        const int year = (detail::is_ascii_digit(c[16]) ? 1900 : 2000) + yy;
        const auto month = static_cast<unsigned>(check.digit(6) * 10 + check.digit(7));
        const auto day = static_cast<unsigned>(check.digit(8) * 10 + check.digit(9));
        if (!Date::from_ymd(year, month, day)) {
            check.add("curp.birth_date")
                .with("value", encode_utf8(c.substr(4, 6)))
                .with("position", "5");
        }
    }

    if (!check.has_errors_so_far()) {
        int sum = 0;
        for (std::size_t i = 0; i < curp_length - 1; ++i) {
            const auto v = static_cast<int>(check_alphabet.find(c[i]));
            sum += v * static_cast<int>(curp_length - i);
        }
        const int expected = (10 - sum % 10) % 10;
        check.check_digit_mismatch(detail::digit_char(expected), curp_length - 1);
    }
    return check.finish();
}

}  // namespace pacta::domain
