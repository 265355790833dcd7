// The contract checker's amounts: each figure against its words, instalments against the total.
#include <algorithm>
#include <regex>
#include <sstream>

#include "contract_text.h"
#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/number_words.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain::detail {

namespace {

std::optional<std::int64_t> minor_units_of(const std::string& digits, const std::string& cents) {
    std::string whole;
    for (char c : digits) {
        if (c != ',') whole.push_back(c);
    }
    if (whole.empty() || whole.size() > 15) return std::nullopt;
    return std::stoll(whole) * 100 + (cents.empty() ? 0 : std::stoll(cents));
}

}  // namespace

std::vector<FoundAmount> amounts_in(const Text& t) {
    static const std::regex pattern(R"((US\$|\$|S/\.?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?:\s*\(([^)]{0,300})\))?)");
    std::vector<FoundAmount> out;
    for (auto it = std::sregex_iterator(t.flat.begin(), t.flat.end(), pattern); it != std::sregex_iterator(); ++it) {
        const auto minor = minor_units_of((*it)[2], (*it)[3]);
        if (!minor) continue;
        FoundAmount a;
        a.begin = static_cast<std::size_t>(it->position());
        a.end = a.begin + static_cast<std::size_t>(it->length());
        const std::string symbol = (*it)[1];
        Currency currency = symbol.rfind("S/", 0) == 0 ? Currency::PEN : symbol == "US$" ? Currency::USD : Currency::MXN;
        a.figure = std::string((*it)[1]) + (*it)[2].str() + ((*it)[3].matched ? "." + (*it)[3].str() : "");
        if ((*it)[4].matched && (*it)[4].str().find("/100") != std::string::npos) {
            a.words = (*it)[4].str();
            a.words_begin = static_cast<std::size_t>(it->position(4));
            a.words_end = a.words_begin + static_cast<std::size_t>(it->length(4));
            const std::string folded = fold_spanish(*a.words);
            if (currency == Currency::MXN && folded.find("dolar") != std::string::npos) currency = Currency::USD;
        }
        a.money = Money(*minor, currency);
        out.push_back(std::move(a));
    }
    return out;
}

