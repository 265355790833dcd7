#pragma once
// The database a command works on: --db FILE (before the command), else $PACTA_DB, else
// the embedded default under $XDG_DATA_HOME/pacta/. And who is working: --usuario NAME
// (password asked on the terminal, or the first line of standard input with --clave-stdin),
// else $PACTA_USUARIO with $PACTA_CLAVE (or --clave-stdin).

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "console.h"
#include "pacta/core/office.h"

namespace pacta::cli {

// Set by main() from the global --db option.
void set_database_option(std::optional<std::string> path);
[[nodiscard]] std::filesystem::path database_path();
// The office server instead of a file: the global --servidor (a libpq connection string or
// URI), else $PACTA_SERVIDOR; nullopt for the embedded database.
void set_server_option(std::optional<std::string> server);
[[nodiscard]] std::optional<std::string> server_option();
// Set by main() from --usuario.
void set_login_option(std::optional<std::string> username);
// Set by main() from the global --clave-stdin: the login password is the first line of
// standard input (a command that also reads a new password takes the next line).
void set_password_from_stdin();

// Opens the office on the database, brought up to date, and logs the user in (which records
// the moves the contracts' dates call for: firmado -> vigente -> concluido). Returns null
// after reporting a database that cannot be opened; throws presentation::AccessDenied when
// nobody can be logged in (exit code 3) and UsageError when no user was named. While a
// SharedWorkspace exists, every call returns the office it opened once.
[[nodiscard]] std::shared_ptr<core::Office> open_workspace(const Console& console);
// Always an office of its own, never the shared one: a restore closes it before it replaces
// the file.
[[nodiscard]] std::unique_ptr<core::Office> open_own_workspace(const Console& console);
// The same without a login, for the few actions that need none (the first administrator).
[[nodiscard]] std::unique_ptr<core::Office> open_workspace_without_login(const Console& console);

// «pacta-cli lote» runs many command lines in one process. While this object lives, the first
// open_workspace() opens the database and logs in, and every later one gets that same office
// and session: one Argon2id check and one pass of the date moves for the whole file. The
// session lives only in memory; nothing about it is written anywhere.
class SharedWorkspace {
public:
    SharedWorkspace();
    ~SharedWorkspace();
    SharedWorkspace(const SharedWorkspace&) = delete;
    SharedWorkspace& operator=(const SharedWorkspace&) = delete;

    // Opening or logging in was tried and failed. Later lines would fail the same way (and a
    // wrong password would count again towards the lockout), so the caller stops.
    [[nodiscard]] bool unavailable() const { return tried_ && !office_; }

private:
    friend std::shared_ptr<core::Office> open_workspace(const Console& console);
    std::shared_ptr<core::Office> office_;
    bool tried_ = false;
};

// A new password: one line of standard input with `from_stdin`, else asked twice on the
// terminal. Throws UsageError when neither is possible or the two entries differ.
[[nodiscard]] std::string read_new_password(bool from_stdin);
// The next line of standard input (its line end off); nullopt at its end.
[[nodiscard]] std::optional<std::string> read_stdin_line();

}  // namespace pacta::cli
