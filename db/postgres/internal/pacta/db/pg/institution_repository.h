#pragma once
// Institutions on the office server. The server writes the audit rows (one per row changed)
// and keeps each user to their institutions; `actor` is who the connection logged in as.

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/institutions.h"

namespace pacta::db::pg {

class PgInstitutionRepository final : public domain::InstitutionRepository {
public:
    explicit PgInstitutionRepository(Connection& connection) : db_(connection) {}
    bool save(const domain::Institution& institution, const std::string& actor) override;
    void save_over(const domain::Institution& changed, const domain::Institution& opened, const std::string& actor) override;
    [[nodiscard]] std::optional<domain::Institution> find(const std::string& code) override;
    [[nodiscard]] std::vector<domain::InstitutionSummary> list() override;
    [[nodiscard]] std::vector<domain::SignatorySummary> signatories(const std::string& institution_code) override;

private:
    // save() and save_over(): `opened`, when given, must still be what is stored.
    bool write(const domain::Institution& institution, const domain::Institution* opened);
    Connection& db_;
};

}  // namespace pacta::db::pg
