#pragma once
// The office's trusted certification authorities on the server: every login reads them, only
// administrators change them; the server stamps who and when and writes the audit row.
#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/trusted_roots.h"

namespace pacta::db::pg {

class PgTrustedRoots final : public domain::TrustedRootStore {
public:
    explicit PgTrustedRoots(Connection& connection) : db_(connection) {}
    [[nodiscard]] std::vector<domain::TrustedRoot> all() override;
    // `actor` is ignored: the logged-in role is the actor.
    bool add(const domain::TrustedRoot& root, const std::string& actor) override;
    bool remove(const std::string& sha256, const std::string& actor) override;

private:
    Connection& db_;
};

}  // namespace pacta::db::pg
