#include "pacta/presentation/contracts/contract_screen.h"

#include <algorithm>

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "pacta/presentation/payments/payment_totals.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

void ContractViewModel::load(const std::string& folio) {
    error_.clear();
    status_ = service_.status(folio);
    moves_ = service_.available_moves(folio);
    history_ = service_.history(folio);
    files_.clear();
    if (documents_) files_ = documents_->list(folio);
}

std::string ContractViewModel::state_label() const { return locale::contract_state_label(status_.state); }

std::string ContractViewModel::summary_line() const {
    std::vector<std::string> parts;
    if (instalments_ != nullptr) {
        const auto all = instalments_->for_contract(status_.folio);
        if (!all.empty()) {
            std::int64_t total = 0;
            for (const auto& i : all) total += i.record.state == d::InstalmentState::cancelled ? 0 : i.record.plan.amount.minor_units();
            if (!all.front().person.empty()) parts.push_back(all.front().person);
            parts.push_back(fill(locale::trn("{amount} in {count} instalment", "{amount} in {count} instalments",
                                             static_cast<long>(all.size())),
                                 {{"amount", d::format_money(d::Money(total, all.front().record.plan.amount.currency()))},
                                  {"count", std::to_string(all.size())}}));
        }
    }
    if (status_.start && status_.end) {
        parts.push_back(fill(tr("from {start} to {end}"),
                             {{"start", display_date(status_.start->iso())}, {"end", display_date(status_.end->iso())}}));
    }
    if (!status_.template_code.empty()) parts.push_back(fill(tr("template {code}"), {{"code", status_.template_code}}));
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : " · ") + part;
    return out;
}

std::string ContractViewModel::moved_line() const {
    return fill(tr("Done: the contract is now «{state}»."), {{"state", state_label()}});
}

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
            default: out.push_back(locale::contract_state_label(m.to)); break;
        }
    }
    return out;
}

std::vector<std::string> ContractViewModel::history_lines() const {
    std::vector<std::string> out;
    for (const auto& h : history_) {
        out.push_back(display_timestamp(h.at) + "  " + h.actor + "  " + locale::contract_state_label(h.from) + " → " +
                      locale::contract_state_label(h.to) + (h.reason.empty() ? "" : "  «" + h.reason + "»"));
    }
    return out;
}

std::vector<std::string> ContractViewModel::file_lines() const {
    std::vector<std::string> out;
    for (const auto& file : files_) out.push_back(document_line(file));
    return out;
}

std::optional<std::filesystem::path> ContractViewModel::open_document(std::size_t index) {
    error_.clear();
    if (!documents_ || index >= files_.size()) return std::nullopt;
    try {
        return documents_->local_copy(status_.folio, files_[index].sha256, copies_);
    } catch (const ServiceError& e) {
        error_ = e.what();
        return std::nullopt;
    }
}

std::vector<std::string> ContractViewModel::instalment_lines() const {
    std::vector<std::string> out;
    if (instalments_ == nullptr) return out;
    for (const auto& i : instalments_->for_contract(status_.folio)) {
        const auto& p = i.record.plan;
        out.push_back(std::to_string(p.number) + "  " + display_date(p.period_start.iso()) + " – " + display_date(p.period_end.iso()) + "  " +
                      fill(tr("due {date}"), {{"date", display_date(p.due.iso())}}) + "  " + d::format_money(p.amount) + "  " +
                      locale::instalment_state_label(i.record.state));
    }
    return out;
}

std::vector<std::string> ContractViewModel::audit_lines() const {
    std::vector<std::string> out;
    for (const auto& e : contracts_.audit_history(status_.folio)) {
        out.push_back(display_timestamp(e.at) + "  " + e.actor + "  " + locale::audit_action_label(e.action) + "  " +
                      locale::audit_entity_label(e.entity) + " " + e.entity_id);
    }
    return out;
}

bool ContractViewModel::offers_correction() const {
    return d::content_editable(status_.state) && service_.user_may(d::Permission::draft_contracts);
}

bool ContractViewModel::offers_signing() const {
    return status_.state == d::ContractState::aprobado &&
           std::any_of(moves_.begin(), moves_.end(), [](const AvailableMove& m) { return m.to == d::ContractState::firmado; });
}

bool ContractViewModel::check_editable() {
    error_.clear();
    try {
        service_.check_content_change(status_.folio, d::Permission::draft_contracts);
        return true;
    } catch (const ServiceError& e) {
        // Moved meanwhile from another window or desk: that is what the person needs to hear.
        const auto shown = status_.state;
        try {
            load(status_.folio);
        } catch (const ServiceError&) {
        }
        error_ = e.what();
        if (status_.state != shown) {
            error_ = fill(tr("meanwhile it moved to «{state}» (from another window or desk); the buttons now show what "
                             "can be done with it."),
                          {{"state", state_label()}});
        }
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
        // Moved meanwhile from another window or desk: that is what the person needs to hear.
        const auto shown = status_.state;
        try {
            load(status_.folio);
        } catch (const ServiceError&) {
        }
        error_ = e.what();
        if (status_.state != shown) {
            error_ = fill(tr("meanwhile it moved to «{state}» (from another window or desk); the buttons now show what "
                             "can be done with it."),
                          {{"state", state_label()}});
        }
        return false;
    }
}

}  // namespace pacta::presentation
