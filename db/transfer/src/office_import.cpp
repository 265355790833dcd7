#include "pacta/db/office_import.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/pg/audit_repository.h"
#include "pacta/db/pg/connection.h"
#include "pacta/db/pg/params.h"
#include "pacta/db/pg/server_schema_setup.h"
#include "pacta/db/postgres_server.h"
#include "pacta/db/schema.h"
#include "pacta/db/statement.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {

namespace {

using Kind = ServerSetupError::Kind;

// The tables both engines keep, parents first; the server's own setting and trail head are
// its own.
constexpr const char* tables[] = {
    "institution", "institution_setting", "unit", "budget_account", "signatory", "signatory_role", "staff",
    "template", "app_user", "user_role", "user_institution", "contract", "contract_data", "contract_signatory",
    "contract_file", "folio_sequence", "instalment", "contract_move", "signed_document", "contract_editor",
    "clause", "review_comment", "review_checklist_item", "review_check", "audit_log", "instalment_month_total",
    "due_in_force", "trusted_root"};

std::vector<std::string> desk_columns(Database& desk, const std::string& table) {
    std::vector<std::string> out;
    Statement info(desk, "SELECT name FROM pragma_table_info(?1)");
    info.bind(1, std::string_view(table));
    while (info.step()) out.push_back(info.column_text(0));
    return out;
}

// Every row of `table` the desk has, in the columns both engines share, as text; in batches
// of one statement each.
std::int64_t copy_table(Database& desk, pg::Connection& server, const std::string& table) {
    const auto on_desk = desk_columns(desk, table);
    if (on_desk.empty()) return 0;
    const auto r = server.exec("SELECT column_name FROM information_schema.columns WHERE table_schema = 'pacta' AND "
                               "table_name = $1 ORDER BY ordinal_position",
                               {table});
    std::vector<std::string> columns;
    for (int i = 0; i < r.rows(); ++i) {
        const std::string name = r.text(i, 0);
        if (std::find(on_desk.begin(), on_desk.end(), name) != on_desk.end()) columns.push_back(name);
    }
    std::string list;
    for (const auto& c : columns) list += (list.empty() ? "" : ", ") + c;
    Statement rows(desk, "SELECT " + list + " FROM " + table);
    const std::size_t width = columns.size();
    const std::size_t per_batch = std::max<std::size_t>(1, 20000 / width);
    std::vector<pg::Param> params;
    std::int64_t copied = 0;
    std::size_t in_batch = 0;
    const auto flush = [&] {
        if (in_batch == 0) return;
        std::string sql = "INSERT INTO pacta." + table + " (" + list + ") VALUES ";
        for (std::size_t row = 0; row < in_batch; ++row) {
            sql += row == 0 ? "(" : ", (";
            for (std::size_t c = 0; c < width; ++c) sql += (c == 0 ? "$" : ", $") + std::to_string(row * width + c + 1);
            sql += ")";
        }
        server.exec(sql, params);
        params.clear();
        in_batch = 0;
    };
    while (rows.step()) {
        for (std::size_t c = 0; c < width; ++c) {
            const int column = static_cast<int>(c);
            params.push_back(rows.column_is_null(column) ? pg::Param(std::nullopt) : pg::Param(rows.column_text(column)));
        }
        ++copied;
        if (++in_batch == per_batch) flush();
    }
    flush();
    return copied;
}

// A file a row names, as bytea text, when this computer still has it with the recorded hash.
pg::Param file_bytes(const std::string& path, const std::string& sha256) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.size() > 50ULL * 1024 * 1024 || platform::sha256_hex(bytes) != sha256) return std::nullopt;
    return pg::bytea_param(bytes);
}

}  // namespace

