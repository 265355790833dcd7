#pragma once
// Personal: a list that grows with the office, a PagedList over the store: the store
// searches, filters, sorts and counts; the screen reads the rows in view.

#include <string>

#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/paged_list.h"

namespace pacta::presentation {

// The people of the institutions the user works for, by surnames, as the store pages them.
// A user who may not see personal data sees the keys masked and no birth dates.
class StaffListSource : public ListSource {
public:
    enum Column { name, key, unit, regime, category, birth_date };
    StaffListSource(const Session& session, domain::StaffRepository& staff) : session_(session), staff_(staff) {}
    [[nodiscard]] std::size_t count(const ListRequest& request) override;
    [[nodiscard]] std::vector<std::vector<std::string>> rows(const ListRequest& request, std::size_t offset,
                                                             std::size_t limit) override;
    [[nodiscard]] std::size_t total() override;
    [[nodiscard]] std::vector<std::string> values_of(std::size_t column) override;
    [[nodiscard]] domain::StaffQuery query_of(const ListRequest& request) const;
    // The key of the person at `row` of what `request` lists (read again: the screen may show it masked).
    [[nodiscard]] std::string key_at(const ListRequest& request, std::size_t row);

private:
    const Session& session_;
    domain::StaffRepository& staff_;
};

// Personal: the people of the user's institutions, searchable as the user types.
class StaffListViewModel {
public:
    using Column = StaffListSource::Column;
    static constexpr Column name = StaffListSource::name, key = StaffListSource::key, unit = StaffListSource::unit,
                            regime = StaffListSource::regime, category = StaffListSource::category,
                            birth_date = StaffListSource::birth_date;
    StaffListViewModel(const Session& session, domain::StaffRepository& staff);
    void reload();
    PagedList list;
    // The record shown at `row`, as StaffService::open gives it (audited, masked for a user who
    // may not see personal data). Throws ServiceError when it is gone.
    [[nodiscard]] domain::StaffMember member(std::size_t row);
    // The key of the person shown at `row`, unmasked, to choose them for a contract.
    [[nodiscard]] std::string key_at(std::size_t row);

private:
    const Session& session_;
    domain::StaffRepository& staff_;
    StaffListSource source_;
};

}  // namespace pacta::presentation
