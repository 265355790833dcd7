#pragma once
// Pagos: every instalment of the institutions the user works for, searched, filtered and
// sorted by the store, which hands the screen a window of rows at a time (an office has
// 400,000); the moves its state and the user's roles allow (only finanzas marks one paid);
// totals per month, unit or budget account summed by the store, that cross-foot; and the
// list or a summary saved as CSV or Excel.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pacta/domain/instalment.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/payments/payment_totals.h"
#include "pacta/presentation/common/row_window.h"

namespace pacta::presentation {

class PaymentsViewModel {
public:
    // Withheld and net are those fixed on payment (empty until paid).
    enum Column { folio, number, person, unit, account, period_start, due, amount, state, withheld, net };
    // `institutions` (optional) offers their units and budget accounts as filters.
    PaymentsViewModel(const Session& session, domain::ContractLifecycleRepository& contracts,
                      domain::InstalmentRepository& instalments, domain::InstitutionRepository* institutions = nullptr);
    // Counts again and forgets the rows kept (after a change in the store).
    void reload();

    [[nodiscard]] const std::vector<std::string>& columns() const { return columns_; }
    // Rows the search and filters keep, and rows of the user's institutions.
    [[nodiscard]] std::size_t count() const { return rows_.count(); }
    [[nodiscard]] std::size_t total() const { return total_; }
    // A cell as shown; empty past the list's end. Reads the row's window when not kept.
    [[nodiscard]] std::string cell(std::size_t row, Column column);
    // Throws std::out_of_range past the list's end.
    [[nodiscard]] const domain::ContractInstalment& at(std::size_t row);

    // Words of the person's name or key, a folio's start, or a due date's start ("2024-03").
    void set_search(const std::string& text);
    void set_state(std::optional<domain::InstalmentState> chosen);
    void set_unit(const std::string& code);
    void set_account(const std::string& code);
    // Instalments whose period (start to due date) touches from..to; nullopt is open.
    void set_period(std::optional<domain::Date> from, std::optional<domain::Date> to);
    // Only those still to pay of contracts signed or in force, due by `day` (Inicio's group,
    // by due date); nullopt shows every instalment again.
    void set_due_by(std::optional<domain::Date> day);
    // The day Inicio counts payments due by, seen from `today`, and the check box offering it
    // («Solo las que vencen al 22/03/2024 (como en Inicio)»).
    [[nodiscard]] static domain::Date due_by_as_on_home(const domain::Date& today);
    [[nodiscard]] static std::string due_by_caption(const domain::Date& day);
    [[nodiscard]] std::optional<domain::Date> due_by() const { return due_by_; }
    void sort_by(Column column, bool ascending);
    [[nodiscard]] const domain::InstalmentQuery& query() const { return query_; }
    // The filters' choices: the units and budget accounts of the user's institutions.
    [[nodiscard]] std::vector<std::string> units() const;
    [[nodiscard]] std::vector<std::string> accounts() const;

    // The moves the instalment's state allows and the user's roles grant, with their captions
    // ("Registrar informe", "Aprobar", "Registrar pago"...).
    [[nodiscard]] std::vector<std::pair<domain::InstalmentState, std::string>> moves(std::size_t row);
    // An instalment whole: its plan, and each step taken (report, approval, payment with its
    // CFDI or recibo and the withholding fixed, or why it was suspended or cancelled), with when
    // and who, one line each.
    [[nodiscard]] std::vector<std::string> detail_lines(std::size_t row);
    // What paying the row on `on` would give, before it is paid: «Bruto $13,771.66 · retención
    // $1,332.66 · neto $12,439.00», or why it cannot be computed (no ISR table for the year).
    [[nodiscard]] std::string payment_preview(std::size_t row, const domain::Date& on, bool suspension_certificate);
    // Makes the move and reloads; false with error() (in Spanish) when refused.
    bool move(std::size_t row, const domain::InstalmentMove& move, bool suspension_certificate = false);
    [[nodiscard]] const std::string& error() const { return error_; }
    // Totals of the user's instalments due from month `from` to `to` ("AAAA-MM"), in the
    // currency with the most planned; the last row is the total.
    [[nodiscard]] Table summary(SummaryKey key, const std::string& from, const std::string& to) const;
    // The months ("AAAA-MM") of the first and last due dates the filters keep; nullopt when none.
    [[nodiscard]] std::optional<std::pair<std::string, std::string>> due_months();
    // The totals of the rows shown: the summary over due_months(), or this month's when none.
    [[nodiscard]] Table totals(SummaryKey key);
    // The rows as shown (search, filters and order), for saving: read in pages.
    [[nodiscard]] Table visible_table();
    // Windows read from the store since it opened (tests see it read pages).
    [[nodiscard]] std::size_t fetches() const { return rows_.fetches(); }

private:
    [[nodiscard]] std::vector<std::string> user_institutions() const;
    [[nodiscard]] static std::vector<std::string> row_cells(const domain::ContractInstalment& i);

    const Session& session_;
    domain::ContractLifecycleRepository& contracts_;
    domain::InstalmentRepository& repository_;
    domain::InstitutionRepository* institutions_;
    std::vector<std::string> columns_;
    domain::InstalmentQuery query_;
    std::optional<domain::Date> due_by_;
    RowWindow<domain::ContractInstalment> rows_;
    std::size_t total_ = 0;
    std::string error_;
};

// The caption of the button that moves an instalment to `to`.
[[nodiscard]] std::string move_caption(domain::InstalmentState to);

}  // namespace pacta::presentation
