#pragma once
// Storage port: the sums reports are made of. Each report reads grouped figures from one
// query and, to reconcile them, its grand total from a second query written another way
// (straight from the records, no grouping); a report never shows a total the two disagree on.
// Every figure is limited to the query's institutions (every one the account covers when
// empty); on the office server the database limits them again by the session's scope.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/date.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/money.h"
#include "pacta/domain/staff.h"

namespace pacta::domain {

// Staff counted in each year of a range. A person counts in a year when their record is
// active and either their regime is planilla or they have a contract in force on the cut day
// of that year (31 December unless chosen): signed, started by that day and not ended before
// (its end date, or the day it ended early).
struct HeadcountQuery {
    std::vector<std::string> institutions;
    int from_year = 0, to_year = 0;
    int cut_month = 12, cut_day = 31;
    std::string unit;  // of one unit (empty: every unit)
};
struct HeadcountCell {
    int year = 0;
    Regime regime = Regime::honorarios;
    Category category = Category::administrativo;
    std::string unit_code;  // the person's unit ("" when none)
    std::int64_t persons = 0;
};

// Instalments due from the first day of `from_month` to the last of `to_month` ("AAAA-MM"),
// of contracts that were signed (drafts, contracts in review and cancelled contracts commit
// nothing), cancelled instalments left out.
struct PaymentsQuery {
    std::vector<std::string> institutions;
    std::string from_month, to_month;
    std::string unit, account;      // empty: every one
    std::optional<Regime> regime;
};
// Sums in minor units. Planned: what the contracts commit; approved: approved or paid at their
// planned amount; paid: gross paid; withheld: ISR or 4th category withheld on payment; net:
// paid minus withheld; pending: planned and not yet paid.
struct PaymentCell {
    std::string month;    // "AAAA-MM" of the due date
    std::string account;  // budget account ("" when none)
    std::string unit;     // the contract's unit ("" when none)
    Regime regime = Regime::honorarios;
    Currency currency = Currency::MXN;
    std::int64_t instalments = 0;
    std::int64_t planned = 0, approved = 0, paid = 0, withheld = 0, net = 0, pending = 0;
};

// Contracts by state, template and unit. `created_from`/`created_to` limit them by the day
// they were drafted (either may be open).
struct ContractsQuery {
    std::vector<std::string> institutions;
    std::optional<Date> created_from, created_to;
    std::string unit;
};
struct ContractCountCell {
    ContractState state = ContractState::borrador;
    std::string template_code;
    std::string unit;
    Currency currency = Currency::MXN;
    std::int64_t contracts = 0;
    std::int64_t total = 0;  // the contracts' amounts, minor units
};

// A contract in force whose end date falls within the next days.
struct EndingContract {
    std::string folio;
    std::string institution_code;
    std::string person;
    std::string unit;
    std::string supervisor;  // the signatory designated to approve its instalments
    Money monthly{0, Currency::MXN};  // its largest instalment: the fee for one period
    Money total{0, Currency::MXN};
    Date end = *Date::from_ymd(2000, 1, 1);
};

// An instalment step that is late: the activity report not delivered once its period
// ended, an approval pending more than the allowed days after the report, or a payment not
// made by its due date once approved.
enum class OverdueStepKind { report, approval, payment };
struct OverdueStep {
    std::string folio;
    std::string institution_code;
    int instalment = 0;
    OverdueStepKind step = OverdueStepKind::report;
    std::string person;       // whose contract it is
    std::string responsible;  // who must act: the provider or the supervisor ("" for a payment: finance)
    std::string unit;
    Money amount{0, Currency::MXN};
    Date deadline = *Date::from_ymd(2000, 1, 1);
};

// A contract in force at some time of a period, with what transparency formats publish of it
// (never an identity number, an address or a bank account: the store does not hand them out).
// Amendments are not contracts of their own here: they change the contract they amend.
struct PublishedContract {
    std::string folio;
    std::string institution_code;
    std::string template_code;
    std::string template_title;
    std::string given_names, first_surname, second_surname;
    Sex sex = Sex::man;
    Regime regime = Regime::honorarios;
    std::string budget_account;
    std::string unit;       // code
    std::string unit_name;
    std::optional<Date> start, end;
    Money monthly{0, Currency::MXN};  // its largest instalment
    Money total{0, Currency::MXN};
    // The services it names, and only those: the data's servicio.descripcion and its
    // prestador.actividades (a JSON array), read in the query so nothing else of the data
    // (identity numbers, addresses) leaves the store.
    std::string service_description;
    std::string activities_json;
    ContractState state = ContractState::vigente;
};

class ReportQueries {
public:
    virtual ~ReportQueries() = default;

    // By year, regime, category and unit; years without anybody have no cells.
    [[nodiscard]] virtual std::vector<HeadcountCell> headcount(const HeadcountQuery& query) = 0;
    // The people counted in `year`, from the records one by one (the reconciling query).
    [[nodiscard]] virtual std::int64_t headcount_total(const HeadcountQuery& query, int year) = 0;

    // By month, account, unit, regime and currency.
    [[nodiscard]] virtual std::vector<PaymentCell> payments(const PaymentsQuery& query) = 0;
    // The grand sums of one currency, from the instalments alone (month, account, unit and
    // regime empty).
    [[nodiscard]] virtual PaymentCell payment_totals(const PaymentsQuery& query, Currency currency) = 0;

    [[nodiscard]] virtual std::vector<ContractCountCell> contracts(const ContractsQuery& query) = 0;
    [[nodiscard]] virtual std::int64_t contract_total(const ContractsQuery& query) = 0;

    // Contracts in force (firmado or vigente, amendments left out) ending from `today` to
    // `today` + `days`, by end date then folio.
    [[nodiscard]] virtual std::vector<EndingContract> ending(const std::vector<std::string>& institutions,
                                                             Date today, int days) = 0;
    // Steps late on `today` of signed contracts (in force or since concluded or ended: their
    // last instalments are still owed), by deadline then folio: a report whose
    // period ended (deadline: the period's end), an approval waiting more than
    // `approval_days` after the report (deadline: report + days), a payment approved and not
    // made by its due date (deadline: the due date).
    [[nodiscard]] virtual std::vector<OverdueStep> overdue(const std::vector<std::string>& institutions, Date today,
                                                           int approval_days) = 0;

    // Contracts of one institution signed and in force at some time from `from` to `to`
    // (states firmado, vigente, concluido, terminado anticipadamente, rescindido; an early
    // ending ends it that day, and `end` says so), by folio.
    [[nodiscard]] virtual std::vector<PublishedContract> published(const std::string& institution_code, Date from,
                                                                   Date to) = 0;
};

}  // namespace pacta::domain
