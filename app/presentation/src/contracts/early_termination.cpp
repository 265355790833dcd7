#include "pacta/presentation/contracts/early_termination.h"

#include "pacta/presentation/common/display_date.h"

#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/contracts/settlement.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

}  // namespace

d::Settlement EarlyTerminationService::preview(const EarlyEnding& ending) {
    ContractLifecycleService(session_, contracts_).check_termination(ending.folio, ending.cause, ending.reason);
    const auto contract = catalog_.find(ending.folio);
    if (!contract) throw ServiceError(fill(tr("there is no contract «{folio}»."), {{"folio", ending.folio}}));
    const auto start = contract->start;
    const auto end_date = contract->end;
    if (!start || !end_date) {
        throw ServiceError(fill(tr("the contract «{folio}» has no term on record; it cannot be ended early."),
                                {{"folio", ending.folio}}));
    }
    d::TerminationRequest request;
    request.term_start = *start;
    request.term_end = *end_date;
    request.last_day = ending.last_day;
    request.cause = ending.cause;
    request.notice_given = ending.notice_given;
    request.reason = ending.reason;
    if (const auto institution = institutions_.find(contract->institution_code)) request.notice_days = institution->notice_days;
    std::vector<d::InstalmentRecord> records;
    for (const auto& c : instalments_.for_contract(ending.folio)) records.push_back(c.record);
    const auto currency = contract->total.currency();
    return d::settle_termination(records, currency, request);
}

d::Settlement EarlyTerminationService::end(const EarlyEnding& ending, const std::filesystem::path& statement) {
    const auto settlement = preview(ending);
    const auto contract = catalog_.find(ending.folio);
    const auto currency = contract->total.currency();
    SettlementParties parties;
    parties.folio = ending.folio;
    parties.provider = contract->person;
    parties.total = contract->total;
    parties.country = currency == d::Currency::PEN ? "PE" : "MX";
    parties.paper = currency == d::Currency::PEN ? "a4" : "carta";
    if (const auto institution = institutions_.find(contract->institution_code)) {
        parties.institution = institution->name;
        if (const auto it = contract->signatories.find("representante"); it != contract->signatories.end()) {
            for (const auto& s : institution->signatories) {
                if (s.code != it->second) continue;
                parties.representative = s.name;
                parties.representative_title = s.title;
            }
        }
    }
    // The file first, the database after: a failure in between leaves the contract as it was.
    const auto doc = settlement_document(parties, settlement);
    pdf::ContractPdfWriter writer;
    bytes_ = render_contract(doc, OutputFormat::pdf, ending.folio, {}, &writer);
    platform::write_file_atomically(statement, bytes_);
    instalments_.save_termination(ending.folio, settlement, session_.actor());
    return settlement;
}

std::vector<std::string> settlement_lines(const d::Settlement& settlement) {
    using Outcome = d::InstalmentSettlement::Outcome;
    std::vector<std::string> out;
    for (const auto& i : settlement.instalments) {
        const auto& plan = i.before.plan;
        std::string what;
        switch (i.outcome) {
            case Outcome::unchanged: what = tr("kept"); break;
            case Outcome::prorated:
                what = fill(tr("prorated: {served} of {days} days, {amount}"),
                            {{"served", std::to_string(i.days_served)},
                             {"days", std::to_string(i.period_days)},
                             {"amount", d::format_money(i.earned)}});
                break;
            case Outcome::cancelled: what = locale::tr_context("instalment", "cancelled"); break;
            case Outcome::paid_beyond: what = tr("paid beyond the last day: to recover"); break;
        }
        out.push_back(fill(tr("Instalment {number} ({from} – {to}, {amount}): {what}"),
                           {{"number", std::to_string(plan.number)},
                            {"from", display_date(plan.period_start.iso())},
                            {"to", display_date(plan.period_end.iso())},
                            {"amount", d::format_money(plan.amount)},
                            {"what", what}}));
    }
    out.push_back(fill(tr("Earned {earned}, paid {paid}, balance {balance}."),
                       {{"earned", d::format_money(settlement.earned)},
                        {"paid", d::format_money(settlement.paid)},
                        {"balance", d::format_money(settlement.balance)}}));
    return out;
}

std::string settlement_summary(const std::string& folio, const d::Settlement& settlement) {
    return fill(tr("Contract {folio} ends on {date}. Earned {earned}, paid {paid}, balance {balance}."),
                {{"folio", folio},
                 {"date", display_date(settlement.request.last_day.iso())},
                 {"earned", d::format_money(settlement.earned)},
                 {"paid", d::format_money(settlement.paid)},
                 {"balance", d::format_money(settlement.balance)}});
}

}  // namespace pacta::presentation
