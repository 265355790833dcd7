#include "pacta/presentation/contracts/contract_lifecycle.h"

#include <algorithm>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/pdf/scan_check.h"
#include "pacta/pdf/signature_check.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string label(d::ContractState s) { return locale::contract_state_label(s); }

bool is_image(const std::string& bytes) {
    return bytes.rfind("\xFF\xD8\xFF", 0) == 0 || bytes.rfind("\x89PNG", 0) == 0 || bytes.rfind("II*", 0) == 0 ||
           bytes.rfind("MM\x00*", 0) == 0;
}

}  // namespace

d::SignedDocument examine_signed_document(const std::filesystem::path& file,
                                          const std::vector<std::string>& generated_sha256) {
    const auto bytes = document::read_file(file);
    if (!bytes) throw ServiceError(fill(tr("cannot read the signed document {file}."), {{"file", file.string()}}));
    d::SignedDocument doc;
    doc.path = std::filesystem::absolute(file).string();
    doc.sha256 = platform::sha256_hex(*bytes);
    if (bytes->rfind("%PDF-", 0) != 0) {
        if (!is_image(*bytes)) {
            throw ServiceError(fill(tr("{file} is neither a PDF nor a scanned image (JPEG, PNG, TIFF); attach the signed "
                                       "contract."),
                                    {{"file", file.string()}}));
        }
        // A scanned image of the paper copies: one that decodes, not just its first bytes.
        const auto scan = pdf::check_scan(*bytes);
        if (!scan.readable) {
            throw ServiceError(fill(tr("{file} starts like a {kind} image but does not open as one (it is damaged or "
                                       "cut short); scan the signed copies again and attach that file."),
                                    {{"file", file.string()}, {"kind", scan.kind}}));
        }
        return doc;
    }
    const auto report = pdf::check_pdf_signatures(*bytes);
    if (!report.readable) {
        throw ServiceError(fill(tr("{file} is not a readable PDF ({detail})."),
                                {{"file", file.string()}, {"detail", report.problem}}));
    }
    if (report.signatures.empty()) {
        // A scan as PDF: it must have pages.
        if (pdf::check_scan(*bytes).pages == 0) {
            throw ServiceError(fill(tr("{file} is a PDF without a single page; scan the signed copies again and attach "
                                       "that file."),
                                    {{"file", file.string()}}));
        }
        return doc;
    }
    doc.digital = true;
    for (std::size_t i = 0; i < report.signatures.size(); ++i) {
        const auto& s = report.signatures[i];
        if (!s.intact) {
            throw ServiceError(fill(tr("signature {number} of {file} does not verify: the signed content was altered "
                                       "or the signature is damaged ({detail})."),
                                    {{"number", std::to_string(i + 1)}, {"file", file.string()}, {"detail", s.problem}}));
        }
        if (s.field.empty()) {
            throw ServiceError(fill(tr("signature {number} of {file} belongs to no signature field: it was added to the "
                                       "file outside the contract's fields, so it does not say who signed which part. "
                                       "Attach the file as the signers signed it."),
                                    {{"number", std::to_string(i + 1)}, {"file", file.string()}}));
        }
        doc.signers.push_back({s.signer, s.subject, s.signing_time, s.intact});
    }
    if (!report.covers_whole_file) {
        throw ServiceError(fill(tr("{file} was changed after its last signature; attach the file as it was signed."),
                                {{"file", file.string()}}));
    }
    for (const std::size_t end : pdf::revision_ends(*bytes)) {
        const std::string prefix_sha = platform::sha256_hex(std::string_view(*bytes).substr(0, end));
        if (std::find(generated_sha256.begin(), generated_sha256.end(), prefix_sha) != generated_sha256.end()) {
            doc.matches_generated = true;
            break;
        }
    }
    if (!doc.matches_generated) {
        throw ServiceError(fill(tr("{file} is signed, but what was signed is not a PDF Pacta generated for this "
                                   "contract; sign the contract's PDF as Pacta wrote it."),
                                {{"file", file.string()}}));
    }
    return doc;
}

