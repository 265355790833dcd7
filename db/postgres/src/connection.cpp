#include "pacta/db/pg/connection.h"

#include <libpq-fe.h>

#include <charconv>

namespace pacta::db::pg {

namespace {

std::string trimmed(const char* text) {
    std::string out = text == nullptr ? "" : text;
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

[[noreturn]] void fail(pg_conn* conn, const PGresult* result) {
    std::string state;
    if (result != nullptr) {
        if (const char* s = PQresultErrorField(result, PG_DIAG_SQLSTATE)) state = s;
    }
    const std::string message = result != nullptr ? trimmed(PQresultErrorMessage(result)) : trimmed(PQerrorMessage(conn));
    if (state.empty() && conn != nullptr && PQstatus(conn) == CONNECTION_BAD) state = "08006";
    throw ServerError(state, message.empty() ? trimmed(PQerrorMessage(conn)) : message);
}

}  // namespace

void Result::Free::operator()(pg_result* r) const { PQclear(r); }
void Connection::Close::operator()(pg_conn* c) const { PQfinish(c); }

Result::Result(pg_result* result) : result_(result) {}
int Result::rows() const { return PQntuples(result_.get()); }
int Result::columns() const { return PQnfields(result_.get()); }
bool Result::is_null(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }

std::string Result::text(int row, int column) const {
    const char* value = PQgetvalue(result_.get(), row, column);
    return std::string(value, static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}

std::optional<std::string> Result::optional_text(int row, int column) const {
    if (is_null(row, column)) return std::nullopt;
    return text(row, column);
}

std::int64_t Result::integer(int row, int column) const {
    const std::string value = text(row, column);
    std::int64_t out = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (error != std::errc() || end != value.data() + value.size()) {
        throw ServerError("", "not an integer: «" + value + "»");
    }
    return out;
}

std::string Result::status() const { return PQcmdStatus(result_.get()); }

std::int64_t Result::affected() const {
    const char* count = PQcmdTuples(result_.get());
    return count == nullptr || *count == '\0' ? 0 : std::stoll(count);
}

Connection::Connection(const ConnectOptions& options) {
    // Keywords override what the connection string says only where Pacta must decide.
    const std::string timeout = std::to_string(options.connect_timeout.count());
    const std::string server_options = "-c statement_timeout=" + std::to_string(options.statement_timeout.count()) +
                                       " -c lock_timeout=" + std::to_string(options.statement_timeout.count()) +
                                       " -c idle_in_transaction_session_timeout=600000"
                                       " -c DateStyle=ISO,YMD -c TimeZone=UTC";
    std::vector<const char*> keywords = {"dbname", "connect_timeout", "options", "application_name", "client_encoding"};
    std::vector<const char*> values = {options.conninfo.c_str(), timeout.c_str(), server_options.c_str(),
                                       options.application_name.c_str(), "UTF8"};
    if (!options.user.empty()) {
        keywords.push_back("user");
        values.push_back(options.user.c_str());
    }
    if (!options.password.empty()) {
        keywords.push_back("password");
        values.push_back(options.password.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    // expand_dbname=1: "dbname" may be a whole connection string or URI.
    conn_.reset(PQconnectdbParams(keywords.data(), values.data(), 1));
    if (!conn_) throw ServerError("08001", "out of memory connecting to the server");
    if (PQstatus(conn_.get()) != CONNECTION_OK) {
        throw ServerError("08001", trimmed(PQerrorMessage(conn_.get())));
    }
    if (server_version() < minimum_server_version) {
        throw ServerError("0A000", "PostgreSQL " + std::to_string(server_version() / 10000) +
                                       " is older than 15, the oldest this Pacta works with");
    }
    // Every name Pacta uses lives in its own schema; nothing is resolved through the public one.
    exec("SELECT set_config('search_path', 'pacta, pg_catalog', false)");
}

Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

Result Connection::exec(std::string_view sql, const std::vector<Param>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    const std::string text(sql);
    PGresult* raw = PQexecParams(conn_.get(), text.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                                 nullptr, nullptr, 0);
    Result result(raw);
    const auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(conn_.get(), raw);
    return result;
}

void Connection::run_script(std::string_view sql) {
    const std::string text(sql);
    PGresult* raw = PQexec(conn_.get(), text.c_str());
    Result result(raw);
    const auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(conn_.get(), raw);
}

int Connection::server_version() const { return PQserverVersion(conn_.get()); }
std::string Connection::user() const { return PQuser(conn_.get()); }
std::string Connection::database() const { return PQdb(conn_.get()); }

std::vector<std::string> Connection::notifications() {
    std::vector<std::string> out;
    if (PQconsumeInput(conn_.get()) == 0) return out;  // a dropped connection says so at its next statement
    const int self = PQbackendPID(conn_.get());
    while (PGnotify* n = PQnotifies(conn_.get())) {
        if (n->be_pid != self) out.emplace_back(n->extra != nullptr ? n->extra : "");
        PQfreemem(n);
    }
    return out;
}
bool Connection::tls() const { return PQsslInUse(conn_.get()) != 0; }

std::string Connection::scram_verifier(const std::string& role, const std::string& password) {
    char* verifier = PQencryptPasswordConn(conn_.get(), password.c_str(), role.c_str(), "scram-sha-256");
    if (verifier == nullptr) fail(conn_.get(), nullptr);
    std::string out(verifier);
    PQfreemem(verifier);
    return out;
}

std::string Connection::quote_identifier(std::string_view name) {
    char* quoted = PQescapeIdentifier(conn_.get(), name.data(), name.size());
    if (quoted == nullptr) fail(conn_.get(), nullptr);
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

Transaction::Transaction(Connection& connection) : connection_(connection) { connection_.exec("BEGIN"); }

Transaction::~Transaction() {
    if (done_) return;
    try {
        connection_.exec("ROLLBACK");
    } catch (...) {
        // The connection is gone; the server rolled the transaction back itself.
    }
}

void Transaction::commit() {
    // COMMIT of a transaction that already failed answers ROLLBACK, not an error.
    const auto result = connection_.exec("COMMIT");
    done_ = true;
    if (result.status() != "COMMIT") throw ServerError("40000", "the transaction was rolled back");
}

}  // namespace pacta::db::pg
