#include "pacta/presentation/audit_screen.h"

#include <nlohmann/json.hpp>

#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string pretty(const std::optional<std::string>& json) {
    if (!json) return tr("(nothing)");
    const auto parsed = nlohmann::json::parse(*json, nullptr, false);
    return parsed.is_discarded() ? *json : parsed.dump(2, ' ', false);
}

}  // namespace

std::vector<std::string> AuditViewModel::columns() {
    return {tr("No."), tr("Date"), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Entity"), tr("Key")};
}

void AuditViewModel::reload() {
    session_.require(d::Permission::read_records, "auditoria");
    entries_ = trail_.latest(row_limit);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(entries_.size());
    for (const auto& e : entries_) {
        // Stored as "AAAA-MM-DDTHH:MM:SSZ".
        const std::string day = e.at.substr(0, 10);
        const std::string clock = e.at.size() >= 19 ? e.at.substr(11, 8) : std::string();
        rows.push_back({std::to_string(e.id), day, clock, e.actor, e.action, e.entity, e.entity_id});
    }
    list.set_rows(std::move(rows));
}

std::string AuditViewModel::verify() {
    session_.require(d::Permission::read_records, "auditoria verificar");
    const auto v = trail_.verify();
    intact_ = v.intact;
    if (!v.intact) {
        return fill(tr("the audit trail is broken from row {row}: a row was edited or deleted there. Restore a "
                       "backup whose manifest shows an intact chain."),
                    {{"row", std::to_string(v.first_broken_row)}});
    }
    return fill(tr("Audit trail intact: {rows} rows; latest hash {hash}"),
                {{"rows", std::to_string(v.rows)}, {"hash", v.latest_hash}});
}

std::string AuditViewModel::details(std::size_t row) {
    const auto& e = entries_.at(list.source_index(row));
    session_.require(d::Permission::view_personal_data, "auditoria fila " + std::to_string(e.id));
    session_.record_access("consultar", "auditoria", std::to_string(e.id), "{}");
    return fill(tr("Row {id}, {at}, by {actor}: {action} {entity} {key}"),
                {{"id", std::to_string(e.id)},
                 {"at", e.at},
                 {"actor", e.actor},
                 {"action", e.action},
                 {"entity", e.entity},
                 {"key", e.entity_id}}) +
           "\n\n" + tr("Before:") + "\n" + pretty(e.before_json) + "\n\n" + tr("After:") + "\n" + pretty(e.after_json);
}

}  // namespace pacta::presentation
