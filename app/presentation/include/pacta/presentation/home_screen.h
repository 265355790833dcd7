#pragma once
// Inicio: what needs the user's attention for their roles (contracts awaiting legal review,
// drafts returned with observations, instalments due or overdue, contracts ending within 30
// days), and the two breakdowns HR offices report: instalments planned against paid per
// month, and active staff by regime and category.

#include <cstdint>
#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/access.h"

namespace pacta::presentation {

struct AttentionItem {
    std::string text;   // "GRO-2024-0001 · Rosa Ramírez Cruz · espera revisión jurídica"
    std::string folio;  // the contract to open
};

struct AttentionGroup {
    std::string title;  // "En revisión jurídica (2)"
    std::vector<AttentionItem> items;
};

struct MonthBar {
    std::string month;  // "2024-03"
    std::int64_t planned = 0, paid = 0;  // minor units
};

struct StaffBreakdown {
    std::string regime;                 // "honorarios"
    std::size_t asistencial = 0, administrativo = 0;
};

class HomeViewModel {
public:
    HomeViewModel(const Session& session, domain::ContractCatalog& contracts, domain::InstalmentRepository& instalments,
                  domain::StaffRepository& staff, domain::Date today)
        : session_(session), contracts_(contracts), instalments_(instalments), staff_(staff), today_(today) {}
    void reload();
    // Only the groups that apply to the user's roles and have something in them.
    [[nodiscard]] const std::vector<AttentionGroup>& attention() const { return attention_; }
    // The twelve months ending with the current one.
    [[nodiscard]] const std::vector<MonthBar>& months() const { return months_; }
    [[nodiscard]] const std::vector<StaffBreakdown>& staff() const { return staff_breakdown_; }
    [[nodiscard]] domain::Currency currency() const { return currency_; }

    static constexpr int ending_within_days = 30;
    static constexpr int due_within_days = 7;

private:
    const Session& session_;
    domain::ContractCatalog& contracts_;
    domain::InstalmentRepository& instalments_;
    domain::StaffRepository& staff_;
    domain::Date today_;
    std::vector<AttentionGroup> attention_;
    std::vector<MonthBar> months_;
    std::vector<StaffBreakdown> staff_breakdown_;
    domain::Currency currency_ = domain::Currency::MXN;
};

}  // namespace pacta::presentation
