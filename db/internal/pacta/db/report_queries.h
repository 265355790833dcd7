#pragma once
// The sums reports are made of, on one desk (ReportQueries over SQLite).
#include "pacta/domain/ports/reports.h"

namespace pacta::db {

class Database;

class SqliteReportQueries final : public domain::ReportQueries {
public:
    explicit SqliteReportQueries(Database& db) : db_(db) {}
    [[nodiscard]] std::vector<domain::HeadcountCell> headcount(const domain::HeadcountQuery& query) override;
    [[nodiscard]] std::int64_t headcount_total(const domain::HeadcountQuery& query, int year) override;
    [[nodiscard]] std::vector<domain::PaymentCell> payments(const domain::PaymentsQuery& query) override;
    [[nodiscard]] domain::PaymentCell payment_totals(const domain::PaymentsQuery& query,
                                                     domain::Currency currency) override;
    [[nodiscard]] std::vector<domain::ContractCountCell> contracts(const domain::ContractsQuery& query) override;
    [[nodiscard]] std::int64_t contract_total(const domain::ContractsQuery& query) override;
    [[nodiscard]] std::vector<domain::EndingContract> ending(const std::vector<std::string>& institutions,
                                                             domain::Date today, int days) override;
    [[nodiscard]] std::vector<domain::OverdueStep> overdue(const std::vector<std::string>& institutions,
                                                           domain::Date today, int approval_days) override;
    [[nodiscard]] std::vector<domain::PublishedContract> published(const std::string& institution_code,
                                                                   domain::Date from, domain::Date to) override;

private:
    Database& db_;
};

}  // namespace pacta::db
