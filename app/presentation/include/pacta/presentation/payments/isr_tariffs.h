#pragma once
// ISR tariffs kept in the database: a year's monthly table (the shape of the bundled
// isr-mensual-AAAA.csv) imported in Configuración is stored with the institution, so paying in
// a year Pacta shipped without works on every desk of the office. A stored table overrides the
// bundled one of the same year.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/institution.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/withholding.h"
#include "pacta/presentation/payments/payment_schedule.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// "isr_mensual_2027": the institution setting holding that year's table as CSV text.
[[nodiscard]] std::string isr_tariff_setting(int year);
// Adds the institution's stored tables to `rules` (over the bundled ones of the same year).
void add_stored_tariffs(domain::WithholdingRules& rules, const domain::Institution& institution);
// The installed rule data and, when given, the institution's stored tables.
[[nodiscard]] RuleData load_rule_data_for(const domain::Institution* institution, domain::Currency currency);

// The years a schedule pays in that have no ISR table (only fees treated as wages withhold ISR):
// paying in them would be refused, so drafting warns.
[[nodiscard]] std::vector<int> years_without_tariff(const std::vector<domain::Instalment>& schedule,
                                                    domain::Regime regime, const domain::Institution* institution);

// Configuración › Tablas de ISR: the years with a table and where each comes from; a file
// read, checked and previewed before it is kept.
class IsrTariffsViewModel {
public:
    IsrTariffsViewModel(const Session& session, domain::InstitutionRepository& institutions, std::string institution_code);

    struct Year {
        int year = 0;
        bool stored = false;  // imported in Configuración (else bundled with Pacta)
    };
    [[nodiscard]] std::vector<Year> years() const;
    [[nodiscard]] std::vector<std::string> year_lines() const;  // "2027 · importada en Configuración"

    // Reads `csv` as the table of `year` (the year from a name like isr-mensual-2027.csv when 0).
    // False with error() naming the line when its shape is wrong.
    bool read(const std::string& csv, const std::string& file_name, int year = 0);
    [[nodiscard]] const std::vector<std::string>& preview() const { return preview_; }
    [[nodiscard]] int year_read() const { return year_; }
    // Keeps the table read with the institution (administradores); false with error().
    bool save();
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] bool editable() const;

private:
    const Session& session_;
    domain::InstitutionRepository& institutions_;
    std::string code_;
    std::string csv_;
    int year_ = 0;
    std::vector<std::string> preview_;
    std::string error_;
};

}  // namespace pacta::presentation
