#pragma once
// The payment schedule screen and `pacta-cli calendario`: a contract's instalments with the
// withholding estimated for each one, as rows ready to print, show or export.

#include <filesystem>
#include <string>
#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/generate.h"
#include "pacta/document/template.h"
#include "pacta/domain/schedule.h"
#include "pacta/domain/staff.h"
#include "pacta/domain/withholding.h"
#include "pacta/presentation/common/table_export.h"

namespace pacta::presentation {

// Tariffs and holiday calendars, read from the shipped data directory and then from the
// administrator's copy (user data dir), whose files take precedence file by file.
struct RuleData {
    domain::WithholdingRules withholding;
    domain::BusinessCalendar calendar;
};

// `country` is "MX" or "PE" (holidays). Throws RuleError naming a file that cannot be read.
[[nodiscard]] RuleData load_rule_data(const std::vector<std::filesystem::path>& directories,
                                      const std::string& country);

// The installed data (share/pacta/datos) overridden by the administrator's
// ($XDG_DATA_HOME/pacta/datos), for the country of `currency` (PEN: Peru, else Mexico).
[[nodiscard]] RuleData load_installed_rule_data(domain::Currency currency);

// The regime a schedule assumes when none is given: asimilados in pesos, locación in soles.
[[nodiscard]] domain::Regime default_regime(domain::Currency currency);

// Spanish label of a regime for headings ("honorarios asimilados a salarios").
[[nodiscard]] std::string regime_label(domain::Regime regime);

struct ScheduleRequest {
    domain::Money total{0, domain::Currency::MXN};
    int count = 1;
    domain::Date start = *domain::Date::from_ymd(2000, 1, 1);
    domain::Date end = *domain::Date::from_ymd(2000, 1, 1);
    domain::ScheduleRule rule = domain::ScheduleRule::equal;
    domain::DueRule due;
    domain::Regime regime = domain::Regime::honorarios;
    bool suspension_certificate = false;  // Peru: no 4th-category retention that year
};

struct ScheduleRow {
    std::string number;  // "1".."N", or "TOTAL"
    std::string period;  // "2024-02-01 a 2024-02-29"
    std::string due;
    domain::Money amount{0, domain::Currency::MXN};
    domain::Money withheld{0, domain::Currency::MXN};
    domain::Money net{0, domain::Currency::MXN};
    std::string words;   // the amount in words, as contracts write it
};

struct ScheduleView {
    domain::Regime regime = domain::Regime::honorarios;
    std::vector<domain::Instalment> instalments;
    std::vector<ScheduleRow> rows;  // one per instalment, then the TOTAL row
};

// The withholding is an estimate with the tables of each due date's year (fixed when paid).
// Throws RuleError for an impossible schedule or a year without a tariff.
[[nodiscard]] ScheduleView build_schedule_view(const ScheduleRequest& request, const RuleData& data);

[[nodiscard]] Table schedule_table(const ScheduleView& view);

// A schedule entered by hand: a CSV with columns inicio, fin, importe and optionally vence
// (the end of the period when empty), one instalment per row. Cells that cannot be read are
// findings naming the file, row and column; then the schedule is checked against the total
// and the term (check_schedule), instalment by instalment.
struct ManualSchedule {
    std::vector<domain::Instalment> instalments;
    domain::Findings findings;
};
[[nodiscard]] ManualSchedule read_manual_schedule(std::string_view bytes, const std::string& file_name,
                                                  const ScheduleRequest& request);

// The view of a schedule already built (by hand), with the withholding estimated as above.
[[nodiscard]] ScheduleView schedule_view_of(const ScheduleRequest& request, std::vector<domain::Instalment> instalments,
                                            const RuleData& data);

// The schedule of a contract generated from `tmpl` (document::template_schedule): the one its
// text prints. Empty when the template has no instalments. Throws RuleError as build_schedule.
[[nodiscard]] std::vector<domain::Instalment> contract_schedule(const document::Template& tmpl,
                                                                const document::DataValue& data,
                                                                const domain::BusinessCalendar& calendar);

// document::generate with the installed holidays when the template's due rule counts business
// days, so that the due dates its text prints are those stored.
[[nodiscard]] document::Generation generate_with_rules(const document::Template& tmpl, const document::DataValue& data);

}  // namespace pacta::presentation
