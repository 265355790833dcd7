#include "pacta/presentation/session/login_screen.h"

#include <filesystem>

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
        const auto file_name = std::filesystem::path(institution_file_name).filename().string();
        if (file_name.empty()) {
            error_ = tr("choose the institution's file (.json) first.");
            return false;
        }
        if (institution_file_text.empty()) {
            error_ = fill(tr("«{file}» cannot be read or is empty; choose the institution's file (.json)."),
                          {{"file", file_name}});
            return false;
        }
        const auto read = read_institution_file(institution_file_text, file_name);
        if (!read.institution || d::has_errors(read.findings)) {
            // What is wrong, each problem on its line (the first ones: the file is corrected
            // and chosen again).
            error_ = fill(tr("the institution file «{file}» has errors; correct them and choose it again:"),
                          {{"file", file_name}});
            std::size_t shown = 0;
            for (const auto& f : read.findings) {
                if (f.severity != d::Severity::error) continue;
                if (++shown > 5) {
                    error_ += "\n…";
                    break;
                }
                error_ += "\n" + locale::describe(f);
            }
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
