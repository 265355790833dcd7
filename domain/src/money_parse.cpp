// Lenient parsing of amounts typed by people or copied from documents.
#include <algorithm>
#include <cstdint>

#include "pacta/domain/money.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x202F; }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_separator(char32_t c) { return c == U',' || c == U'.'; }

struct Prefix {
    std::u32string_view text;
    std::optional<Currency> implies;  // nullopt: "$", which fits MXN and USD
};

// Longest first, so "S/." wins over "S/" and "US$" over "$".
constexpr Prefix known_prefixes[] = {
    {U"US$", Currency::USD}, {U"S/.", Currency::PEN}, {U"S/", Currency::PEN},
    {U"MXN", Currency::MXN}, {U"PEN", Currency::PEN}, {U"USD", Currency::USD},
    {U"$", std::nullopt},
};

constexpr Prefix known_suffixes[] = {
    {U"M.N.", Currency::MXN}, {U"MXN", Currency::MXN}, {U"PEN", Currency::PEN},
    {U"USD", Currency::USD},  {U"SOLES", Currency::PEN},
};

bool starts_with_ci(std::u32string_view text, std::u32string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (to_upper_es(text[i]) != prefix[i]) return false;
    }
    return true;
}

class Parser {
public:
    Parser(std::string_view text, Currency currency, std::string_view field)
        : text_(decode_utf8(text)), currency_(currency), field_(field) {}

    MoneyParse run() {
        std::size_t begin = 0;
        std::size_t end = text_.size();
        while (begin < end && is_space(text_[begin])) ++begin;
        while (end > begin && is_space(text_[end - 1])) --end;
        if (begin == end) return fail(Finding("money.empty", Severity::error, field_));

        for (std::size_t i = begin; i < end; ++i) {
            if (text_[i] == U'-' || text_[i] == 0x2212 || text_[i] == U'(') {
                return fail(at("money.negative", i));
            }
        }
        if (!strip_currency(begin, end, known_prefixes, true)) return result_;
        if (!strip_currency(begin, end, known_suffixes, false)) return result_;
        if (begin == end) return fail(Finding("money.empty", Severity::error, field_));
        return parse_figure(begin, end);
    }

private:
    Finding at(std::string code, std::size_t index) const {
        Finding f(std::move(code), Severity::error, field_);
        f.with("column", std::to_string(index + 1));
        if (index < text_.size()) f.with("character", encode_utf8(text_[index]));
        return f;
    }

    MoneyParse fail(Finding finding) {
        result_.value.reset();
        result_.findings.push_back(std::move(finding));
        return result_;
    }

    // Removes a currency symbol or code at the start (or end) and checks that it names
    // the expected currency. Returns false after recording a mismatch.
    template <std::size_t N>
    bool strip_currency(std::size_t& begin, std::size_t& end, const Prefix (&table)[N],
                        bool at_start) {
        const std::u32string_view span(text_.data() + begin, end - begin);
        for (const Prefix& p : table) {
            const bool found = at_start
                                   ? starts_with_ci(span, p.text)
                                   : span.size() >= p.text.size() &&
                                         starts_with_ci(span.substr(span.size() - p.text.size()),
                                                        p.text);
            if (!found) continue;
            // "$" is the peso's and the dollar's symbol, never the sol's.
            if ((p.implies && *p.implies != currency_) ||
                (!p.implies && currency_ == Currency::PEN)) {
                const std::size_t where = at_start ? begin : end - p.text.size();
                Finding f = at("money.currency_mismatch_symbol", where);
                f.with("symbol", encode_utf8(p.text))
                    .with("expected", std::string(currency_code(currency_)));
                fail(std::move(f));
                return false;
            }
            if (at_start) {
                begin += p.text.size();
                while (begin < end && is_space(text_[begin])) ++begin;
            } else {
                end -= p.text.size();
                while (end > begin && is_space(text_[end - 1])) --end;
            }
            return true;
        }
        return true;
    }

