#pragma once

#include "pacta/domain/ports/institutions.h"

namespace pacta::db {

class Database;

class SqliteInstitutionRepository : public domain::InstitutionRepository {
public:
    explicit SqliteInstitutionRepository(Database& db) : db_(db) {}

    bool save(const domain::Institution& institution, const std::string& actor) override;
    [[nodiscard]] std::optional<domain::Institution> find(const std::string& code) override;
    [[nodiscard]] std::vector<domain::InstitutionSummary> list() override;
    [[nodiscard]] std::vector<domain::SignatorySummary> signatories(const std::string& institution_code) override;

private:
    Database& db_;
};

// The institution as the audit trail stores it (JSON).
[[nodiscard]] std::string institution_snapshot(const domain::Institution& institution);

}  // namespace pacta::db
