#pragma once
// Instalments on the office server. The server writes the audit rows, keeps the month sums
// (instalment_month_total) and Inicio's list (due_in_force) in triggers, refuses to change a
// paid instalment and keeps each user to their institutions; `actor` is who the connection
// logged in as, so the parameters of that name are ignored.

#include <cstdint>
#include <string>
#include <vector>

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/instalments.h"

namespace pacta::db::pg {

class PgInstalmentRepository final : public domain::InstalmentRepository {
public:
    explicit PgInstalmentRepository(Connection& connection) : db_(connection) {}
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
    // The instalments of `from_where` ("FROM ... WHERE ... ORDER BY ..." over instalment n,
    // contract c and staff s), read with what a clerk sees beside them.
    std::vector<domain::ContractInstalment> query(const std::string& from_where, const std::vector<Param>& params);
    std::vector<domain::ContractInstalment> open_list(const domain::InstalmentQuery& query, const std::string& window);
    std::vector<domain::InstalmentTotals> month_totals(const std::vector<std::string>& institutions,
                                                       const std::string& from_month, const std::string& to_month);
    // The row's id, locked to the end of the transaction; refuses a stale `before`.
    std::string locate(const std::string& folio, const domain::InstalmentRecord& before);
    void update(const std::string& id, const domain::InstalmentRecord& after);
    Connection& db_;
};

// The refusals of a stale read and of the server's rules (SQLSTATE P0001, "raised by a
// trigger": a paid instalment, a frozen schedule) reach callers as one ServerError, as
// SQLite's reach them as one DatabaseError.
inline constexpr const char* refused_state = "P0001";

}  // namespace pacta::db::pg
