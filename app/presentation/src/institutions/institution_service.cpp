#include "pacta/presentation/institutions/institution_service.h"

#include "pacta/domain/clean_text.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::tr;

namespace {

void require_clean(const d::Institution& institution) {
    if (auto findings = d::disallowed_in_institution(institution); !findings.empty()) {
        throw InvalidInput(tr("nothing was saved; correct the data above and try again."), std::move(findings));
    }
}

}  // namespace

bool InstitutionService::save(const d::Institution& institution) {
    session_.require(d::Permission::manage_institutions, "institucion " + institution.code);
    require_clean(institution);
    return repository_.save(institution, session_.actor());
}

void InstitutionService::save_over(const d::Institution& changed, const d::Institution& opened) {
    session_.require(d::Permission::manage_institutions, "institucion " + changed.code);
    require_clean(changed);
    try {
        repository_.save_over(changed, opened, session_.actor());
    } catch (const d::StaleInstitution& e) {
        const std::string when = display_timestamp(e.at());
        const auto space = when.find(' ');
        throw ServiceError(locale::fill(
            tr("{who} saved the institution's data on {date} at {time} while you were editing them; nothing was "
               "written over their change. Close this window and open it again to see it, then make your change "
               "there."),
            {{"who", e.who()}, {"date", when.substr(0, space)},
             {"time", space == std::string::npos ? std::string() : when.substr(space + 1, 5)}}));
    }
}

std::optional<d::Institution> InstitutionService::find(const std::string& code) {
    session_.require(d::Permission::read_records, "institucion " + code, code);
    return repository_.find(code);
}

std::vector<d::InstitutionSummary> InstitutionService::list() {
    session_.require(d::Permission::read_records, "instituciones");
    std::vector<d::InstitutionSummary> out;
    for (auto& i : repository_.list()) {
        if (session_.user().covers(i.code)) out.push_back(std::move(i));
    }
    return out;
}

std::vector<d::SignatorySummary> InstitutionService::signatories(const std::string& institution_code) {
    session_.require(d::Permission::read_records, "firmantes", institution_code);
    std::vector<d::SignatorySummary> out;
    for (auto& s : repository_.signatories(institution_code)) {
        if (session_.user().covers(s.institution)) out.push_back(std::move(s));
    }
    return out;
}

}  // namespace pacta::presentation