std::string comparable(std::string_view text) {
    std::string folded = fold_spanish(text);
    std::string out;
    for (char c : folded) {
        if (c == '.' || c == ',') continue;
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

namespace {

std::vector<std::string> split_words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

std::optional<Currency> currency_named(const std::string& folded_words) {
    if (folded_words.find("peso") != std::string::npos) return Currency::MXN;
    if (folded_words.find("sol") != std::string::npos) return Currency::PEN;
    if (folded_words.find("dolar") != std::string::npos) return Currency::USD;
    return std::nullopt;
}

// What the words say in minor units: the number words before the currency, and NN/100.
std::optional<std::int64_t> value_of_words(const std::string& words, std::string& unknown) {
    static const std::regex cents_pattern(R"((\d{1,2})\s*/\s*100)");
    std::smatch cents;
    const std::string folded = fold_spanish(words);
    if (!std::regex_search(folded, cents, cents_pattern)) return std::nullopt;
    std::string number_part = folded.substr(0, static_cast<std::size_t>(cents.position()));
    for (const char* stop : {" pesos", " peso", " soles", " sol", " dolares", " dolar", " con"}) {
        const auto at_stop = number_part.find(stop);
        if (at_stop != std::string::npos) number_part.erase(at_stop);
    }
    const auto whole = parse_cardinal_words(number_part, &unknown);
    if (!whole) return std::nullopt;
    return static_cast<std::int64_t>(*whole) * 100 + std::stoll(cents[1]);
}

}  // namespace

void check_amounts(const Text& t, const std::vector<FoundAmount>& amounts, Findings& out) {
    for (const auto& a : amounts) {
        if (!a.words) continue;
        const std::string expected = amount_in_words(a.money, TextCase::sentence);
        if (t.is_redacted(a.begin, a.end)) {
            out.push_back(at(t, a.begin, "check.amount_hidden", Severity::unverifiable).with("found", a.figure));
            continue;
        }
        const std::string folded = fold_spanish(*a.words);
        if (const auto named = currency_named(folded); named && *named != a.money.currency()) {
            out.push_back(at(t, a.begin, "check.amount_currency", Severity::error)
                              .with("figure", a.figure)
                              .with("found", *a.words)
                              .with("expected", expected));
            continue;
        }
        if (comparable(*a.words) == comparable(expected)) continue;
        std::string unknown;
        const auto value = value_of_words(*a.words, unknown);
        if (value && *value == a.money.minor_units()) {
            out.push_back(at(t, a.begin, "check.amount_words_form", Severity::warning)
                              .with("figure", a.figure)
                              .with("found", *a.words)
                              .with("expected", expected));
            continue;
        }
        // Point at the first word that differs from the expected wording.
        const auto found_words = split_words(comparable(*a.words));
        const auto expected_words = split_words(comparable(expected));
        const auto original_words = split_words(*a.words);
        const auto correct_words = split_words(expected);
        std::size_t i = 0;
        while (i < found_words.size() && i < expected_words.size() && found_words[i] == expected_words[i]) ++i;
        Finding f = at(t, a.begin, "check.amount_words", Severity::error);
        f.with("figure", a.figure).with("found", *a.words).with("expected", expected);
        f.with("word", i < original_words.size() ? original_words[i] : std::string());
        f.with("correct", i < correct_words.size() ? correct_words[i] : std::string());
        f.with("says", value ? format_money(Money(*value, a.money.currency())) : std::string());
        out.push_back(std::move(f));
    }
}

// "en 5 exhibiciones, cada una por la cantidad de $13,771.66": count × amount = total.
void check_instalments(const Text& t, const std::vector<FoundAmount>& amounts, const CheckContext& context,
                       Findings& out) {
    static const std::regex pattern(R"(en\s+(\d+|[a-zñ]+)\s+(exhibiciones|armadas|cuotas|pagos|mensualidades|partes))");
    for (auto it = std::sregex_iterator(t.lower.begin(), t.lower.end(), pattern); it != std::sregex_iterator(); ++it) {
        const auto where = static_cast<std::size_t>(it->position());
        const std::string count_text = (*it)[1];
        std::optional<std::uint64_t> count;
        if (std::isdigit(static_cast<unsigned char>(count_text[0]))) {
            count = std::stoull(count_text);
        } else {
            count = parse_cardinal_words(count_text);
        }
        if (!count || *count == 0 || *count > 1000) continue;
        const FoundAmount* total = nullptr;
        const FoundAmount* each = nullptr;
        for (const auto& a : amounts) {
            if (a.end <= where && where - a.end < 400) total = &a;
            if (each == nullptr && a.begin > where && a.begin - where < 250 &&
                t.lower.substr(where, a.begin - where).find("cada una") != std::string::npos) {
                each = &a;
            }
        }
        if (total != nullptr && each == nullptr) {
            // "en 3 armadas: la primera de S/ 3,333.33, la segunda de ..." : the listed ones add up.
            static const std::regex sentence_end(R"(\.\s+[A-ZÁÉÍÓÚ])");
            std::smatch end_match;
            const std::string rest = t.flat.substr(where);
            const std::size_t end = std::regex_search(rest, end_match, sentence_end)
                                        ? where + static_cast<std::size_t>(end_match.position())
                                        : t.flat.size();
            std::vector<const FoundAmount*> listed;
            for (const auto& a : amounts) {
                if (a.begin > where && a.begin < end) listed.push_back(&a);
            }
            if (listed.size() != *count || t.is_redacted(total->begin, end)) continue;
            std::int64_t sum = 0;
            std::string found;
            for (const auto* a : listed) {
                sum += a->money.minor_units();
                found += (found.empty() ? "" : " + ") + format_money(a->money);
            }
            if (sum != total->money.minor_units()) {
                out.push_back(at(t, where, "check.instalments_sum", Severity::error)
                                  .with("found", found + " = " + format_money(Money(sum, total->money.currency())))
                                  .with("expected", format_money(total->money)));
            }
            return;
        }
        if (total == nullptr || each == nullptr) continue;
        if (t.is_redacted(total->begin, each->end)) continue;
        const std::int64_t n = static_cast<std::int64_t>(*count);
        const std::int64_t product = each->money.minor_units() * n;
        const std::int64_t difference = total->money.minor_units() - product;
        const std::string product_text = std::to_string(n) + " × " + format_money(each->money) + " = " +
                                         format_money(Money(product, each->money.currency()));
        if (difference == 0) {
            // agrees
        } else if (difference > 0 && difference < n) {
            out.push_back(at(t, where, "check.instalments_remainder", Severity::warning)
                              .with("found", product_text)
                              .with("expected", format_money(total->money))
                              .with("difference", format_money(Money(difference, total->money.currency()))));
        } else {
            out.push_back(at(t, where, "check.instalments_total", Severity::error)
                              .with("found", product_text)
                              .with("expected", format_money(total->money)));
        }
        if (context.schedule_total_minor && *context.schedule_total_minor != total->money.minor_units()) {
            out.push_back(at(t, where, "check.schedule_total", Severity::error)
                              .with("found", format_money(Money(*context.schedule_total_minor, total->money.currency())))
                              .with("expected", format_money(total->money)));
        }
        return;  // the fee clause states it once
    }
}

}  // namespace pacta::domain::detail
