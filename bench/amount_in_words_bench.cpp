// Amounts in words: Pacta's converter against ICU's rule-based spellout (the peer a
// developer would otherwise reach for), on the same pseudo-random amounts.
#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "pacta/domain/amount_in_words.h"

namespace {

std::vector<std::int64_t> sample_amounts(std::size_t count) {
    std::vector<std::int64_t> out;
    out.reserve(count);
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    for (std::size_t i = 0; i < count; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push_back(static_cast<std::int64_t>(state % 10'000'000'000ULL));  // up to $100,000,000
    }
    return out;
}

template <typename F>
double best_of_three_ns(std::size_t count, F&& body) {
    double best = 1e300;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        body();
        const auto end = std::chrono::steady_clock::now();
        const double ns = std::chrono::duration<double, std::nano>(end - start).count() / static_cast<double>(count);
        if (ns < best) best = ns;
    }
    return best;
}

}  // namespace

int main() {
    constexpr std::size_t count = 200'000;
    const auto amounts = sample_amounts(count);
    std::size_t sink = 0;

    const double pacta_ns = best_of_three_ns(count, [&] {
        for (auto minor : amounts) {
            sink += pacta::domain::amount_in_words(pacta::domain::Money(minor, pacta::domain::Currency::MXN)).size();
        }
    });

    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat icu_format(icu::URBNF_SPELLOUT, icu::Locale("es"), status);
    const icu::UnicodeString rule_set("%spellout-cardinal-masculine");
    const double icu_ns = best_of_three_ns(count, [&] {
        for (auto minor : amounts) {
            icu::UnicodeString out;
            icu::FieldPosition pos;
            icu_format.format(static_cast<int64_t>(minor / 100), rule_set, out, pos, status);
            sink += static_cast<std::size_t>(out.length());
        }
    });
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "ICU falló: %s\n", u_errorName(status));
        return 1;
    }

    std::printf("importe con letra (%zu importes, mejor de 3)\n", count);
    std::printf("  Pacta amount_in_words (importe completo, M.N.):  %8.0f ns/importe\n", pacta_ns);
    std::printf("  ICU RuleBasedNumberFormat (solo la parte entera): %8.0f ns/importe\n", icu_ns);
    std::printf("  razón ICU/Pacta: %.2f\n", icu_ns / pacta_ns);
    std::printf("  (suma de control %zu)\n", sink);
    return 0;
}
