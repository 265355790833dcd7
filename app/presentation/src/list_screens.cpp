#include "pacta/presentation/list_screens.h"

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/records_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string date_text(const std::optional<d::Date>& date) { return date ? date->iso() : std::string(); }

std::optional<d::Date> date_of(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    return d::parse_iso_date(iso).value;
}

const std::string* filter_value(const ListRequest& request, std::size_t column) {
    const auto it = request.filters.find(column);
    return it == request.filters.end() ? nullptr : &it->second;
}

}  // namespace

d::ContractQuery ContractListSource::query_of(const ListRequest& request) const {
    d::ContractQuery q;
    q.institutions.assign(session_.user().institutions.begin(), session_.user().institutions.end());
    q.text = request.search;
    if (const auto* label = filter_value(request, state)) {
        for (const auto s : d::all_contract_states()) {
            if (d::contract_state_label(s) == *label) q.state = s;
        }
    }
    if (const auto* code = filter_value(request, unit)) q.unit_code = *code;
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
        out.push_back({c.folio, std::string(d::contract_state_label(c.state)), c.person,
                       c.template_code + " v" + std::to_string(c.template_version), d::format_money(c.total),
                       date_text(c.start), date_text(c.end), c.unit_code});
    }
    return out;
}

std::vector<std::string> ContractListSource::values_of(std::size_t column) {
    std::vector<std::string> out;
    if (column == state) {
        for (const auto s : d::all_contract_states()) out.emplace_back(d::contract_state_label(s));
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

d::StaffQuery StaffListSource::query_of(const ListRequest& request) const {
    d::StaffQuery q;
    q.institutions.assign(session_.user().institutions.begin(), session_.user().institutions.end());
    q.text = request.search;
    if (const auto* code = filter_value(request, unit)) q.unit_code = *code;
    if (const auto* label = filter_value(request, regime)) q.regime = d::regime_from_name(*label);
    if (const auto* label = filter_value(request, category)) q.category = d::category_from_name(*label);
    // The store keeps people in the order of their surnames; any column sorts by them.
    q.descending = request.sort_column && !request.ascending;
    return q;
}

std::size_t StaffListSource::count(const ListRequest& request) { return staff_.count(query_of(request)); }

std::size_t StaffListSource::total() { return count(ListRequest{}); }

std::vector<std::vector<std::string>> StaffListSource::rows(const ListRequest& request, std::size_t offset,
                                                            std::size_t limit) {
    std::vector<std::vector<std::string>> out;
    const bool identity = session_.user().may(d::Permission::view_personal_data);
    for (auto& m : staff_.page(query_of(request), offset, limit)) {
        if (!identity) m = without_personal_data(std::move(m));
        out.push_back({m.full_name(), m.key(), m.unit_code, std::string(d::regime_name(m.regime)),
                       std::string(d::category_name(m.category)), identity ? m.birth_date.iso() : std::string()});
    }
    return out;
}

std::string StaffListSource::key_at(const ListRequest& request, std::size_t row) {
    const auto found = staff_.page(query_of(request), row, 1);
    if (found.empty()) throw ServiceError(tr("that person is no longer on the list; search again."));
    return found.front().key();
}

std::vector<std::string> StaffListSource::values_of(std::size_t column) {
    std::vector<std::string> out;
    if (column == unit) {
        out = staff_.units_in_use();
    } else if (column == regime) {
        for (const auto r : {d::Regime::cas, d::Regime::honorarios, d::Regime::locacion, d::Regime::planilla}) {
            out.emplace_back(d::regime_name(r));
        }
    } else if (column == category) {
        out = {std::string(d::category_name(d::Category::administrativo)),
               std::string(d::category_name(d::Category::asistencial))};
    }
    return out;
}

StaffListViewModel::StaffListViewModel(const Session& session, d::StaffRepository& staff)
    : list({tr("Name"), tr("CURP / DNI"), tr("Unit"), tr("Regime"), tr("Category"), tr("Birth date")}, source_),
      session_(session),
      staff_(staff),
      source_(session, staff) {}

void StaffListViewModel::reload() {
    session_.require(d::Permission::read_records, "personal");
    list.reload();
}

std::string StaffListViewModel::key_at(std::size_t row) {
    // Read again at the same place; if someone else is there now, the list changed under
    // the user, who must not open another person than the one they chose.
    const auto found = source_.key_at(list.request(), row);
    d::StaffMember shown;
    shown.curp = found;
    if (!session_.user().may(d::Permission::view_personal_data)) shown = without_personal_data(std::move(shown));
    if (shown.curp != list.cell(row, StaffListSource::key)) {
        throw ServiceError(tr("that person is no longer on the list; search again."));
    }
    return found;
}

d::StaffMember StaffListViewModel::member(std::size_t row) {
    return StaffService(session_, staff_).open(key_at(row));
}

}  // namespace pacta::presentation
