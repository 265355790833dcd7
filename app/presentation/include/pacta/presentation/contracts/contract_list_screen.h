#pragma once
// Contratos: a list that grows with the office, a PagedList over the store: the store
// searches, filters, sorts and counts; the screen reads the rows in view.

#include <string>

#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/paged_list.h"

namespace pacta::presentation {

// The contracts of the institutions the user works for, as the store pages them.
class ContractListSource : public ListSource {
public:
    enum Column { folio, state, person, template_id, amount, start, end, unit };
    ContractListSource(const Session& session, domain::ContractCatalog& contracts)
        : session_(session), contracts_(contracts) {}
    [[nodiscard]] std::size_t count(const ListRequest& request) override;
    [[nodiscard]] std::vector<std::vector<std::string>> rows(const ListRequest& request, std::size_t offset,
                                                             std::size_t limit) override;
    [[nodiscard]] std::size_t total() override;
    [[nodiscard]] std::vector<std::string> values_of(std::size_t column) override;
    // The store's query for what the screen asks.
    [[nodiscard]] domain::ContractQuery query_of(const ListRequest& request) const;

private:
    const Session& session_;
    domain::ContractCatalog& contracts_;
};

// Contratos: every contract of the institutions the user works for.
class ContractListViewModel {
public:
    using Column = ContractListSource::Column;
    static constexpr Column folio = ContractListSource::folio, state = ContractListSource::state,
                            person = ContractListSource::person, template_id = ContractListSource::template_id,
                            amount = ContractListSource::amount, start = ContractListSource::start,
                            end = ContractListSource::end, unit = ContractListSource::unit;
    ContractListViewModel(const Session& session, domain::ContractCatalog& contracts);
    // Counts again and forgets the rows read (after a change).
    void reload();
    PagedList list;
    [[nodiscard]] const std::string& folio_at(std::size_t row) const { return list.cell(row, folio); }

private:
    const Session& session_;
    ContractListSource source_;
};

}  // namespace pacta::presentation
