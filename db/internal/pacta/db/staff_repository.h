#pragma once

#include "pacta/domain/ports/staff.h"

namespace pacta::db {

class Database;

class SqliteStaffRepository : public domain::StaffRepository {
public:
    explicit SqliteStaffRepository(Database& db) : db_(db) {}

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
    Database& db_;
};

}  // namespace pacta::db
