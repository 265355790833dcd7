#pragma once
// Staff records on the office server. An import sends its people in chunks, each one set-based
// statement, and writes only the people whose record differs, so the server's trail (written
// by its row triggers, as the login) holds one row per person actually created or changed.
// Searches match `search_text`, kept by a trigger without accents; lists are sorted by the
// server in byte order, as SQLite's BINARY collation sorts them.

#include <optional>

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/staff.h"

namespace pacta::db::pg {

class PgStaffRepository final : public domain::StaffRepository {
public:
    explicit PgStaffRepository(Connection& connection) : db_(connection) {}

    domain::StaffImportResult import(const std::vector<domain::StaffMember>& staff, const std::string& institution_code,
                                     bool update_existing, const std::string& actor,
                                     const domain::ProgressReport& progress = {},
                                     const domain::ImportSource& source = {}) override;
    [[nodiscard]] std::vector<std::string> existing_keys(const std::vector<std::string>& keys) override;
    [[nodiscard]] std::map<std::string, std::string> institutions_of(const std::vector<std::string>& keys) override;
    [[nodiscard]] std::optional<domain::StaffMember> find(const std::string& key) override;
    [[nodiscard]] std::int64_t version(const std::string& key) override;
    [[nodiscard]] std::vector<domain::StaffMember> search(const std::string& text, std::size_t limit) override;
    [[nodiscard]] std::vector<domain::StaffMember> all() override;
    [[nodiscard]] std::vector<domain::StaffMember> page(const domain::StaffQuery& query, std::size_t offset,
                                                        std::size_t limit) override;
    [[nodiscard]] std::size_t count(const domain::StaffQuery& query) override;
    [[nodiscard]] std::vector<std::string> units_in_use() override;
    [[nodiscard]] std::vector<domain::StaffCount> active_breakdown() override;

private:
    // Whether the server grants this login the personal columns (birth date, RFC, bank...).
    [[nodiscard]] bool personal();
    // The columns read: all, or without personal data when the server does not grant them.
    [[nodiscard]] const char* columns();

    Connection& db_;
    std::optional<bool> personal_;  // whether the login may read personal data, asked once
};

}  // namespace pacta::db::pg
