#include "pacta/presentation/payments/payments_service.h"
#include "pacta/presentation/payments/isr_tariffs.h"

#include <filesystem>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/payments/instalment_move.h"
#include "pacta/presentation/payments/payment_schedule.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

Table PaymentsService::contract_instalments(const std::string& folio) {
    session_.require(d::Permission::read_records, "pagos");
    const auto instalments = store_.instalments().for_contract(folio);
    if (instalments.empty()) {
        throw ServiceError(fill(tr("the contract «{folio}» has no instalments (or does not exist); check its folio."),
                                {{"folio", folio}}));
    }
    const auto institution = store_.institutions().find(instalments.front().institution_code);
    const auto rules = load_rule_data_for(institution ? &*institution : nullptr,
                                          instalments.front().record.plan.amount.currency());
    return contract_instalments_table(instalments, rules.withholding);
}

Table PaymentsService::pending(std::optional<d::Date> due_by, const std::string& unit) {
    session_.require(d::Permission::read_records, "pagos");
    d::InstalmentQuery query;
    query.due_by = due_by;
    query.unit = unit;
    // Only the user's institutions (the store filters; a limited user never reads the others).
    query.institutions.assign(session_.user().institutions.begin(), session_.user().institutions.end());
    return pending_table(store_.instalments().open(query));
}

d::InstalmentRecord PaymentsService::record(const std::string& folio, int number, const d::InstalmentMove& move,
                                            bool suspension_certificate) {
    auto checked = move;
    if (!checked.report_file.empty() && checked.report_sha256.empty()) {
        const auto bytes = document::read_file(checked.report_file);
        if (!bytes) throw ServiceError(fill(tr("cannot read «{file}»"), {{"file", checked.report_file}}));
        checked.report_file = std::filesystem::absolute(checked.report_file).string();
        checked.report_sha256 = platform::sha256_hex(*bytes);
    }
    return move_instalment(session_, store_.lifecycle(), store_.instalments(), folio, number, checked,
                           suspension_certificate, &store_.institutions());
}

PaymentsService::ScheduleReplaced PaymentsService::replace_schedule(const std::string& folio, std::string_view csv,
                                              const std::string& file_name) {
    ContractLifecycleService(session_, store_.lifecycle()).check_content_change(folio, d::Permission::record_instalments);
    const auto contract = store_.contracts().find(folio);
    if (!contract || !contract->start || !contract->end) {
        throw ServiceError(fill(tr("the contract «{folio}» has no term on record; its schedule cannot be checked."),
                                {{"folio", folio}}));
    }
    ScheduleRequest request;
    request.total = contract->total;
    request.start = *contract->start;
    request.end = *contract->end;
    const auto read = read_manual_schedule(csv, file_name, request);
    if (d::has_errors(read.findings)) {
        throw InvalidInput(tr("nothing was saved; correct the schedule and run the command again."), read.findings);
    }
    if (!store_.instalments().replace_schedule(folio, read.instalments, session_.actor())) {
        throw ServiceError(fill(tr("the schedule of «{folio}» cannot be replaced: an instalment has already moved past "
                                   "pending."),
                                {{"folio", folio}}));
    }
    return {read.instalments.size(), read.findings};
}

Table PaymentsService::summary(const std::string& from, const std::string& to, SummaryKey key, d::Currency currency) {
    session_.require(d::Permission::read_records, "pagos");
    const auto totals = store_.instalments().totals({}, from, to, totals_key(key));
    return summary_table(summary_rows(totals, currency), key, currency);
}

}  // namespace pacta::presentation
