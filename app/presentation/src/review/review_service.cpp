#include "pacta/presentation/review/review_service.h"

#include "pacta/domain/number_words.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

// Every "{{" closed by "}}" and every "{%" by "%}", in order.
bool well_formed(const std::string& text) {
    std::size_t at = 0;
    while (true) {
        const auto open = text.find('{', at);
        if (open == std::string::npos || open + 1 >= text.size()) return true;
        const char kind = text[open + 1];
        if (kind != '{' && kind != '%') {
            at = open + 1;
            continue;
        }
        const auto close = text.find(kind == '{' ? "}}" : "%}", open + 2);
        if (close == std::string::npos) return false;
        const auto next_open = text.find('{', open + 2);
        if (next_open != std::string::npos && next_open < close && next_open + 1 < text.size() &&
            (text[next_open + 1] == '{' || text[next_open + 1] == '%')) {
            return false;
        }
        at = close + 2;
    }
}


}  // namespace

std::vector<d::LibraryClause> ClauseLibraryService::list() {
    session_.require(d::Permission::read_records, "clausulas");
    return library_.list();
}

d::LibraryClause ClauseLibraryService::view(const std::string& key, std::optional<int> version) {
    session_.require(d::Permission::read_records, "clausula " + key);
    auto found = library_.find(key, version);
    if (!found) {
        throw ServiceError(fill(tr("there is no clause «{key}» in the library (or not that version)."),
                                {{"key", key}}));
    }
    return *found;
}

int ClauseLibraryService::add(const d::LibraryClause& clause) {
    session_.require(d::Permission::draft_clauses, "clausula " + clause.key);
    if (clause.key.empty() || clause.key.find_first_of(" \t{}%") != std::string::npos) {
        throw ServiceError(fill(tr("«{key}» cannot be a clause key: use lower-case words joined by underscores, as "
                                   "in the templates (confidencialidad, terminacion_anticipada)."),
                                {{"key", clause.key}}));
    }
    if (clause.title.empty() || clause.text.find_first_not_of(" \n\t") == std::string::npos) {
        throw ServiceError(tr("a clause needs a title and its text."));
    }
    if (!well_formed(clause.text)) {
        throw ServiceError(fill(tr("the text of «{key}» leaves a field or a block tag open; close each field with two "
                                   "closing braces and each block tag with a percent sign and a brace."),
                                {{"key", clause.key}}));
    }
    return library_.add(clause, session_.actor());
}

void ClauseLibraryService::approve(const std::string& key, int version) {
    const auto clause = view(key, version);
    session_.require(d::Permission::approve_clauses, "clausula " + key);
    if (clause.created_by == session_.actor()) {
        session_.deny("aprobar_clausula", "clausula " + key,
                      fill(tr("{user} wrote version {version} of «{key}» and cannot approve it; another legal "
                              "reviewer must."),
                           {{"user", session_.actor()}, {"version", std::to_string(version)}, {"key", key}}),
                      {d::Role::revisor_juridico});
    }
    if (!library_.set_status(key, version, d::ClauseStatus::borrador, d::ClauseStatus::aprobada, session_.actor())) {
        throw ServiceError(fill(tr("version {version} of «{key}» is «{status}»: only a draft is approved."),
                                {{"version", std::to_string(version)}, {"key", key}, {"status", locale::clause_status_label(clause.status)}}));
    }
}

void ClauseLibraryService::retire(const std::string& key, int version) {
    const auto clause = view(key, version);
    session_.require(d::Permission::draft_clauses, "clausula " + key);
    if (clause.status == d::ClauseStatus::retirada ||
        !library_.set_status(key, version, clause.status, d::ClauseStatus::retirada, session_.actor())) {
        throw ServiceError(fill(tr("version {version} of «{key}» is already retired."),
                                {{"version", std::to_string(version)}, {"key", key}}));
    }
}

std::int64_t ReviewService::comment(const std::string& folio, const std::string& clause, const std::string& text,
                                    const std::vector<ClauseName>& clauses) {
    const auto status = ContractLifecycleService(session_, contracts_).status(folio);
    session_.require(d::Permission::comment_contracts, "contrato " + folio, status.institution_code);
    if (status.state != d::ContractState::en_revision && status.state != d::ContractState::observado) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: comments are made while it is under legal "
                                   "review."),
                                {{"folio", folio}, {"state", locale::contract_state_label(status.state)}}));
    }
    if (text.find_first_not_of(" \n\t") == std::string::npos) throw ServiceError(tr("write the comment first."));
    std::string key;
    std::string known;
    for (const auto& c : clauses) {
        if (c.key == clause || d::fold_spanish(c.ordinal) == d::fold_spanish(clause)) key = c.key;
        known += (known.empty() ? "" : ", ") + c.key + " (" + c.ordinal + ")";
    }
    if (key.empty()) {
        throw ServiceError(fill(tr("the contract {folio} has no clause «{clause}»; its clauses are: {known}."),
                                {{"folio", folio}, {"clause", clause}, {"known", known}}));
    }
    return comments_.add(folio, key, text, session_.actor());
}

