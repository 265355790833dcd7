#pragma once
// Inicio: what needs the user's attention for their roles (contracts awaiting legal review,
// drafts returned with observations, instalments due or overdue, contracts ending within 30
// days), and the two breakdowns HR offices report: instalments planned against paid per
// month, and active staff by regime and category. Every number is counted by the store and
// each group reads only its first items, so Inicio costs the same in any office; the rest of
// a group is read a page at a time (group_page).

#include <cstdint>
#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct AttentionItem {
    std::string text;   // "GRO-2024-0001 · Rosa Ramírez Cruz · espera revisión jurídica"
    std::string folio;  // the contract to open
};

enum class AttentionKind { legal_review, returned, instalments_due, ending_soon };

struct AttentionGroup {
    AttentionKind kind = AttentionKind::legal_review;
    std::string title;  // "En revisión jurídica (2)": the whole group's count
    std::size_t count = 0;
    std::vector<AttentionItem> items;  // the first HomeViewModel::first_items
    std::string more;                  // "Ver todos (20 516)" when not all are shown, else empty
};

struct MonthBar {
    std::string month;  // "2024-03"
    std::int64_t planned = 0, paid = 0;  // minor units
    std::string caption;  // "03/24": short enough for twelve groups under a chart
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
    // An amount of the payments chart (minor units of currency()) as its axis shows it.
    [[nodiscard]] std::string amount_text(double minor_units) const;
    // The two series of the staff chart: the categories, in the interface's language.
    [[nodiscard]] static std::vector<std::string> staff_series();

    // A whole group, a window at a time, in the order Inicio shows it, and its length.
    [[nodiscard]] std::vector<AttentionItem> group_page(AttentionKind kind, std::size_t offset, std::size_t limit);
    [[nodiscard]] std::size_t group_count(AttentionKind kind);
    // The instalments group is the open instalments of contracts signed or in force due by
    // this day (today and the next due_within_days): Pagos shows it so.
    [[nodiscard]] domain::Date due_by() const;

    static constexpr int ending_within_days = 30;
    static constexpr int due_within_days = 7;
    static constexpr std::size_t first_items = 20;

private:
    [[nodiscard]] std::vector<std::string> institutions() const;
    [[nodiscard]] domain::ContractQuery contract_query(AttentionKind kind) const;
    [[nodiscard]] domain::InstalmentQuery due_query() const;
    [[nodiscard]] AttentionItem contract_item(AttentionKind kind, const domain::ContractSummary& c) const;
    [[nodiscard]] AttentionItem instalment_item(const domain::ContractInstalment& i) const;
    void add_group(AttentionKind kind, const std::string& title);
    void load_months();
    void load_staff();

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

// "20 516": a count as Spanish writes it (no-break space between thousands from five digits).
[[nodiscard]] std::string count_text(std::size_t count);

}  // namespace pacta::presentation
