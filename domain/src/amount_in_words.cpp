#include "pacta/domain/amount_in_words.h"

#include "pacta/domain/cardinal_words.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

std::string two_digit_cents(int cents) {
    std::string out(2, '0');
    out[0] = static_cast<char>('0' + cents / 10);
    out[1] = static_cast<char>('0' + cents % 10);
    return out;
}

// "pesos"-style currencies: the noun follows the number, so a trailing one shortens
// ("veintiún pesos") and whole millions take "de" ("un millón de pesos").
std::string noun_after_number(std::uint64_t whole, std::string_view singular,
                              std::string_view plural) {
    std::string out = cardinal_words(whole, FinalOne::apocopated);
    if (ends_in_whole_millions(whole)) out += " de";
    out.push_back(' ');
    out.append(whole == 1 ? singular : plural);
    return out;
}

}  // namespace

std::string amount_in_words(Money amount, TextCase text_case) {
    if (amount.minor_units() < 0 || amount.minor_units() > Money::max_minor_units) {
        throw RuleError(Finding("money.words_out_of_range", Severity::error, "importe")
                            .with("value", format_money(amount))
                            .with("maximum", format_money(Money(Money::max_minor_units,
                                                                amount.currency()))));
    }
    const auto whole = static_cast<std::uint64_t>(amount.whole_units());
    const std::string cents = two_digit_cents(amount.cents());

    // Built in lower case; the currency markers ("M.N.", "USD") stay upper in both cases.
    std::string words;
    std::string tail;
    switch (amount.currency()) {
        case Currency::MXN:
            words = noun_after_number(whole, "peso", "pesos") + " " + cents + "/100";
            tail = " M.N.";
            break;
        case Currency::USD:
            words = noun_after_number(whole, "dólar", "dólares") + " " + cents + "/100";
            tail = " USD";
            break;
        case Currency::PEN:
            // SUNAT style: the number stands alone before "con", so its last one is full.
            words = cardinal_words(whole, FinalOne::full) + " con " + cents + "/100 soles";
            break;
    }
    const std::string cased =
        text_case == TextCase::upper ? to_upper_es(words) : capitalize_first(words);
    return cased + tail;
}

std::string amount_with_words(Money amount) {
    return format_money(amount) + " (" + amount_in_words(amount) + ")";
}

}  // namespace pacta::domain
