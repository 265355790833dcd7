#pragma once
// The office's own templates on the server: every desk drafts from these. The server stamps
// who saved each and when, writes the audit row and lets only administrators save.

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/office_templates.h"

namespace pacta::db::pg {

class PgOfficeTemplateShelf final : public domain::OfficeTemplateShelf {
public:
    explicit PgOfficeTemplateShelf(Connection& connection) : db_(connection) {}
    [[nodiscard]] std::vector<domain::OfficeTemplateFile> all() override;
    void save(const domain::OfficeTemplateFile& file, const std::string& actor) override;

private:
    Connection& db_;
};

}  // namespace pacta::db::pg
