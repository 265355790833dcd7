#include "pacta/presentation/payments/payments_screen.h"

#include <algorithm>
#include <filesystem>
#include <chrono>
#include <set>
#include <stdexcept>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/payments/instalment_move.h"
#include "pacta/presentation/payments/isr_tariffs.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
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
                                     d::InstalmentRepository& instalments, d::InstitutionRepository* institutions)
    : session_(session), contracts_(contracts), repository_(instalments), institutions_(institutions),
      columns_({tr("Folio"), tr("No."), tr("Person"), tr("Unit"), tr("Budget account"), tr("Period from"), tr("Due"),
                tr("Amount"), tr("State"), tr("Withheld"), tr("Net")}) {}

std::vector<std::string> PaymentsViewModel::user_institutions() const {
    const auto& mine = session_.user().institutions;
    return {mine.begin(), mine.end()};
}

void PaymentsViewModel::reload() {
    session_.require(d::Permission::read_records, "pagos");
    query_.institutions = user_institutions();
    d::InstalmentQuery everything;
    everything.institutions = query_.institutions;
    total_ = repository_.count(everything);
    const auto query = query_;
    rows_.reset(repository_.count(query), [this, query](std::size_t offset, std::size_t limit) {
        return repository_.page(query, offset, limit);
    });
}

std::vector<std::string> PaymentsViewModel::row_cells(const d::ContractInstalment& i) {
    const auto& p = i.record.plan;
    const auto& paid = i.record.paid;
    return {i.folio,
            std::to_string(p.number),
            i.person,
            i.unit_code,
            i.budget_account,
            display_date(p.period_start.iso()),
            display_date(p.due.iso()),
            d::format_money(p.amount),
            locale::instalment_state_label(i.record.state),
            paid ? d::format_money(paid->withheld) : std::string(),
            paid ? d::format_money(paid->net) : std::string()};
}

std::string PaymentsViewModel::cell(std::size_t row, Column column) {
    const auto* found = rows_.find(row);
    return found == nullptr ? std::string() : row_cells(*found).at(column);
}

const d::ContractInstalment& PaymentsViewModel::at(std::size_t row) {
    const auto* found = rows_.find(row);
    if (found == nullptr) throw std::out_of_range("no instalment at row " + std::to_string(row));
    return *found;
}

void PaymentsViewModel::set_search(const std::string& text) {
    query_.text = text;
    reload();
}

void PaymentsViewModel::set_state(std::optional<d::InstalmentState> chosen) {
    query_.state = chosen;
    reload();
}

void PaymentsViewModel::set_unit(const std::string& code) {
    query_.unit = code;
    reload();
}

void PaymentsViewModel::set_account(const std::string& code) {
    query_.account = code;
    reload();
}

void PaymentsViewModel::set_period(std::optional<d::Date> from, std::optional<d::Date> to) {
    query_.period_from = from;
    query_.period_to = to;
    reload();
}

void PaymentsViewModel::set_due_by(std::optional<d::Date> day) {
    due_by_ = day;
    query_.due_by = day;
    query_.open_only = day.has_value();
    query_.contract_states.clear();
    if (day) {
        // Inicio's group, in its order: the oldest due first.
        query_.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
        query_.order = d::InstalmentQuery::Order::due;
        query_.descending = false;
    }
    reload();
}

void PaymentsViewModel::sort_by(Column column, bool ascending) {
    using O = d::InstalmentQuery::Order;
    // Withheld and net follow the amount they come from.
    static constexpr O orders[] = {O::folio, O::number, O::person, O::unit,   O::account, O::period_start,
                                   O::due,   O::amount, O::state,  O::amount, O::amount};
    query_.order = orders[column];
    query_.descending = !ascending;
    reload();
}

std::vector<std::string> PaymentsViewModel::units() const {
    std::set<std::string> out;
    if (institutions_ == nullptr) return {};
    for (const auto& summary : institutions_->list()) {
        if (!session_.user().covers(summary.code)) continue;
        if (const auto i = institutions_->find(summary.code)) {
            for (const auto& u : i->units) out.insert(u.code);
        }
    }
    return {out.begin(), out.end()};
}

std::vector<std::string> PaymentsViewModel::accounts() const {
    std::set<std::string> out;
    if (institutions_ == nullptr) return {};
    for (const auto& summary : institutions_->list()) {
        if (!session_.user().covers(summary.code)) continue;
        if (const auto i = institutions_->find(summary.code)) {
            for (const auto& a : i->accounts) out.insert(a.code);
        }
    }
    return {out.begin(), out.end()};
}

std::vector<std::pair<d::InstalmentState, std::string>> PaymentsViewModel::moves(std::size_t row) {
    std::vector<std::pair<d::InstalmentState, std::string>> out;
    const auto& user = session_.user();
    for (const auto to : d::next_states(at(row).record.state)) {
        const auto needed = to == d::InstalmentState::paid ? d::Permission::record_payments : d::Permission::record_instalments;
        if (user.may(needed)) out.emplace_back(to, move_caption(to));
    }
    return out;
}

