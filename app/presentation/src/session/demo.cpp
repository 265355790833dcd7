#include "pacta/presentation/session/demo.h"

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"
#include "pacta/presentation/staff/staff_transfer.h"

namespace pacta::presentation {

std::string seed_demo(domain::UserRepository& users, domain::InstitutionRepository& institutions,
                      domain::StaffRepository& staff, domain::AuditLog& audit, const std::filesystem::path& demo_dir) {
    if (users.count() > 0) return {};
    const auto institution_file = demo_dir / "institucion.json";
    const auto text = document::read_file(institution_file);
    if (!text) {
        return locale::fill(locale::tr("the demonstration files are missing from {dir}; reinstall Pacta."),
                            {{"dir", demo_dir.string()}});
    }
    SetupViewModel setup(users, institutions, audit);
    setup.username = demo_username;
    setup.password = setup.password_again = demo_password;
    setup.institution_file_text = *text;
    setup.institution_file_name = institution_file.string();
    if (!setup.complete()) return setup.error();
    const Session session(*setup.administrator(), audit);
    StaffImportOptions options;
    const auto institution = institutions.list().front();
    options.institution_code = institution.code;
    const auto stored = institutions.find(institution.code);
    for (const auto& unit : stored->units) options.units.push_back(unit.code);
    const auto report = import_staff_file(session, staff, demo_dir / "personal.csv", options);
    if (!report.file_findings.empty()) return locale::describe(report.file_findings.front());
    if (!report.rejections.empty()) return locale::describe(report.rejections.front().findings.front());
    return {};
}

}  // namespace pacta::presentation
