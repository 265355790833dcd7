#include "pacta/db/pg/trusted_root_repository.h"

namespace pacta::db::pg {

namespace d = pacta::domain;

std::vector<d::TrustedRoot> PgTrustedRoots::all() {
    const auto r = db_.exec("SELECT sha256, subject, not_after, pem, added_by, added_at FROM trusted_root "
                            "ORDER BY subject COLLATE \"C\", sha256");
    std::vector<d::TrustedRoot> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int row = 0; row < r.rows(); ++row) {
        out.push_back({r.text(row, 0), r.text(row, 1), r.text(row, 2), r.text(row, 3), r.text(row, 4), r.text(row, 5)});
    }
    return out;
}

bool PgTrustedRoots::add(const d::TrustedRoot& root, const std::string& /*actor*/) {
    // One statement: the row and its audit row (the server's trigger) or neither.
    return db_.exec("INSERT INTO trusted_root (sha256, subject, not_after, pem) VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (sha256) DO NOTHING",
                    {root.sha256, root.subject, root.not_after, root.pem})
               .affected() > 0;
}

bool PgTrustedRoots::remove(const std::string& sha256, const std::string& /*actor*/) {
    return db_.exec("DELETE FROM trusted_root WHERE sha256 = $1", {sha256}).affected() > 0;
}

}  // namespace pacta::db::pg
