#pragma once
// Instalments of contracts in SQLite.

#include <cstdint>

#include "pacta/domain/ports/instalments.h"

namespace pacta::db {

class Database;

class SqliteInstalmentRepository : public domain::InstalmentRepository {
public:
    explicit SqliteInstalmentRepository(Database& db) : db_(db) {}
    [[nodiscard]] std::vector<domain::ContractInstalment> for_contract(const std::string& folio) override;
    [[nodiscard]] std::vector<domain::ContractInstalment> open(const domain::InstalmentQuery& query) override;
    [[nodiscard]] std::vector<domain::ContractInstalment> open_page(const domain::InstalmentQuery& query,
                                                                    std::size_t offset, std::size_t limit) override;
    [[nodiscard]] std::size_t open_count(const domain::InstalmentQuery& query) override;
    [[nodiscard]] std::vector<domain::ContractInstalment> page(const domain::InstalmentQuery& query, std::size_t offset,
                                                               std::size_t limit) override;
    [[nodiscard]] std::size_t count(const domain::InstalmentQuery& query) override;
    [[nodiscard]] std::vector<domain::InstalmentTotals> totals(const std::vector<std::string>& institutions,
                                                               const std::string& from_month,
                                                               const std::string& to_month,
                                                               domain::TotalsKey key) override;
    [[nodiscard]] std::vector<domain::ContractInstalment> all() override;
    void save_move(const std::string& folio, const domain::InstalmentRecord& before,
                   const domain::InstalmentRecord& after, const std::string& actor) override;
    void save_termination(const std::string& folio, const domain::Settlement& settlement,
                          const std::string& actor) override;
    bool replace_schedule(const std::string& folio, const std::vector<domain::Instalment>& schedule,
                          const std::string& actor) override;

private:
    void update(std::int64_t id, const domain::InstalmentRecord& after);
    std::int64_t locate(const std::string& folio, const domain::InstalmentRecord& before);
    // Which table the join walks first, when a list's order is one table's index
    // (`due_first`: the open instalments of contracts in force, table due_in_force).
    enum class JoinOrder { planner, instalments_first, contracts_first, due_first };
    std::vector<domain::ContractInstalment> query(const std::string& where, const std::vector<std::string>& args,
                                                  JoinOrder order = JoinOrder::planner);
    std::vector<domain::InstalmentTotals> month_totals(const std::vector<std::string>& institutions,
                                                       const std::string& from_month, const std::string& to_month);
    Database& db_;
};

// JSON of an instalment for the audit trail.
[[nodiscard]] std::string instalment_audit_json(const domain::InstalmentRecord& record);

}  // namespace pacta::db
