#pragma once
// The office's trusted certification authorities on one desk (table trusted_root).
#include "pacta/domain/ports/trusted_roots.h"

namespace pacta::db {

class Database;

class SqliteTrustedRoots final : public domain::TrustedRootStore {
public:
    explicit SqliteTrustedRoots(Database& db) : db_(db) {}
    [[nodiscard]] std::vector<domain::TrustedRoot> all() override;
    bool add(const domain::TrustedRoot& root, const std::string& actor) override;
    bool remove(const std::string& sha256, const std::string& actor) override;

private:
    Database& db_;
};

}  // namespace pacta::db
