#pragma once
// Where a contract is in its life, its history of moves and its signed documents.

#include "pacta/domain/ports/contract_history.h"

namespace pacta::db {

class Database;

class SqliteContractLifecycleRepository : public domain::ContractLifecycleRepository {
public:
    explicit SqliteContractLifecycleRepository(Database& db) : db_(db) {}
    [[nodiscard]] std::optional<domain::ContractStatus> status(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::ContractStatus> due_for_date_moves(domain::Date today) override;
    void save_move(const domain::ContractMoveRecord& move, const std::string& actor) override;
    [[nodiscard]] std::vector<domain::ContractHistoryEntry> history(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::SignedDocument> signed_documents(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::AuditEntry> audit_history(const std::string& folio) override;

private:
    Database& db_;
};

}  // namespace pacta::db
