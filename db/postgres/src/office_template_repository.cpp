#include "pacta/db/pg/office_template_repository.h"

#include "pacta/platform/sha256.h"

namespace pacta::db::pg {

namespace d = pacta::domain;

std::vector<d::OfficeTemplateFile> PgOfficeTemplateShelf::all() {
    const auto r = db_.exec("SELECT file_name, source, saved_by, saved_at FROM office_template ORDER BY file_name");
    std::vector<d::OfficeTemplateFile> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int row = 0; row < r.rows(); ++row) out.push_back({r.text(row, 0), r.text(row, 1), r.text(row, 2), r.text(row, 3)});
    return out;
}

void PgOfficeTemplateShelf::save(const d::OfficeTemplateFile& file, const std::string& /*actor*/) {
    // One statement: the row and its audit row (the server's trigger) or neither.
    db_.exec("INSERT INTO office_template (file_name, source, sha256) VALUES ($1, $2, $3) "
             "ON CONFLICT (file_name) DO UPDATE SET source = excluded.source, sha256 = excluded.sha256",
             {file.file_name, file.text, platform::sha256_hex(file.text)});
}

}  // namespace pacta::db::pg
