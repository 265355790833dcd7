#include "pacta/presentation/session/login_screen.h"

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "pacta/presentation/payments/payment_totals.h"
#include "pacta/presentation/institutions/institution_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;


}  // namespace

std::optional<d::UserAccount> LoginViewModel::submit() {
    error_.clear();
    if (username.empty()) {
        error_ = tr("type your user name.");
        return std::nullopt;
    }
    const auto result = log_in(users_, audit_, username, password);
    password.clear();  // never kept longer than the attempt
    if (!result.user) error_ = login_failure_text(result.failure);
    return result.user;
}

bool SetupViewModel::complete() {
    error_.clear();
    try {
        if (!administrator_) {
            if (password != password_again) {
                error_ = tr("the two passwords differ; type the same password twice.");
                return false;
            }
            NewAccount account{username, {d::Role::administrador}, {}, password};
            create_first_administrator(users_, institutions_, account);
            d::UserAccount created;
            created.username = username;
            created.roles = account.roles;
            administrator_ = created;
            password.clear();
            password_again.clear();
        }
        const auto read = read_institution_file(institution_file_text, institution_file_name);
        if (!read.institution || d::has_errors(read.findings)) {
            error_ = fill(tr("the institution file {file} has errors; correct it and try again."),
                          {{"file", institution_file_name}});
            return false;
        }
        const Session session(*administrator_, audit_);
        InstitutionService(session, institutions_).save(*read.institution);
        return true;
    } catch (const ServiceError& e) {
        error_ = e.what();
        return false;
    }
}

}  // namespace pacta::presentation