void ReviewService::resolve(std::int64_t id, const std::string& resolution) {
    const auto found = comments_.find(id);
    if (!found) throw ServiceError(fill(tr("there is no comment {id}."), {{"id", std::to_string(id)}}));
    const auto status = ContractLifecycleService(session_, contracts_).status(found->folio);
    session_.require(d::Permission::resolve_comments, "comentario " + std::to_string(id), status.institution_code);
    if (!comments_.resolve(id, resolution, session_.actor())) {
        throw ServiceError(fill(tr("comment {id} is already resolved."), {{"id", std::to_string(id)}}));
    }
}

std::vector<d::ReviewComment> ReviewService::list(const std::string& folio) {
    const auto status = ContractLifecycleService(session_, contracts_).status(folio);
    session_.require(d::Permission::read_records, "contrato " + folio, status.institution_code);
    return comments_.for_contract(folio);
}

std::size_t ReviewService::open_comments(const std::string& folio) {
    std::size_t open = 0;
    for (const auto& c : comments_.for_contract(folio)) open += !c.resolved;
    return open;
}

std::optional<std::string> ReviewService::approval_blocker(const std::string& folio, d::ReviewChecklist& checklist) {
    if (const auto open = open_comments(folio); open > 0) {
        return fill(locale::trn("the contract {folio} has {count} unresolved review comment; resolve it before "
                                "approving it.",
                                "the contract {folio} has {count} unresolved review comments; resolve them before "
                                "approving it.",
                                static_cast<long>(open)),
                    {{"folio", folio}, {"count", std::to_string(open)}});
    }
    const auto status = contracts_.status(folio);
    if (!status) return std::nullopt;
    std::string unchecked;
    for (const auto& item : checklist.items(status->template_code, folio)) {
        if (!item.checked) unchecked += (unchecked.empty() ? "" : ", ") + std::to_string(item.position);
    }
    if (!unchecked.empty()) {
        return fill(tr("the review checklist of {folio} has points not yet confirmed ({points}); confirm them "
                       "before approving it."),
                    {{"folio", folio}, {"points", unchecked}});
    }
    return std::nullopt;
}

std::vector<d::ChecklistItem> ChecklistService::for_template(const std::string& template_code) {
    session_.require(d::Permission::read_records, "lista de revision " + template_code);
    return checklist_.items(template_code, "");
}

std::vector<d::ChecklistItem> ChecklistService::for_contract(const std::string& folio) {
    const auto status = ContractLifecycleService(session_, contracts_).status(folio);
    session_.require(d::Permission::read_records, "contrato " + folio, status.institution_code);
    return checklist_.items(status.template_code, folio);
}

int ChecklistService::add(const std::string& template_code, const std::string& text) {
    session_.require(d::Permission::draft_clauses, "lista de revision " + template_code);
    if (text.find_first_not_of(" \n\t") == std::string::npos) throw ServiceError(tr("the point is empty: write it first."));
    return checklist_.add_item(template_code, text, session_.actor());
}

void ChecklistService::retire(const std::string& template_code, int position) {
    session_.require(d::Permission::draft_clauses, "lista de revision " + template_code);
    for (const auto& item : checklist_.items(template_code, "")) {
        if (item.position == position && checklist_.retire_item(template_code, item.id, session_.actor())) return;
    }
    throw ServiceError(fill(tr("the review checklist of {template} has no point {point} in use."),
                            {{"template", template_code}, {"point", std::to_string(position)}}));
}

void ChecklistService::check(const std::string& folio, int position) {
    const auto status = ContractLifecycleService(session_, contracts_).status(folio);
    session_.require(d::Permission::comment_contracts, "contrato " + folio, status.institution_code);
    if (status.state != d::ContractState::en_revision && status.state != d::ContractState::observado) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: its checklist is confirmed while it is under "
                                   "legal review."),
                                {{"folio", folio}, {"state", locale::contract_state_label(status.state)}}));
    }
    for (const auto& item : checklist_.items(status.template_code, folio)) {
        if (item.position != position) continue;
        if (!checklist_.check(folio, item.id, session_.actor())) {
            throw ServiceError(fill(tr("point {point} of {folio} is already confirmed."),
                                    {{"point", std::to_string(position)}, {"folio", folio}}));
        }
        return;
    }
    throw ServiceError(fill(tr("the checklist of {template} has no point {point}."),
                            {{"template", status.template_code}, {"point", std::to_string(position)}, {"folio", folio}}));
}

}  // namespace pacta::presentation
