#pragma once
// Auditoría: the audit trail, newest first, searchable and filtered by user, action, entity
// and dates; the chain recomputed on demand with its latest hash (what a transparency
// office compares with a backup's manifest); and one row's values before and after.

#include <string>

#include "pacta/domain/ports/audit.h"
#include "pacta/presentation/access.h"
#include "pacta/presentation/record_list.h"

namespace pacta::presentation {

class AuditViewModel {
public:
    enum Column { number, date, time, actor, action, entity, id };
    // At most this many rows are loaded (the newest); verification always reads them all.
    static constexpr std::size_t row_limit = 200'000;

    AuditViewModel(const Session& session, domain::AuditTrail& trail) : list(columns()), session_(session), trail_(trail) {}
    void reload();
    RecordList list;
    // "Cadena íntegra: 1 234 filas; último hash 3f…", or where it breaks and what to do.
    [[nodiscard]] std::string verify();
    [[nodiscard]] bool intact() const { return intact_; }
    // The row's values before and after, as indented JSON. Personal data may be in them: it
    // needs the permission to view it, and the view itself is audited.
    [[nodiscard]] std::string details(std::size_t row);

private:
    static std::vector<std::string> columns();

    const Session& session_;
    domain::AuditTrail& trail_;
    std::vector<domain::AuditEntry> entries_;
    bool intact_ = true;
};

}  // namespace pacta::presentation
