#pragma once
// Auditoría: the audit trail, newest first, searched and filtered by user, action, entity and
// dates in the store, which pages it: opening the screen reads the same few rows at 1,000 rows
// as at 2,000,000. The chain is recomputed only on demand (on a worker thread in the
// desktop), with its latest hash (what a transparency office compares with a backup's
// manifest); one row's values before and after are read when it is opened.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/audit.h"
#include "pacta/presentation/audit/audit_row_detail.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/rows_provider.h"

namespace pacta::presentation {

class AuditViewModel : public RowsProvider {
public:
    enum Column { number, date, time, actor, action, entity, id };
    // Rows read at once, around those on screen.
    static constexpr std::size_t window_rows = 200;
    // A filtered count stops here, and goes on by as much when the list reaches its end.
    static constexpr std::size_t count_step = 10'000;

    AuditViewModel(const Session& session, domain::AuditTrail& trail);

    // Counts again and forgets the rows held (the trail grows as people work); the filters'
    // choices are read again too.
    void reload();

    // Filters, applied by the store; each counts again. Words are matched without accents
    // or capitals in the user, action, entity and key; a number also finds that row.
    void set_search(const std::string& text);
    void set_actor(const std::string& actor);
    void set_action(const std::string& action);
    void set_entity(const std::string& entity);
    // UTC days, AAAA-MM-DD, both included; empty is open.
    void set_dates(const std::string& from, const std::string& to);
    [[nodiscard]] const domain::AuditQuery& query() const { return query_; }

    // The filters' choices, without reading the rows.
    [[nodiscard]] const std::vector<std::string>& actors() const { return actors_; }
    [[nodiscard]] const std::vector<std::string>& entities() const { return entities_; }
    [[nodiscard]] static std::vector<std::string> actions();

    [[nodiscard]] const std::vector<std::string>& columns() const override { return columns_; }
    [[nodiscard]] std::size_t size() const override { return shown_.rows; }
    [[nodiscard]] std::string cell(std::size_t row, std::size_t column) override;
    bool showing(std::size_t first, std::size_t last) override;
    // "12 de 2 000 000", or "más de 10 000 de 2 000 000" while the count stopped at its limit.
    [[nodiscard]] std::string count_text() const;
    // Rows in the whole trail, counted by the store.
    [[nodiscard]] std::size_t total() const { return total_; }

    // While another thread uses the store (the chain's verification), the list shows only
    // the rows it holds and asks the store for nothing.
    void hold_store(bool held) { held_ = held; }

    // Above the list: that the chain has not been verified in this session, or the result
    // of the last verification (rows counted by it, and those written since).
    [[nodiscard]] std::string chain_text() const;
    [[nodiscard]] bool verified() const { return verification_.has_value(); }
    [[nodiscard]] bool intact() const { return verification_ && verification_->intact; }
    // The chain in three steps, so that the second may run on a worker thread: the permission
    // (audited when refused), the recomputation from the first row (only the trail is
    // touched; `progress` may cancel, and domain::Cancelled is thrown), and the result.
    void check_may_verify() const;
    [[nodiscard]] domain::AuditVerification compute_chain(const domain::ProgressReport& progress);
    void keep_verification(const domain::AuditVerification& result);
    // All three; returns chain_text().
    std::string verify();

    // The row's fields before and after. Personal data may be in them: it needs the
    // permission to view it, and the view itself is audited.
    [[nodiscard]] AuditRowDetail details(std::size_t row);

private:
    const domain::AuditEntry* entry_at(std::size_t row);
    void fetch(std::size_t first, std::size_t last);
    void recount();

    std::vector<std::string> columns_;
    const Session& session_;
    domain::AuditTrail& trail_;
    domain::AuditQuery query_;
    domain::AuditCount shown_;
    std::size_t total_ = 0;
    std::vector<std::string> actors_;
    std::vector<std::string> entities_;
    std::size_t window_start_ = 0;
    std::vector<domain::AuditEntry> window_;
    bool held_ = false;
    std::optional<domain::AuditVerification> verification_;
};

}  // namespace pacta::presentation
