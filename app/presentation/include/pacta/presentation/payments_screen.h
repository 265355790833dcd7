#pragma once
// Pagos: every instalment of the institutions the user works for, searchable and filtered
// like the other lists; the moves its state and the user's roles allow (only finanzas marks
// one paid); totals per month, unit or budget account that cross-foot; and the list or a
// summary saved as CSV or Excel.

#include <string>
#include <utility>
#include <vector>

#include "pacta/domain/instalment.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/presentation/access.h"
#include "pacta/presentation/payments.h"
#include "pacta/presentation/record_list.h"

namespace pacta::presentation {

class PaymentsViewModel {
public:
    enum Column { folio, number, person, unit, account, period_start, due, amount, state };
    PaymentsViewModel(const Session& session, domain::ContractLifecycleRepository& contracts,
                      domain::InstalmentRepository& instalments);
    void reload();
    RecordList list;
    [[nodiscard]] const domain::ContractInstalment& at(std::size_t row) const {
        return instalments_.at(list.source_index(row));
    }
    // The moves the instalment's state allows and the user's roles grant, with their captions
    // ("Registrar informe", "Aprobar", "Registrar pago"...).
    [[nodiscard]] std::vector<std::pair<domain::InstalmentState, std::string>> moves(std::size_t row) const;
    // Makes the move and reloads; false with error() (in Spanish) when refused.
    bool move(std::size_t row, const domain::InstalmentMove& move, bool suspension_certificate = false);
    [[nodiscard]] const std::string& error() const { return error_; }
    // Totals of the instalments due from month `from` to `to` ("AAAA-MM"), in the currency
    // of the user's first institution; the last row is the total.
    [[nodiscard]] Table summary(SummaryKey key, const std::string& from, const std::string& to) const;
    // The rows as shown (search, filters and order), for saving.
    [[nodiscard]] Table visible_table() const;

private:
    const Session& session_;
    domain::ContractLifecycleRepository& contracts_;
    domain::InstalmentRepository& repository_;
    std::vector<domain::ContractInstalment> instalments_;
    std::string error_;
};

// The caption of the button that moves an instalment to `to`.
[[nodiscard]] std::string move_caption(domain::InstalmentState to);

}  // namespace pacta::presentation
