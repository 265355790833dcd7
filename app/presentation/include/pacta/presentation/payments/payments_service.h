#pragma once
// The finance use cases pacta-cli and the desktop share: a contract's instalments, what is
// still owed, recording a step towards payment, a schedule entered by hand, and totals.

#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/payments/payment_totals.h"
#include "pacta/presentation/common/table_export.h"

namespace pacta::presentation {

class PaymentsService {
public:
    PaymentsService(const Session& session, domain::Store& store) : session_(session), store_(store) {}

    // Throws ServiceError when the contract has no instalments (or does not exist).
    [[nodiscard]] Table contract_instalments(const std::string& folio);
    // Neither paid nor cancelled, due by `due_by` (all when nullopt), of `unit` (all when empty).
    [[nodiscard]] Table pending(std::optional<domain::Date> due_by, const std::string& unit);
    // See move_instalment. A report file named in the move is kept where it is, with its
    // SHA-256, which shows later whether the file is still the one approved.
    domain::InstalmentRecord record(const std::string& folio, int number, const domain::InstalmentMove& move,
                                    bool suspension_certificate);
    // Replaces the schedule with one entered by hand (CSV), while nothing has been reported or
    // paid; InvalidInput with its findings when it does not add up.
    struct ScheduleReplaced {
        std::size_t instalments = 0;
        domain::Findings warnings;
    };
    ScheduleReplaced replace_schedule(const std::string& folio, std::string_view csv, const std::string& file_name);
    [[nodiscard]] Table summary(const std::string& from, const std::string& to, SummaryKey key, domain::Currency currency);

private:
    const Session& session_;
    domain::Store& store_;
};

}  // namespace pacta::presentation
