#pragma once
// Contracts and the template versions they were made from, in SQLite.

#include "pacta/domain/ports/contracts.h"

namespace pacta::db {

class Database;

class SqliteContractRepository : public domain::ContractCatalog, public domain::ContractDrafts {
public:
    explicit SqliteContractRepository(Database& db) : db_(db) {}

    std::string create(const domain::NewContract& draft, const std::string& actor) override;
    std::vector<std::string> create_all(const std::vector<domain::NewContract>& drafts, const std::string& actor) override;
    void revise(const std::string& folio, const domain::NewContract& content, const std::string& actor) override;
    void record_file(const std::string& folio, const domain::ContractFile& file, const std::string& actor) override;
    [[nodiscard]] std::map<std::pair<std::string, int>, std::size_t> count_by_template(
        const std::vector<std::string>& institutions) override;
    [[nodiscard]] std::vector<domain::ContractSummary> page(const domain::ContractQuery& query, std::size_t offset,
                                                            std::size_t limit) override;
    [[nodiscard]] std::size_t count(const domain::ContractQuery& query) override;
    [[nodiscard]] std::map<domain::ContractState, std::size_t> count_by_state(
        const std::vector<std::string>& institutions) override;
    [[nodiscard]] std::vector<domain::ContractSummary> of_person(const std::string& staff_key) override;
    [[nodiscard]] std::vector<std::string> units_in_use() override;
    [[nodiscard]] std::optional<domain::StoredContract> find(const std::string& folio) override;
    [[nodiscard]] std::optional<std::string> template_source(const std::string& code, int version) override;
    [[nodiscard]] std::optional<std::string> file_contents(const std::string& folio, const std::string& sha256) override;

private:
    Database& db_;
};

}  // namespace pacta::db
