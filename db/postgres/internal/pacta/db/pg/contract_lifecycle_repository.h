#pragma once
// Where a contract is in its life, its history of moves and its signed documents, on the
// office server. The server checks each move (legal, by the role, four eyes) and writes the
// audit rows; the history row names the login, whatever `actor` says.

#include <optional>

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/contract_history.h"

namespace pacta::db::pg {

class PgContractLifecycleRepository final : public domain::ContractLifecycleRepository {
public:
    explicit PgContractLifecycleRepository(Connection& connection) : db_(connection) {}
    [[nodiscard]] std::optional<domain::ContractStatus> status(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::ContractStatus> due_for_date_moves(domain::Date today) override;
    void save_move(const domain::ContractMoveRecord& move, const std::string& actor) override;
    [[nodiscard]] std::vector<domain::ContractHistoryEntry> history(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::SignedDocument> signed_documents(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::AuditEntry> audit_history(const std::string& folio) override;

private:
    Connection& db_;
    std::optional<bool> reads_trail_;  // whether the server grants this login the trail's values
};

}  // namespace pacta::db::pg
