#pragma once
// Storage port: the instalments of contracts, from planned to paid.

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
    std::string supervisor;              // the signatory the contract designates to approve
    ContractState contract_state = ContractState::borrador;
    InstalmentRecord record;
};

struct InstalmentQuery {
    std::optional<Date> due_by;             // due on or before (every date when empty)
    std::string unit;                       // of one unit (every unit when empty)
    std::vector<std::string> institutions;  // of these institutions (every one when empty)
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
