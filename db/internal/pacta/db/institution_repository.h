#pragma once

#include "pacta/domain/ports/institutions.h"

namespace pacta::db {

class Database;

class SqliteInstitutionRepository : public domain::InstitutionRepository {
public:
    explicit SqliteInstitutionRepository(Database& db) : db_(db) {}

    bool save(const domain::Institution& institution, const std::string& actor) override;
    void save_over(const domain::Institution& changed, const domain::Institution& opened, const std::string& actor) override;
    [[nodiscard]] std::optional<domain::Institution> find(const std::string& code) override;
    [[nodiscard]] std::vector<domain::InstitutionSummary> list() override;
    [[nodiscard]] std::vector<domain::SignatorySummary> signatories(const std::string& institution_code) override;

private:
    // save() and save_over(): `opened`, when given, must still be what is stored.
    bool write(const domain::Institution& institution, const std::string& actor, const domain::Institution* opened);
    Database& db_;
};

// The institution as the audit trail stores it (JSON).
[[nodiscard]] std::string institution_snapshot(const domain::Institution& institution);

}  // namespace pacta::db
