#include "pacta/presentation/institutions/institution_service.h"

#include "pacta/domain/clean_text.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::tr;

bool InstitutionService::save(const d::Institution& institution) {
    session_.require(d::Permission::manage_institutions, "institucion " + institution.code);
    if (auto findings = d::disallowed_in_institution(institution); !findings.empty()) {
        throw InvalidInput(tr("nothing was saved; correct the data above and try again."), std::move(findings));
    }
    return repository_.save(institution, session_.actor());
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