d::ContractStatus ContractLifecycleService::status(const std::string& folio) {
    auto found = contracts_.status(folio);
    if (!found) {
        throw ServiceError(fill(tr("there is no contract «{folio}»; check its folio."),
                                {{"folio", folio}}));
    }
    return *found;
}

std::vector<AvailableMove> ContractLifecycleService::available_moves(const std::string& folio) {
    const auto s = status(folio);
    session_.require(d::Permission::read_records, "contrato " + folio, s.institution_code);
    std::vector<AvailableMove> out;
    for (const auto to : d::moves_for(session_.user(), {s.institution_code, s.drafted_by, s.editors}, s.state)) {
        const auto* t = d::find_transition(s.state, to);
        out.push_back({to, t->reason_required, t->signed_document_required, t->by_termination});
    }
    return out;
}

void ContractLifecycleService::check(const d::ContractStatus& s, const d::MoveRequest& request) {
    const std::string target = "contrato " + s.folio;
    const auto result = d::check_move(session_.user(), {s.institution_code, s.drafted_by, s.editors}, request);
    switch (result.refusal) {
        case d::MoveRefusal::none: return;
        case d::MoveRefusal::not_a_move: {
            std::string allowed;
            for (const auto& t : d::contract_transitions()) {
                if (t.from != request.from || t.roles.empty()) continue;
                allowed += (allowed.empty() ? "" : ", ") + label(t.to);
            }
            throw ServiceError(fill(tr("the contract {folio} is «{from}» and cannot become «{to}»; from «{from}» it may "
                                       "become: {allowed}."),
                                    {{"folio", s.folio},
                                     {"from", label(request.from)},
                                     {"to", label(request.to)},
                                     {"allowed", allowed.empty() ? tr("nothing, it has ended") : allowed}}));
        }
        case d::MoveRefusal::automatic_only:
            throw ServiceError(fill(tr("«{to}» follows the contract's dates: Pacta records it by itself when it opens the "
                                       "database on or after the date."),
                                    {{"to", label(request.to)}}));
        case d::MoveRefusal::role_missing:
            session_.deny(std::string("mover_a_") + std::string(d::contract_state_name(request.to)), target,
                          fill(tr("{user} may not move the contract {folio} to «{to}»: it needs the role {roles}."),
                               {{"user", session_.actor()},
                                {"folio", s.folio},
                                {"to", label(request.to)},
                                {"roles", roles_text(result.needed)}}),
                          result.needed);
        case d::MoveRefusal::institution_not_covered:
            session_.deny(std::string("mover_a_") + std::string(d::contract_state_name(request.to)), target,
                          fill(tr("{user} does not work for the institution {institution}; an administrator can add it "
                                  "to the account."),
                               {{"user", session_.actor()}, {"institution", s.institution_code}}),
                          {});
        case d::MoveRefusal::drafter_reviewing:
            session_.deny(std::string("mover_a_") + std::string(d::contract_state_name(request.to)), target,
                          fill(tr("{user} drafted or edited the contract {folio} and cannot approve or review it; "
                                  "another legal reviewer must (four eyes)."),
                               {{"user", session_.actor()}, {"folio", s.folio}}),
                          {d::Role::revisor_juridico});
        case d::MoveRefusal::reason_missing:
            throw ServiceError(fill(tr("moving the contract to «{to}» needs a reason: write why."),
                                    {{"to", label(request.to)}}));
        case d::MoveRefusal::signed_document_missing:
            throw ServiceError(tr("a contract becomes «firmado» with its signed document: attach the scan of the signed "
                                  "copies or the digitally signed PDF."));
    }
}

