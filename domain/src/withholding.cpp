#include "pacta/domain/withholding.h"

#include <algorithm>

namespace pacta::domain {

namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= line.size()) {
        const auto at = std::min(line.find(sep, start), line.size());
        out.push_back(line.substr(start, at - start));
        start = at + 1;
    }
    return out;
}

// Rounds half away from zero: amount × basis points / 10,000.
std::int64_t apply_rate(std::int64_t minor, std::int64_t bp) { return (minor * bp + 5'000) / 10'000; }

}  // namespace

MonthlyTariff parse_monthly_tariff(int year, std::string_view csv) {
    MonthlyTariff t;
    t.year = year;
    std::size_t line_no = 0;
    for (const auto raw : split(csv, '\n')) {
        ++line_no;
        std::string_view line = raw;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const auto cells = split(line, ',');
        auto money = [&](std::string_view cell) -> std::optional<std::int64_t> {
            auto parsed = parse_money(cell, Currency::MXN);
            if (!parsed.value) return std::nullopt;
            return parsed.value->minor_units();
        };
        const auto lower = cells.size() == 4 ? money(cells[0]) : std::nullopt;
        const auto fixed = cells.size() == 4 ? money(cells[2]) : std::nullopt;
        const auto rate = cells.size() == 4 ? money(cells[3]) : std::nullopt;  // 17.92 -> 1792
        if (!lower || !fixed || !rate) {
            throw RuleError(Finding("withholding.bad_tariff", Severity::error, "tarifa")
                                .with("year", std::to_string(year))
                                .with("line", std::to_string(line_no)));
        }
        t.brackets.push_back({*lower, *fixed, *rate});
    }
    std::sort(t.brackets.begin(), t.brackets.end(), [](const auto& a, const auto& b) { return a.lower < b.lower; });
    return t;
}

Withholding WithholdingRules::compute(Money gross, Regime regime, Date payment, bool suspension_certificate) const {
    Withholding w{gross, Money(0, gross.currency()), gross};
    std::int64_t withheld = 0;
    if (regime == Regime::honorarios) {
        const auto it = tariffs_.find(payment.year());
        if (it == tariffs_.end() || it->second.brackets.empty()) {
            throw RuleError(Finding("withholding.no_tariff", Severity::error, "tarifa")
                                .with("year", std::to_string(payment.year())));
        }
        const TariffBracket* bracket = nullptr;
        for (const auto& b : it->second.brackets) {
            if (gross.minor_units() >= b.lower) bracket = &b;
        }
        if (bracket != nullptr) withheld = bracket->fixed + apply_rate(gross.minor_units() - bracket->lower, bracket->rate_bp);
    } else if (regime == Regime::locacion) {
        // 8 % when a single receipt exceeds S/ 1,500.00, unless retentions are suspended.
        if (!suspension_certificate && gross.minor_units() > 150'000) withheld = apply_rate(gross.minor_units(), 800);
    }
    w.withheld = Money(withheld, gross.currency());
    w.net = Money(gross.minor_units() - withheld, gross.currency());
    return w;
}

}  // namespace pacta::domain
