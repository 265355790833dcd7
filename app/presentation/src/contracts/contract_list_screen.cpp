#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/common/display_date.h"

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string date_text(const std::optional<d::Date>& date) { return date ? display_date(date->iso()) : std::string(); }

std::optional<d::Date> date_of(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    return d::parse_iso_date(iso).value;
}

}  // namespace

d::ContractQuery ContractListSource::query_of(const ListRequest& request) const {
    d::ContractQuery q;
    q.institutions.assign(session_.user().institutions.begin(), session_.user().institutions.end());
    q.text = request.search;
    if (const auto* label = request.filter(state)) {
        for (const auto s : d::all_contract_states()) {
            if (locale::contract_state_label(s) == *label) q.state = s;
        }
    }
    if (const auto* code = request.filter(unit)) q.unit_code = *code;
    q.in_force_from = date_of(request.period_from);
    q.in_force_to = date_of(request.period_to);
    using O = d::ContractQuery::Order;
    if (request.sort_column) {
        switch (static_cast<Column>(*request.sort_column)) {
            case folio: q.order = O::folio; break;
            case state: q.order = O::state; break;
            case person: q.order = O::person; break;
            case amount: q.order = O::total; break;
            case start: q.order = O::start; break;
            case end: q.order = O::end; break;
            case template_id:
            case unit: q.order = O::newest; break;
        }
        q.descending = !request.ascending;
    }
    return q;
}

std::size_t ContractListSource::count(const ListRequest& request) { return contracts_.count(query_of(request)); }

std::size_t ContractListSource::total() { return count(ListRequest{}); }

std::vector<std::vector<std::string>> ContractListSource::rows(const ListRequest& request, std::size_t offset,
                                                               std::size_t limit) {
    std::vector<std::vector<std::string>> out;
    for (const auto& c : contracts_.page(query_of(request), offset, limit)) {
        out.push_back({c.folio, locale::contract_state_label(c.state), c.person,
                       c.template_code + " v" + std::to_string(c.template_version), d::format_money(c.total),
                       date_text(c.start), date_text(c.end), c.unit_code});
    }
    return out;
}

std::vector<std::string> ContractListSource::values_of(std::size_t column) {
    std::vector<std::string> out;
    if (column == state) {
        for (const auto s : d::all_contract_states()) out.push_back(locale::contract_state_label(s));
    } else if (column == unit) {
        out = contracts_.units_in_use();
    }
    return out;
}

ContractListViewModel::ContractListViewModel(const Session& session, d::ContractCatalog& contracts)
    : list({tr("Folio"), tr("State"), tr("Person"), tr("Template"), tr("Amount"), tr("Start"), tr("End"), tr("Unit")},
           source_),
      session_(session),
      source_(session, contracts) {}

void ContractListViewModel::reload() {
    session_.require(d::Permission::read_records, "contratos");
    list.reload();
}

}  // namespace pacta::presentation
