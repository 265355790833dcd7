#include "pacta/domain/cardinal_words.h"

#include <array>
#include <string_view>

#include "pacta/domain/finding.h"

namespace pacta::domain {

namespace {

constexpr std::uint64_t largest = 999'999'999'999;

// 0..29 are single words; index 1 and 21 have an apocopated variant handled below.
constexpr std::array<std::string_view, 30> below_thirty = {
    "cero",       "uno",        "dos",        "tres",       "cuatro",     "cinco",
    "seis",       "siete",      "ocho",       "nueve",      "diez",       "once",
    "doce",       "trece",      "catorce",    "quince",     "dieciséis",  "diecisiete",
    "dieciocho",  "diecinueve", "veinte",     "veintiuno",  "veintidós",  "veintitrés",
    "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
};

constexpr std::array<std::string_view, 10> tens = {
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
};

constexpr std::array<std::string_view, 10> hundreds = {
    "",           "ciento",       "doscientos", "trescientos", "cuatrocientos",
    "quinientos", "seiscientos",  "setecientos", "ochocientos", "novecientos",
};

void append_word(std::string& out, std::string_view word) {
    if (!out.empty()) out.push_back(' ');
    out.append(word);
}

// 1..99
void append_below_hundred(std::string& out, unsigned n, FinalOne final_one) {
    const bool short_one = final_one == FinalOne::apocopated;
    if (n == 1) {
        append_word(out, short_one ? "un" : "uno");
    } else if (n == 21) {
        append_word(out, short_one ? "veintiún" : "veintiuno");
    } else if (n < 30) {
        append_word(out, below_thirty[n]);
    } else {
        append_word(out, tens[n / 10]);
        if (n % 10 != 0) {
            append_word(out, "y");
            append_below_hundred(out, n % 10, final_one);
        }
    }
}

// 1..999
void append_below_thousand(std::string& out, unsigned n, FinalOne final_one) {
    if (n == 100) {
        append_word(out, "cien");
        return;
    }
    if (n >= 100) append_word(out, hundreds[n / 100]);
    if (n % 100 != 0) append_below_hundred(out, n % 100, final_one);
}

// 1..999,999 ("mil", never "un mil").
void append_below_million(std::string& out, unsigned n, FinalOne final_one) {
    const unsigned thousands = n / 1000;
    const unsigned rest = n % 1000;
    if (thousands == 1) {
        append_word(out, "mil");
    } else if (thousands > 1) {
        append_below_thousand(out, thousands, FinalOne::apocopated);
        append_word(out, "mil");
    }
    if (rest != 0) append_below_thousand(out, rest, final_one);
}

}  // namespace

std::string cardinal_words(std::uint64_t n, FinalOne final_one) {
    if (n > largest) {
        throw RuleError(Finding("number.out_of_range", Severity::error, "numero")
                            .with("value", std::to_string(n))
                            .with("maximum", std::to_string(largest)));
    }
    if (n == 0) return "cero";

    std::string out;
    out.reserve(160);  // room for the longest number in words, about 130 bytes
    const auto millions = static_cast<unsigned>(n / 1'000'000);
    const auto rest = static_cast<unsigned>(n % 1'000'000);
    if (millions == 1) {
        append_word(out, "un millón");
    } else if (millions > 1) {
        append_below_million(out, millions, FinalOne::apocopated);
        append_word(out, "millones");
    }
    if (rest != 0) append_below_million(out, rest, final_one);
    return out;
}

bool ends_in_whole_millions(std::uint64_t n) { return n >= 1'000'000 && n % 1'000'000 == 0; }

}  // namespace pacta::domain
