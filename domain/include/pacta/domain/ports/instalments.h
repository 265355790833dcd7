#pragma once
// Storage port: the instalments of contracts, from planned to paid.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/date.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/schedule.h"
#include "pacta/domain/staff.h"
#include "pacta/domain/termination.h"

namespace pacta::domain {

// One instalment with what a finance clerk needs to see beside it.
struct ContractInstalment {
    std::string folio;
    std::string institution_code;
    std::string person;
    std::string unit_code;
    std::string budget_account;
    Regime regime = Regime::honorarios;
    std::optional<int> suspension_year;  // Peru: the provider's 4th-category suspension
    std::string supervisor;              // the name of the signatory the contract designates to approve
    ContractState contract_state = ContractState::borrador;
    InstalmentRecord record;
};

// Which instalments a list shows and in what order; the store filters and sorts, so a screen
// reads only the rows in view whatever the office's size. Empty fields filter nothing.
struct InstalmentQuery {
    enum class Order { folio, number, person, unit, account, period_start, due, amount, state };
    std::optional<Date> due_by;             // due on or before
    std::string unit;                       // of one unit
    std::vector<std::string> institutions;  // of these institutions
    std::optional<InstalmentState> state;
    std::string account;                    // paid from one budget account
    // Words of the person's name or key, a folio's start, or the start of a due date ("2024-03").
    std::string text;
    // Whose period (its start to its due date) touches these days.
    std::optional<Date> period_from, period_to;
    std::vector<ContractState> contract_states;  // of contracts in one of these states
    // page() and count() only: neither paid nor cancelled, of signed contracts (as open()).
    bool open_only = false;
    Order order = Order::folio;  // page() only; the open lists are by due date
    bool descending = false;
};

enum class TotalsKey { month, unit, account };

// The instalments of one key (a month "AAAA-MM", a unit or a budget account) in one currency,
// cancelled ones left out, in minor units. Approved: approved or paid, at their planned amount.
struct InstalmentTotals {
    std::string key;
    Currency currency = Currency::MXN;
    std::int64_t planned = 0, approved = 0, paid = 0, withheld = 0;
};

// Guarantees: every write is one transaction with its audit rows (who, why, before and
// after) in it.
class InstalmentRepository {
public:
    virtual ~InstalmentRepository() = default;
    // The contract's instalments by number; empty when the folio has none (or does not exist).
    [[nodiscard]] virtual std::vector<ContractInstalment> for_contract(const std::string& folio) = 0;
    // Instalments neither paid nor cancelled of signed contracts (drafts and contracts in
    // review owe nothing yet), in the query's institutions, unit and due date, by due date.
    [[nodiscard]] virtual std::vector<ContractInstalment> open(const InstalmentQuery& query) = 0;
    // A window of that list, and its length: the store filters, so a screen reads its rows only.
    [[nodiscard]] virtual std::vector<ContractInstalment> open_page(const InstalmentQuery& query, std::size_t offset,
                                                                    std::size_t limit) = 0;
    [[nodiscard]] virtual std::size_t open_count(const InstalmentQuery& query) = 0;
    // Every instalment of the query's (any state, any contract), in its order: a window and the
    // list's length.
    [[nodiscard]] virtual std::vector<ContractInstalment> page(const InstalmentQuery& query, std::size_t offset,
                                                               std::size_t limit) = 0;
    [[nodiscard]] virtual std::size_t count(const InstalmentQuery& query) = 0;
    // Sums of the institutions' instalments (every one's when empty) due from the first day of
    // month `from_month` to the last of `to_month` ("AAAA-MM"), per key and currency, by key.
    [[nodiscard]] virtual std::vector<InstalmentTotals> totals(const std::vector<std::string>& institutions,
                                                               const std::string& from_month,
                                                               const std::string& to_month, TotalsKey key) = 0;
    // Every instalment of every contract (the summaries read them all).
    [[nodiscard]] virtual std::vector<ContractInstalment> all() = 0;
    // Stores a move already checked by apply_move. Throws when the stored state is no longer
    // `before`'s.
    virtual void save_move(const std::string& folio, const InstalmentRecord& before, const InstalmentRecord& after,
                           const std::string& actor) = 0;
    // Stores an early termination in one transaction: the instalments it prorates or
    // cancels, the contract's new state, end date and cause, and the audit rows.
    virtual void save_termination(const std::string& folio, const Settlement& settlement, const std::string& actor) = 0;
    // Replaces the contract's schedule (already checked with check_schedule) while every
    // instalment is still pending; returns false, changing nothing, when one has moved on.
    virtual bool replace_schedule(const std::string& folio, const std::vector<Instalment>& schedule,
                                  const std::string& actor) = 0;
};

}  // namespace pacta::domain
