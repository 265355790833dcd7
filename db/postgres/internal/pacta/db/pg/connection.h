#pragma once
// One connection to the office server through libpq: parameterised statements only (the
// text of a value never becomes SQL), results read by row and column, and the server's
// refusals as ServerError with its SQLSTATE. <libpq-fe.h> stays in the sources.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace pacta::db::pg {

// What the server (or libpq) said when a statement or the connection failed.
class ServerError : public std::runtime_error {
public:
    ServerError(std::string sqlstate, const std::string& message)
        : std::runtime_error(message), sqlstate_(std::move(sqlstate)) {}
    // "42501" insufficient privilege, "23505" unique violation, "P0001" raised by a trigger,
    // "08006" connection lost; empty when libpq failed before the server answered.
    [[nodiscard]] const std::string& sqlstate() const noexcept { return sqlstate_; }

private:
    std::string sqlstate_;
};

// A parameter: text, or SQL NULL.
using Param = std::optional<std::string>;

class Result {
public:
    explicit Result(pg_result* result);
    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    [[nodiscard]] bool is_null(int row, int column) const;
    // The value as text ("" for NULL).
    [[nodiscard]] std::string text(int row, int column) const;
    [[nodiscard]] std::optional<std::string> optional_text(int row, int column) const;
    [[nodiscard]] std::int64_t integer(int row, int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    [[nodiscard]] std::int64_t affected() const;
    // The command's tag: "COMMIT", "ROLLBACK", "INSERT 0 1"...
    [[nodiscard]] std::string status() const;

private:
    struct Free {
        void operator()(pg_result* r) const;
    };
    std::unique_ptr<pg_result, Free> result_;
};

struct ConnectOptions {
    ConnectOptions() = default;
    explicit ConnectOptions(std::string info) : conninfo(std::move(info)) {}
    // A libpq connection string or URI ("postgresql://host/base", "service=pacta"); the
    // password comes from libpq's password file or service file, never from here.
    std::string conninfo;
    std::chrono::seconds connect_timeout{10};
    std::chrono::milliseconds statement_timeout{30'000};
    std::string application_name = "pacta";
    // Override what the connection string says: who logs in, and (only for checking a
    // password typed in Pacta) with what password, held in memory.
    std::string user;
    std::string password;
};

class Connection {
public:
    // Throws ServerError (sqlstate "08001" when the server cannot be reached) and refuses a
    // server older than PostgreSQL 15.
    explicit Connection(const ConnectOptions& options);
    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    // $1, $2... in `sql` take `params` in order.
    Result exec(std::string_view sql, const std::vector<Param>& params = {});
    // Several statements without parameters (DDL), in one round trip.
    void run_script(std::string_view sql);

    [[nodiscard]] int server_version() const;  // 150004 for 15.4
    [[nodiscard]] std::string user() const;
    [[nodiscard]] std::string database() const;
    // Whether the connection is encrypted (TLS).
    [[nodiscard]] bool tls() const;
    // A SCRAM-SHA-256 verifier of `password` for `role`, computed here: the password itself
    // never travels to the server.
    [[nodiscard]] std::string scram_verifier(const std::string& role, const std::string& password);
    // "identifier" quoted for SQL.
    [[nodiscard]] std::string quote_identifier(std::string_view name);
    // The payloads of the notifications other sessions sent on the channels this one
    // LISTENs to, read without waiting; this session's own are left out.
    [[nodiscard]] std::vector<std::string> notifications();

private:
    struct Close {
        void operator()(pg_conn* c) const;
    };
    std::unique_ptr<pg_conn, Close> conn_;
};

// BEGIN ... COMMIT; rolled back unless committed.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

inline constexpr int minimum_server_version = 150000;

}  // namespace pacta::db::pg