void ContractLifecycleService::move(const std::string& folio, d::ContractState to, const std::string& reason,
                                    const std::optional<std::filesystem::path>& signed_file) {
    const auto s = status(folio);
    check(s, {s.state, to, reason, signed_file.has_value()});
    const auto* t = d::find_transition(s.state, to);
    if (t->by_termination) {
        throw ServiceError(fill(tr("«{to}» is recorded with its settlement statement: end the contract early instead "
                                   "of moving it."),
                                {{"to", label(to)}, {"folio", folio}}));
    }
    if (to == d::ContractState::en_revision && pre_review_check_) {
        auto findings = pre_review_check_(folio);
        if (d::has_errors(findings)) {
            throw ReviewBlocked(fill(tr("the contract {folio} has errors and stays «{state}»: correct its data and send "
                                        "it again."),
                                     {{"folio", folio}, {"state", label(s.state)}}),
                                std::move(findings));
        }
    }
    if (to == d::ContractState::aprobado && approval_check_) {
        if (const auto blocking = approval_check_(folio)) throw ServiceError(*blocking);
    }
    d::ContractMoveRecord record{folio, s.state, to, reason, std::nullopt};
    if (t->signed_document_required) {
        auto doc = examine_signed_document(*signed_file, s.generated_sha256);
        if (!archive_dir_.empty()) {
            // Kept under a name no other file can take: the folio and the content's hash.
            const auto kept = archive_dir_ / folio / (doc.sha256.substr(0, 16) + "-" + signed_file->filename().string());
            std::filesystem::create_directories(kept.parent_path());
            platform::write_file_atomically(kept, *document::read_file(*signed_file));
            doc.path = kept.string();
        }
        record.signed_document = std::move(doc);
    }
    contracts_.save_move(record, session_.actor());
}

void ContractLifecycleService::check_termination(const std::string& folio, d::TerminationCause cause,
                                                 const std::string& reason) {
    const auto s = status(folio);
    check(s, {s.state, d::state_after_termination(cause), reason, false});
}

void ContractLifecycleService::check_signing(const std::string& folio) {
    const auto s = status(folio);
    if (s.state != d::ContractState::aprobado) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: it is signed once a legal reviewer has approved "
                                   "it, and only then."),
                                {{"folio", folio}, {"state", label(s.state)}}));
    }
    check(s, {s.state, d::ContractState::firmado, "", true});
}

void ContractLifecycleService::check_content_change(const std::string& folio, d::Permission permission) {
    const auto s = status(folio);
    session_.require(permission, "contrato " + folio, s.institution_code);
    if (!d::content_editable(s.state)) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: its content is frozen from approval on and never "
                                   "changes once signed; change it with an amendment or, before signing, have a legal "
                                   "reviewer return it."),
                                {{"folio", folio}, {"state", label(s.state)}}));
    }
}

std::vector<d::ContractHistoryEntry> ContractLifecycleService::history(const std::string& folio) {
    const auto s = status(folio);
    session_.require(d::Permission::read_records, "contrato " + folio, s.institution_code);
    return contracts_.history(folio);
}

std::size_t apply_moves_by_date(d::ContractLifecycleRepository& contracts, d::Date today,
                                const std::string& username) {
    // Stored text, read in the history as written: Spanish, like the other reasons.
    const std::string at_login = username.empty() ? std::string() : ", al iniciar sesión " + username;
    std::size_t moves = 0;
    for (const auto& s : contracts.due_for_date_moves(today)) {
        d::ContractState from = s.state;
        for (const auto to : d::moves_by_date(s.state, today, s.start, s.end)) {
            const std::string reason = to == d::ContractState::vigente
                                           ? "inicio de vigencia " + (s.start ? s.start->iso() : std::string())
                                           : "fin de vigencia " + (s.end ? s.end->iso() : std::string());
            try {
                contracts.save_move({s.folio, from, to, reason + at_login, std::nullopt}, system_actor);
            } catch (const d::StaleContractState&) {
                break;  // another process moved it first
            }
            from = to;
            ++moves;
        }
    }
    return moves;
}

std::string history_line(const d::ContractHistoryEntry& h) {
    return h.at + "  " + h.actor + "  " + locale::contract_state_label(h.from) + " → " +
           locale::contract_state_label(h.to) + (h.reason.empty() ? "" : "  «" + h.reason + "»");
}

}  // namespace pacta::presentation
