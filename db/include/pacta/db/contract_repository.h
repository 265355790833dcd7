#pragma once
// Contracts and the template versions they were made from.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/repositories.h"
#include "pacta/domain/schedule.h"

namespace pacta::db {

class Database;

// A new contract as the drafting code hands it over (domain::NewContract).
using ContractDraft = domain::NewContract;

// What `contrato editar` may change while the contract is a draft or returned.
struct ContractContent {
    std::string data_json;
    std::int64_t total_minor = 0;
    std::string signing_date, start_date, end_date;
};

struct ContractFile {
    std::string kind;  // "completo" or "publico"
    std::string path;
    std::string sha256;
    std::string created_at;
};

struct ContractRecord {
    std::string folio;
    std::string institution_code;
    std::string template_code;
    int template_version = 0;
    std::string template_source;
    std::string staff_key;
    std::string person_name;
    std::string state;
    std::string data_json;
    std::int64_t total_minor = 0;
    std::string currency;
    std::string signing_date, start_date, end_date, created_at;
    std::map<std::string, std::string> signatories;
    std::vector<ContractFile> files;
    std::string drafted_by;
    std::string amends;                   // the original's folio, for an amendment
    std::vector<std::string> amendments;  // this contract's amendments, by folio
};

class SqliteContractRepository : public domain::ContractCatalog, public domain::ContractDrafts {
public:
    explicit SqliteContractRepository(Database& db) : db_(db) {}

    // Stores the draft (and its template version, if new) in one transaction, drafted by
    // `actor`; returns the folio: "<INSTITUTION>-<year>-<NNNN>", numbered per institution and
    // year, or "<ORIGINAL>-CM<n>" for the n-th amendment of a contract. Throws
    // DatabaseError when a template version's text differs from the one stored under the
    // same code and version (template versions are immutable).
    std::string create(const ContractDraft& draft, const std::string& actor) override;
    [[nodiscard]] std::optional<ContractRecord> find(const std::string& folio);
    [[nodiscard]] std::vector<ContractRecord> list();
    [[nodiscard]] std::vector<domain::ContractSummary> summaries() override;
    [[nodiscard]] std::optional<domain::ContractSource> source(const std::string& folio) override;
    void add_file(const std::string& folio, const ContractFile& file, const std::string& actor);
    void record_file(const std::string& folio, const std::string& kind, const std::string& path, const std::string& sha256,
                     const std::string& actor) override {
        add_file(folio, {kind, path, sha256, ""}, actor);
    }
    // The stored text of a template version (every version a contract was made from).
    [[nodiscard]] std::optional<std::string> template_source(const std::string& code, int version);
    // Replaces the content of a draft (audited). The database refuses it (DatabaseError)
    // once the contract has been approved.
    void update_content(const std::string& folio, const ContractContent& content, const std::string& actor);
    void revise(const std::string& folio, const ContractDraft& content, const std::string& actor) override;

private:
    Database& db_;
};

}  // namespace pacta::db
