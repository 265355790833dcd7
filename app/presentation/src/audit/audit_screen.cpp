#include "pacta/presentation/audit/audit_screen.h"

#include <algorithm>
#include <sstream>

#include "pacta/domain/number_words.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

// 2000000 -> "2 000 000": counts of this size are read at a glance.
std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), " ");
    return digits;
}

}  // namespace

AuditViewModel::AuditViewModel(const Session& session, d::AuditTrail& trail)
    : columns_{tr("No."), tr("Date"), tr("Time"), tr("User"), tr("Action"), tr("Entity"), tr("Key")},
      session_(session), trail_(trail) {}

std::vector<std::string> AuditViewModel::actions() { return {d::audit_actions.begin(), d::audit_actions.end()}; }

void AuditViewModel::reload() {
    session_.require(d::Permission::read_records, "auditoria");
    actors_ = trail_.actors();
    entities_ = trail_.entities();
    recount();
}

void AuditViewModel::recount() {
    window_.clear();
    window_start_ = 0;
    total_ = trail_.count({}, 0).rows;
    if (query_.only_dates()) {
        // Counted from the ids alone, at any size.
        shown_ = query_.from.empty() && query_.to.empty() ? d::AuditCount{total_, true} : trail_.count(query_, 0);
        return;
    }
    // A filter's first window comes first: when it is not full it is the whole count, and a
    // rare word costs one pass over the trail instead of two.
    window_ = trail_.page(query_, 0, window_rows);
    shown_ = window_.size() < window_rows ? d::AuditCount{window_.size(), true} : trail_.count(query_, count_step);
}

void AuditViewModel::set_search(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(d::fold_spanish(text));
    for (std::string word; in >> word;) words.push_back(word);
    if (words == query_.words) return;
    query_.words = std::move(words);
    recount();
}

void AuditViewModel::set_actor(const std::string& value) {
    query_.actor = value;
    recount();
}

void AuditViewModel::set_action(const std::string& value) {
    query_.action = value;
    recount();
}

void AuditViewModel::set_entity(const std::string& value) {
    query_.entity = value;
    recount();
}

void AuditViewModel::set_dates(const std::string& from, const std::string& to) {
    query_.from = from;
    query_.to = to;
    recount();
}

void AuditViewModel::fetch(std::size_t first, std::size_t last) {
    // The rows asked for, in the middle of a window of them.
    const std::size_t span = std::max(window_rows, last - first + 1);
    const std::size_t before = (span - (last - first + 1)) / 2;
    window_start_ = first > before ? first - before : 0;
    window_ = trail_.page(query_, window_start_, span);
}

const d::AuditEntry* AuditViewModel::entry_at(std::size_t row) {
    if (row >= shown_.rows) return nullptr;
    const bool held = row >= window_start_ && row - window_start_ < window_.size();
    if (!held) {
        if (held_) return nullptr;
        fetch(row, row);
        if (row < window_start_ || row - window_start_ >= window_.size()) return nullptr;
    }
    return &window_[row - window_start_];
}

std::string AuditViewModel::cell(std::size_t row, std::size_t column) {
    const auto* e = entry_at(row);
    if (e == nullptr) return {};
    switch (column) {
        case number: return std::to_string(e->id);
        // Stored in UTC ("AAAA-MM-DDTHH:MM:SSZ"), shown as this computer's local day and time.
        case date: return display_timestamp(e->at).substr(0, 10);
        case time: {
            const auto local = display_timestamp(e->at);
            return local.size() >= 19 ? local.substr(11, 8) : std::string();
        }
        case actor: return e->actor;
        case action: return locale::audit_action_label(e->action);
        case entity: return locale::audit_entity_label(e->entity);
        case id: return e->entity_id;
        default: return {};
    }
}

bool AuditViewModel::showing(std::size_t first, std::size_t last) {
    if (held_ || first > last || first >= shown_.rows) return false;
    last = std::min(last, shown_.rows - 1);
    const bool held = first >= window_start_ && last - window_start_ < window_.size();
    if (!held) fetch(first, last);
    // Near the end of a count that stopped: count on.
    if (shown_.exact || last + window_rows < shown_.rows) return false;
    const auto before = shown_.rows;
    shown_ = trail_.count(query_, shown_.rows + count_step);
    return shown_.rows != before;
}

std::string AuditViewModel::count_text() const {
    const locale::Params counts{{"shown", grouped(shown_.rows)}, {"total", grouped(total_)}};
    return shown_.exact ? fill(tr("{shown} of {total}"), counts) : fill(tr("more than {shown} of {total}"), counts);
}

std::string AuditViewModel::chain_text() const {
    if (!verification_) {
        return tr("The chain has not been verified in this session: «Verify the chain» recomputes it from the first row.");
    }
    const auto& v = *verification_;
    if (!v.intact) {
        return fill(tr("the audit trail is broken from row {row}: a row was edited or deleted there. Restore a "
                       "backup whose manifest shows an intact chain."),
                    {{"row", std::to_string(v.first_broken_row)}});
    }
    std::string text = fill(locale::trn("Audit trail intact: {rows} row; latest hash {hash}",
                                        "Audit trail intact: {rows} rows; latest hash {hash}", static_cast<long>(v.rows)),
                            {{"rows", std::to_string(v.rows)}, {"hash", v.latest_hash}});
    if (total_ > v.rows) {
        const auto since = total_ - v.rows;
        text += fill(locale::trn(" ({count} row written since, not yet verified)",
                                 " ({count} rows written since, not yet verified)", static_cast<long>(since)),
                     {{"count", std::to_string(since)}});
    }
    return text;
}

// The chain's hashes cover the rows' values, personal data among them.
void AuditViewModel::check_may_verify() const {
    session_.require(d::Permission::view_personal_data, "auditoria verificar");
}

d::AuditVerification AuditViewModel::compute_chain(const d::ProgressReport& progress) { return trail_.verify(progress); }

void AuditViewModel::keep_verification(const d::AuditVerification& result) {
    verification_ = result;
    total_ = std::max(total_, result.rows);
}

std::string AuditViewModel::verify() {
    check_may_verify();
    keep_verification(compute_chain({}));
    return chain_text();
}

AuditRowDetail AuditViewModel::details(std::size_t row) {
    const auto* shown = entry_at(row);
    if (shown == nullptr) throw ServiceError(tr("that row is no longer in the list; reload it."));
    const std::int64_t row_id = shown->id;
    session_.require(d::Permission::view_personal_data, "auditoria fila " + std::to_string(row_id));
    const auto e = trail_.find(row_id);
    if (!e) throw ServiceError(tr("that row is no longer in the list; reload it."));
    session_.record_access("consultar", "auditoria", std::to_string(row_id), "{}");
    return {fill(tr("Row {id}, {at}, by {actor}: {action} {entity} {key}"),
                 {{"id", std::to_string(e->id)},
                  {"at", display_timestamp(e->at)},
                  {"actor", e->actor},
                  {"action", locale::audit_action_label(e->action)},
                  {"entity", locale::audit_entity_label(e->entity)},
                  {"key", e->entity_id}}),
            audit_changes(e->before_json, e->after_json)};
}

}  // namespace pacta::presentation
