#pragma once
// Income tax withheld from each payment, per regime (domain-es.md §5). Tariffs are data,
// versioned by year (domain/datos/isr-mensual-AAAA.csv); a year without a table is an error,
// never a silent fallback to another year.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/money.h"
#include "pacta/domain/staff.h"

namespace pacta::domain {

struct TariffBracket {
    std::int64_t lower = 0;        // centavos
    std::int64_t fixed = 0;        // centavos
    std::int64_t rate_bp = 0;      // basis points (17.92 % -> 1792)
};

struct MonthlyTariff {
    int year = 0;
    std::vector<TariffBracket> brackets;  // ascending by lower limit
};

// Reads "limite_inferior,limite_superior,cuota_fija,porcentaje" lines ("#" starts a comment).
// Throws RuleError naming the line when a line cannot be read.
[[nodiscard]] MonthlyTariff parse_monthly_tariff(int year, std::string_view csv);

struct Withholding {
    Money gross{0, Currency::MXN};
    Money withheld{0, Currency::MXN};
    Money net{0, Currency::MXN};
};

class WithholdingRules {
public:
    void add_tariff(MonthlyTariff tariff) { tariffs_[tariff.year] = std::move(tariff); }
    [[nodiscard]] bool has_tariff(int year) const { return tariffs_.contains(year); }
    [[nodiscard]] const MonthlyTariff* tariff(int year) const {
        const auto it = tariffs_.find(year);
        return it == tariffs_.end() ? nullptr : &it->second;
    }
    // Mexico, asimilados: ISR with the tariff of the payment's year (RuleError
    // "withholding.no_tariff" naming the year when it is missing). Peru, locación: 8 % above
    // S/ 1,500.00 unless suspended that year. CAS and planilla: nothing withheld here.
    [[nodiscard]] Withholding compute(Money gross, Regime regime, Date payment, bool suspension_certificate) const;

private:
    std::map<int, MonthlyTariff> tariffs_;
};

}  // namespace pacta::domain
