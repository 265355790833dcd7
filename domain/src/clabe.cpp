// CLABE: Clave Bancaria Estandarizada, 18 digits (bank, city, account, check digit).
#include "identity_common.h"

namespace pacta::domain {

IdentityCheck validate_clabe(std::string_view value) {
    constexpr std::size_t clabe_length = 18;
    // Banks print CLABEs in groups ("002 010 07777777777 1"); the spaces carry no meaning.
    detail::IdentityChecker check(IdentityKind::clabe, value, U" -");
    if (check.empty()) return check.finish();
    if (check.size() != clabe_length) {
        check.add("id.length")
            .with("expected", std::to_string(clabe_length))
            .with("actual", std::to_string(check.size()));
        return check.finish();
    }
    for (std::size_t i = 0; i < clabe_length; ++i) check.expect_digit(i);
    if (check.has_errors_so_far()) return check.finish();

    static constexpr int weights[3] = {3, 7, 1};
    int sum = 0;
    for (std::size_t i = 0; i < clabe_length - 1; ++i) sum += (check.digit(i) * weights[i % 3]) % 10;
    const int expected = (10 - sum % 10) % 10;
    check.check_digit_mismatch(detail::digit_char(expected), clabe_length - 1);
    return check.finish();
}

}  // namespace pacta::domain
