#include "pacta/presentation/staff/staff_list_screen.h"
#include "pacta/presentation/common/display_date.h"

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/staff/staff_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

constexpr d::Regime all_regimes[] = {d::Regime::honorarios, d::Regime::cas, d::Regime::locacion, d::Regime::planilla};
constexpr d::Category all_categories[] = {d::Category::administrativo, d::Category::asistencial};

}  // namespace

d::StaffQuery StaffListSource::query_of(const ListRequest& request) const {
    d::StaffQuery q;
    q.institutions.assign(session_.user().institutions.begin(), session_.user().institutions.end());
    q.text = request.search;
    if (const auto* code = request.filter(unit)) q.unit_code = *code;
    if (const auto* label = request.filter(regime)) {
        for (const auto r : all_regimes) {
            if (locale::regime_label(r) == *label) q.regime = r;
        }
    }
    if (const auto* label = request.filter(category)) {
        for (const auto c : all_categories) {
            if (locale::category_label(c) == *label) q.category = c;
        }
    }
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
        out.push_back({m.full_name(), m.key(), m.unit_code, locale::regime_label(m.regime),
                       locale::category_label(m.category), identity ? display_date(m.birth_date.iso()) : std::string()});
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
        for (const auto r : all_regimes) out.push_back(locale::regime_label(r));
    } else if (column == category) {
        for (const auto c : all_categories) out.push_back(locale::category_label(c));
    }
    return out;
}

StaffListViewModel::StaffListViewModel(const Session& session, d::StaffRepository& staff)
    : list({tr("Name"), tr("CURP / DNI"), tr("Unit"), tr("Regime"), tr("Category"), tr("Birth date")}, source_),
      session_(session),
      staff_(staff),
      source_(session, staff) {
    list.set_key_columns({key});
}

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