OfficeImportReport import_office(const OfficeImportRequest& request) {
    Database desk(request.source);
    if (desk.user_version() != current_schema_version()) {
        throw ServerSetupError(Kind::mismatch, request.source.string() + " has schema " +
                                                   std::to_string(desk.user_version()) + "; open it once with this Pacta first");
    }
    const auto before = SqliteAuditTrail(desk).verify();
    if (!before.intact) {
        throw ServerSetupError(Kind::mismatch, "the desk's audit trail is broken at row " +
                                                   std::to_string(before.first_broken_row));
    }
    Statement admin(desk, "SELECT u.active FROM app_user u JOIN user_role r ON r.user_id = u.id "
                          "WHERE u.username = ?1 AND r.role = 'administrador'");
    admin.bind(1, std::string_view(request.administrator));
    if (!admin.step() || admin.column_int(0) == 0) {
        throw ServerSetupError(Kind::mismatch, "«" + request.administrator + "» is not an active administrator of " +
                                                   request.source.string());
    }

    pg::ConnectOptions options(request.conninfo);
    options.statement_timeout = std::chrono::minutes(30);
    pg::Connection server(options);
    if (server.exec("SELECT 1 FROM pg_namespace WHERE nspname = 'pacta'").rows() > 0) {
        throw ServerSetupError(Kind::not_empty, server.database());
    }
    const std::string prefix = server_role_prefix(server.database());
    OfficeImportReport report;
    report.database = server.database();

    pg::Transaction tx(server);
    pg::create_server_schema(server, prefix, request.pacta_version);
    // Rows as they were, trail included: the server's own triggers would write new ones.
    server.run_script("RESET ROLE; SET session_replication_role = replica; SET search_path = pacta, pg_catalog;");
    for (const char* table : tables) report.rows += copy_table(desk, server, table);

    // What only the server keeps: the files' bytes this computer still has, the search
    // columns and every counter.
    for (const char* table : {"contract_file", "signed_document"}) {
        const auto files = server.exec(std::string("SELECT id, path, sha256 FROM pacta.") + table);
        for (int i = 0; i < files.rows(); ++i) {
            const auto bytes = file_bytes(files.text(i, 1), files.text(i, 2));
            if (bytes) server.exec(std::string("UPDATE pacta.") + table + " SET content = $2::bytea WHERE id = $1",
                                   {files.text(i, 0), bytes});
        }
    }
    server.run_script(
        "UPDATE pacta.staff s SET search_text = lower(pacta.unaccent(s.given_names || ' ' || s.first_surname || ' ' || "
        "s.second_surname || ' ' || coalesce(s.curp, '') || ' ' || coalesce(s.dni, '') || ' ' || "
        "coalesce(s.foreign_card, '') || ' ' || coalesce((SELECT u.code || ' ' || u.name FROM pacta.unit u "
        "WHERE u.id = s.unit_id), ''))), search_private = lower(coalesce(s.rfc, '') || ' ' || coalesce(s.ruc, ''));");
    const auto identities = server.exec("SELECT table_name FROM information_schema.columns WHERE table_schema = 'pacta' "
                                        "AND column_name = 'id' AND is_identity = 'YES'");
    for (int i = 0; i < identities.rows(); ++i) {
        const std::string table = "pacta." + identities.text(i, 0);
        server.exec("SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM " + table + "), 0) + 1, "
                    "false)",
                    {table});
    }

    // Each user's own login role in Pacta's groups; only the administrator gets a password now.
    const auto users = server.exec("SELECT u.username, u.active, coalesce(array_agg(r.role) FILTER (WHERE r.role IS NOT "
                                   "NULL), '{}')::text FROM pacta.app_user u LEFT JOIN pacta.user_role r ON r.user_id = "
                                   "u.id GROUP BY u.id ORDER BY u.username");
    for (int i = 0; i < users.rows(); ++i) {
        const std::string username = users.text(i, 0);
        const std::string login = server.quote_identifier(prefix + "u_" + username);
        const bool active = users.text(i, 1) == "t";
        server.run_script("CREATE ROLE " + login + (active ? " LOGIN" : " NOLOGIN") + " IN ROLE " +
                          server.quote_identifier(prefix + "usuario"));
        std::string roles = users.text(i, 2);
        roles = roles.substr(1, roles.size() - 2);  // {a,b}
        std::size_t start = 0;
        while (start < roles.size()) {
            const auto comma = roles.find(',', start);
            const std::string role = roles.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            server.run_script("GRANT " + server.quote_identifier(prefix + role) + " TO " + login);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        if (username == request.administrator) {
            const auto verifier = server.scram_verifier(prefix + "u_" + username, request.password);
            server.run_script("ALTER ROLE " + login + " PASSWORD " + server.exec("SELECT quote_literal($1)", {verifier}).text(0, 0));
        } else if (active) {
            report.need_password.push_back(username);
        }
    }
    server.run_script("SET session_replication_role = origin;");

    // The same trail on both sides, or nothing stays.
    const auto after = pg::PgAuditTrail(server).verify();
    if (!after.intact || after.rows != before.rows || after.latest_hash != before.latest_hash) {
        throw ServerSetupError(Kind::mismatch, "the trail on the server (" + std::to_string(after.rows) + " rows, " +
                                                   after.latest_hash + ") is not the desk's (" +
                                                   std::to_string(before.rows) + " rows, " + before.latest_hash + ")");
    }
    tx.commit();
    report.audit_rows = static_cast<std::int64_t>(after.rows);
    report.latest_hash = after.latest_hash;
    return report;
}

}  // namespace pacta::db
