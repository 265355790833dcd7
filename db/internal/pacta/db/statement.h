#pragma once
// A prepared statement with bound parameters: SQL in Pacta is always parameterised.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace pacta::db {

class Database;

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQL's "?1".
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view value);
    // Without copying: `value` must stay valid and unchanged until reset(). For bulk writes
    // (an import binds 30 strings a row).
    Statement& bind_unowned(int index, std::string_view value);
    Statement& bind_null(int index);
    // The largest parameter number the SQL uses ("?7": 7); lower numbers may be absent.
    [[nodiscard]] int parameter_count() const;

    // Advances to the next row; false when there are no more.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] std::int64_t column_int(int index) const;
    [[nodiscard]] std::string column_text(int index) const;
    // Without copying: valid until the next step() or reset(). For scans of millions of rows.
    [[nodiscard]] std::string_view column_view(int index) const;
    [[nodiscard]] bool column_is_null(int index) const;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace pacta::db