std::vector<std::string> PaymentsViewModel::detail_lines(std::size_t row) {
    const auto& i = at(row);
    const auto& r = i.record;
    const auto day = [](const std::optional<d::Date>& on) { return on ? display_date(on->iso()) : std::string(); };
    std::vector<std::string> out;
    out.push_back(fill(tr("Instalment {number} of {folio}: {person}"),
                       {{"number", std::to_string(r.plan.number)}, {"folio", i.folio}, {"person", i.person}}));
    out.push_back(fill(tr("{amount} for {from} to {to}, due {due}; {state}"),
                       {{"amount", d::format_money(r.plan.amount)},
                        {"from", display_date(r.plan.period_start.iso())},
                        {"to", display_date(r.plan.period_end.iso())},
                        {"due", display_date(r.plan.due.iso())},
                        {"state", locale::instalment_state_label(r.state)}}));
    out.push_back(r.report_date ? fill(tr("Report: delivered on {date}, {reference}"),
                                       {{"date", day(r.report_date)}, {"reference", r.report_reference}})
                                : tr("Report: not delivered yet"));
    if (!r.report_sha256.empty()) {
        out.push_back(fill(tr("Report file: {file} (SHA-256 {hash}…)"),
                           {{"file", std::filesystem::path(r.report_file).filename().string()},
                            {"hash", r.report_sha256.substr(0, 16)}}));
    }
    out.push_back(r.approval_date ? fill(tr("Approval: on {date} by {who}"),
                                         {{"date", day(r.approval_date)}, {"who", r.approved_by}})
                                  : fill(tr("Approval: pending; the supervisor is {who}"),
                                         {{"who", i.supervisor.empty() ? tr("(none designated)") : i.supervisor}}));
    if (r.payment_date) {
        out.push_back(fill(tr("Payment: on {date}, transfer {reference}"),
                           {{"date", day(r.payment_date)}, {"reference", r.transfer_reference}}));
        if (!r.cfdi_uuid.empty()) out.push_back(fill(tr("CFDI: {uuid}"), {{"uuid", r.cfdi_uuid}}));
        if (!r.receipt_number.empty()) out.push_back(fill(tr("Receipt for fees: {number}"), {{"number", r.receipt_number}}));
        if (r.paid) {
            out.push_back(fill(tr("Gross {gross} · withheld {withheld} · net {net}"),
                               {{"gross", d::format_money(r.paid->gross)}, {"withheld", d::format_money(r.paid->withheld)},
                                {"net", d::format_money(r.paid->net)}}));
        }
    } else {
        out.push_back(tr("Payment: not made yet"));
    }
    if (!r.reason.empty()) out.push_back(fill(tr("Reason: {reason}"), {{"reason", r.reason}}));
    return out;
}

std::string PaymentsViewModel::payment_preview(std::size_t row, const d::Date& on, bool suspension_certificate) {
    const auto& i = at(row);
    const auto institution = institutions_ != nullptr ? institutions_->find(i.institution_code) : std::nullopt;
    const auto rules = load_rule_data_for(institution ? &*institution : nullptr, i.record.plan.amount.currency());
    try {
        const bool suspended = suspension_certificate || i.suspension_year == on.year();
        const auto w = rules.withholding.compute(i.record.plan.amount, i.regime, on, suspended);
        return fill(tr("Gross {gross} · withheld {withheld} · net {net}"),
                    {{"gross", d::format_money(w.gross)}, {"withheld", d::format_money(w.withheld)},
                     {"net", d::format_money(w.net)}});
    } catch (const d::RuleError& e) {
        return locale::describe(e.finding());
    }
}

bool PaymentsViewModel::move(std::size_t row, const d::InstalmentMove& move, bool suspension_certificate) {
    const auto chosen = at(row);
    try {
        const bool moved = attempt(error_, [&] {
            (void)move_instalment(session_, contracts_, repository_, chosen.folio, chosen.record.plan.number, move,
                                  suspension_certificate, institutions_);
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
    session_.require(d::Permission::read_records, "pagos");
    const auto totals = repository_.totals(user_institutions(), from, to, totals_key(key));
    const auto currency = main_currency(totals);
    auto table = summary_table(summary_rows(totals, currency), key, currency);
    // On screen a month reads «julio de 2026» and the last row «Total».
    for (auto& row : table.rows) {
        if (row.front() == "TOTAL") {
            row.front() = tr("Total");
        } else if (key == SummaryKey::month) {
            row.front() = display_month(row.front());
        }
    }
    return table;
}

std::optional<std::pair<std::string, std::string>> PaymentsViewModel::due_months() {
    // The first row by due date each way: two one-row reads on the due date's index.
    auto q = query_;
    q.order = d::InstalmentQuery::Order::due;
    q.descending = false;
    const auto first = repository_.page(q, 0, 1);
    q.descending = true;
    const auto last = repository_.page(q, 0, 1);
    if (first.empty() || last.empty()) return std::nullopt;
    return std::make_pair(first.front().record.plan.due.iso().substr(0, 7), last.front().record.plan.due.iso().substr(0, 7));
}

Table PaymentsViewModel::visible_table() {
    session_.require(d::Permission::read_records, "pagos");
    Table table;
    table.sheet_name = tr("Instalments");
    table.columns = columns_;
    table.numeric.assign(table.columns.size(), false);
    table.numeric[number] = true;
    table.numeric[amount] = true;
    // One read in order: windows by offset would skip the same rows again and again.
    for (const auto& i : repository_.page(query_, 0, std::max<std::size_t>(count(), 1))) table.rows.push_back(row_cells(i));
    return table;
}

Table PaymentsViewModel::totals(SummaryKey key) {
    const auto this_month = today().iso().substr(0, 7);
    const auto span = due_months().value_or(std::make_pair(this_month, this_month));
    return summary(key, span.first, span.second);
}

d::Date PaymentsViewModel::due_by_as_on_home(const d::Date& today) {
    return d::Date::from_days(today.days() + std::chrono::days(HomeViewModel::due_within_days));
}

std::string PaymentsViewModel::due_by_caption(const d::Date& day) {
    return locale::fill(locale::tr("Only those to pay by {date} (as on Home)"), {{"date", display_date(day.iso())}});
}

}  // namespace pacta::presentation
