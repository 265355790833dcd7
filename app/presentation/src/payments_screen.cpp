#include "pacta/presentation/payments_screen.h"

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::tr;

}  // namespace

std::string move_caption(d::InstalmentState to) {
    switch (to) {
        case d::InstalmentState::report_delivered: return tr("Record the report");
        case d::InstalmentState::approved: return tr("Approve");
        case d::InstalmentState::paid: return tr("Record the payment");
        case d::InstalmentState::suspended: return tr("Suspend");
        case d::InstalmentState::cancelled: return tr("Cancel the instalment");
        case d::InstalmentState::pending: return tr("Resume");
    }
    return {};
}

PaymentsViewModel::PaymentsViewModel(const Session& session, d::ContractLifecycleRepository& contracts,
                                     d::InstalmentRepository& instalments)
    : list({tr("Folio"), tr("No."), tr("Person"), tr("Unit"), tr("Budget account"), tr("Period from"), tr("Due"),
            tr("Amount"), tr("State")}),
      session_(session), contracts_(contracts), repository_(instalments) {}

void PaymentsViewModel::reload() {
    session_.require(d::Permission::read_records, "pagos");
    instalments_.clear();
    for (auto& i : repository_.all()) {
        if (session_.user().covers(i.institution_code)) instalments_.push_back(std::move(i));
    }
    std::vector<std::vector<std::string>> rows;
    rows.reserve(instalments_.size());
    for (const auto& i : instalments_) {
        const auto& p = i.record.plan;
        rows.push_back({i.folio, std::to_string(p.number), i.person, i.unit_code, i.budget_account,
                        p.period_start.iso(), p.due.iso(), d::format_money(p.amount), state_label(i.record.state)});
    }
    list.set_rows(std::move(rows));
}

std::vector<std::pair<d::InstalmentState, std::string>> PaymentsViewModel::moves(std::size_t row) const {
    std::vector<std::pair<d::InstalmentState, std::string>> out;
    const auto& user = session_.user();
    for (const auto to : d::next_states(at(row).record.state)) {
        const auto needed = to == d::InstalmentState::paid ? d::Permission::record_payments : d::Permission::record_instalments;
        if (user.may(needed)) out.emplace_back(to, move_caption(to));
    }
    return out;
}

bool PaymentsViewModel::move(std::size_t row, const d::InstalmentMove& move, bool suspension_certificate) {
    const auto chosen = at(row);
    try {
        const bool moved = attempt(error_, [&] {
            (void)move_instalment(session_, contracts_, repository_, chosen.folio, chosen.record.plan.number, move,
                                  suspension_certificate);
        });
        if (!moved) return false;
    } catch (const std::exception& e) {
        // Someone else moved it meanwhile (the stored state changed): read again.
        error_ = locale::fill(tr("the instalment could not be saved: {detail}. Reload the list and try again."),
                              {{"detail", e.what()}});
        return false;
    }
    reload();
    return true;
}

Table PaymentsViewModel::summary(SummaryKey key, const std::string& from, const std::string& to) const {
    const auto currency = instalments_.empty() ? d::Currency::MXN : instalments_.front().record.plan.amount.currency();
    return summary_table(payment_summary(instalments_, from, to, key, currency), key, currency);
}

Table PaymentsViewModel::visible_table() const {
    Table table;
    table.sheet_name = tr("Instalments");
    table.columns = list.columns();
    table.numeric.assign(table.columns.size(), false);
    table.numeric[number] = true;
    for (std::size_t r = 0; r < list.count(); ++r) {
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < table.columns.size(); ++c) cells.push_back(list.cell(r, c));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

}  // namespace pacta::presentation
