#include "pacta/presentation/screens.h"

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/institution_file.h"
#include "pacta/presentation/payments.h"
#include "pacta/presentation/records_service.h"

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

void ContractViewModel::load(const std::string& folio) {
    error_.clear();
    status_ = service_.status(folio);
    moves_ = service_.available_moves(folio);
    history_ = service_.history(folio);
}

std::string ContractViewModel::state_label() const { return std::string(d::contract_state_label(status_.state)); }

std::vector<std::string> ContractViewModel::move_labels() const {
    std::vector<std::string> out;
    for (const auto& m : moves_) {
        switch (m.to) {
            case d::ContractState::en_revision: out.push_back(tr("Send to legal review")); break;
            case d::ContractState::observado: out.push_back(tr("Return with comments")); break;
            case d::ContractState::aprobado: out.push_back(tr("Approve")); break;
            case d::ContractState::firmado: out.push_back(tr("Record as signed")); break;
            case d::ContractState::cancelado: out.push_back(tr("Cancel")); break;
            case d::ContractState::terminado_anticipadamente: out.push_back(tr("End early")); break;
            case d::ContractState::rescindido: out.push_back(tr("Rescind")); break;
            default: out.push_back(std::string(d::contract_state_label(m.to))); break;
        }
    }
    return out;
}

std::vector<std::string> ContractViewModel::history_lines() const {
    std::vector<std::string> out;
    for (const auto& h : history_) out.push_back(history_line(h));
    return out;
}

std::vector<std::string> ContractViewModel::file_lines() const {
    std::vector<std::string> out;
    for (const auto& sha : status_.generated_sha256) out.push_back("sha256 " + sha);
    return out;
}

std::vector<std::string> ContractViewModel::instalment_lines() const {
    std::vector<std::string> out;
    if (instalments_ == nullptr) return out;
    for (const auto& i : instalments_->for_contract(status_.folio)) {
        const auto& p = i.record.plan;
        out.push_back(std::to_string(p.number) + "  " + p.period_start.iso() + " – " + p.period_end.iso() + "  " +
                      fill(tr("due {date}"), {{"date", p.due.iso()}}) + "  " + d::format_money(p.amount) + "  " +
                      presentation::state_label(i.record.state));
    }
    return out;
}

std::vector<std::string> ContractViewModel::audit_lines() const {
    std::vector<std::string> out;
    for (const auto& e : contracts_.audit_history(status_.folio)) {
        out.push_back(e.at + "  " + e.actor + "  " + e.action + "  " + e.entity + " " + e.entity_id);
    }
    return out;
}

bool ContractViewModel::check_editable() {
    error_.clear();
    try {
        service_.check_content_change(status_.folio, d::Permission::draft_contracts);
        return true;
    } catch (const ServiceError& e) {
        error_ = e.what();
        return false;
    }
}

bool ContractViewModel::move(std::size_t index, const std::string& reason,
                             const std::optional<std::filesystem::path>& signed_file) {
    error_.clear();
    if (index >= moves_.size()) return false;
    // Said here in the screen's words (the service's refusals name pacta-cli's options).
    if (moves_[index].by_termination) {
        error_ = tr("a contract ends early from «Payments», with «End the contract early...», which shows the settlement "
                    "before anything is stored.");
        return false;
    }
    if (moves_[index].signed_document_required && !signed_file) {
        error_ = tr("choose the signed document: the scan of the signed copies or the digitally signed PDF.");
        return false;
    }
    if (moves_[index].reason_required && reason.find_first_not_of(" \t\n") == std::string::npos) {
        error_ = fill(tr("write the reason to «{action}»: it is kept in the contract's history."),
                      {{"action", move_labels()[index]}});
        return false;
    }
    try {
        service_.move(status_.folio, moves_[index].to, reason, signed_file);
        load(status_.folio);
        return true;
    } catch (const InvalidInput& e) {
        // What the checker found, under why nothing moved.
        error_ = e.what();
        for (const auto& f : e.findings()) {
            if (f.severity != d::Severity::error) continue;
            const std::string where = locale::locate(f);
            error_ += "\n• " + (where.empty() ? "" : where + ": ") + locale::describe(f);
        }
        return false;
    } catch (const ServiceError& e) {
        error_ = e.what();
        return false;
    }
}

SignatoryListViewModel::SignatoryListViewModel(const Session& session, d::InstitutionRepository& institutions)
    : list({tr("Institution"), tr("Code"), tr("Name"), tr("Title"), tr("Roles"), tr("Valid from"), tr("Valid to")}),
      session_(session), institutions_(institutions) {}

void SignatoryListViewModel::reload() {
    std::vector<std::vector<std::string>> rows;
    for (const auto& [owner, s] : InstitutionService(session_, institutions_).signatories("")) {
        std::string role_text;
        for (const auto& r : s.roles) role_text += (role_text.empty() ? "" : ", ") + r;
        rows.push_back({owner, s.code, s.name, s.title, role_text, s.valid_from.iso(), s.valid_to ? s.valid_to->iso() : ""});
    }
    list.set_rows(std::move(rows));
}

}  // namespace pacta::presentation