    // Thousands groups: the first of 1 to 3 digits, the rest of exactly 3.
    // Returns the index of the first misplaced separator, or npos when they are right.
    std::size_t check_grouping(std::size_t begin, std::size_t end, char32_t sep) const {
        std::size_t group = 0;
        bool first = true;
        for (std::size_t i = begin; i < end; ++i) {
            if (text_[i] == sep) {
                if ((first && (group == 0 || group > 3)) || (!first && group != 3)) return i;
                first = false;
                group = 0;
            } else {
                ++group;
            }
        }
        if (!first && group != 3) return end - 1;
        return std::u32string::npos;
    }

    MoneyParse parse_figure(std::size_t begin, std::size_t end) {
        std::vector<std::size_t> commas;
        std::vector<std::size_t> points;
        for (std::size_t i = begin; i < end; ++i) {
            const char32_t c = text_[i];
            if (c == U',') {
                commas.push_back(i);
            } else if (c == U'.') {
                points.push_back(i);
            } else if (!is_digit(c)) {
                return fail(at("money.invalid_character", i));
            }
        }
        if (is_separator(text_[begin])) return fail(at("money.invalid_character", begin));

        // Decide which separator (if any) marks the decimals.
        std::size_t decimal_at = std::u32string::npos;
        char32_t grouping = 0;
        if (!commas.empty() && !points.empty()) {
            const bool point_last = points.back() > commas.back();
            const auto& decimals = point_last ? points : commas;
            if (decimals.size() > 1) return fail(at("money.ambiguous", decimals.front()));
            decimal_at = decimals.back();
            grouping = point_last ? U',' : U'.';
        } else if (!commas.empty() || !points.empty()) {
            const char32_t sep = commas.empty() ? U'.' : U',';
            const auto& seps = commas.empty() ? points : commas;
            const std::size_t digits_after = end - seps.back() - 1;
            const std::size_t digits_before = seps.front() - begin;
            if (seps.size() == 1 && digits_after <= 2) {
                decimal_at = seps.back();
            } else if (seps.size() == 1 && digits_after == 3 && digits_before <= 3 && sep == U'.') {
                // "1.500" reads as 1.5 or as 1500 depending on the country.
                return fail(at("money.ambiguous", seps.back()));
            } else if (seps.size() == 1 && (digits_after > 3 || digits_before > 3)) {
                // Too many figures after it to be thousands ("1,2345"), or before it ("68858.301").
                return fail(at("money.too_precise", seps.back() + 3));
            } else {
                grouping = sep;
            }
        }

        const std::size_t int_end = decimal_at == std::u32string::npos ? end : decimal_at;
        if (grouping != 0) {
            const std::size_t bad = check_grouping(begin, int_end, grouping);
            if (bad != std::u32string::npos) return fail(at("money.grouping", bad));
        }

        std::int64_t whole = 0;
        std::size_t significant = 0;
        for (std::size_t i = begin; i < int_end; ++i) {
            if (!is_digit(text_[i])) continue;
            if (significant > 0 || text_[i] != U'0') ++significant;
            if (significant > 12) return fail(too_large());
            whole = whole * 10 + static_cast<std::int64_t>(text_[i] - U'0');
        }

        std::int64_t cents = 0;
        if (decimal_at != std::u32string::npos) {
            const std::size_t decimals = end - decimal_at - 1;
            if (decimals > 2) return fail(at("money.too_precise", decimal_at + 3));
            for (std::size_t i = decimal_at + 1; i < end; ++i) {
                cents = cents * 10 + static_cast<std::int64_t>(text_[i] - U'0');
            }
            if (decimals == 1) cents *= 10;
        }

        result_.value = Money(whole * 100 + cents, currency_);
        return result_;
    }

    Finding too_large() const {
        Finding f("money.too_large", Severity::error, field_);
        f.with("maximum", format_money(Money(Money::max_minor_units, currency_)));
        return f;
    }

    std::u32string text_;
    Currency currency_;
    std::string field_;
    MoneyParse result_;
};

}  // namespace

MoneyParse parse_money(std::string_view text, Currency currency, std::string_view field) {
    return Parser(text, currency, field).run();
}

}  // namespace pacta::domain
