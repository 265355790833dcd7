#include "pacta/presentation/institutions/signatory_list_screen.h"
#include "pacta/presentation/common/display_date.h"

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/institutions/institution_service.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::tr;

SignatoryListViewModel::SignatoryListViewModel(const Session& session, d::InstitutionRepository& institutions)
    : list({tr("Institution"), tr("Code"), tr("Name"), tr("Title"), tr("Roles"), tr("Valid from"), tr("Valid to")}),
      session_(session), institutions_(institutions) {
    list.set_key_columns({institution, code});
}

void SignatoryListViewModel::reload() {
    std::vector<std::vector<std::string>> rows;
    for (const auto& [owner, s] : InstitutionService(session_, institutions_).signatories("")) {
        std::string role_text;
        for (const auto& r : s.roles) role_text += (role_text.empty() ? "" : ", ") + locale::signatory_role_label(r);
        rows.push_back({owner, s.code, s.name, s.title, role_text, display_date(s.valid_from.iso()), s.valid_to ? display_date(s.valid_to->iso()) : ""});
    }
    list.set_rows(std::move(rows));
}

}  // namespace pacta::presentation
