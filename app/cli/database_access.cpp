#include "database_access.h"

#include <iostream>

#include "arguments.h"
#include "input_parsing.h"
#include "pacta/presentation/session/database_opening.h"
#include "pacta/platform/password.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

std::optional<std::string>& option() {
    static std::optional<std::string> value;
    return value;
}

std::optional<std::string>& server_setting() {
    static std::optional<std::string> value;
    return value;
}

std::optional<std::string>& login_option() {
    static std::optional<std::string> value;
    return value;
}

bool& password_from_stdin() {
    static bool value = false;
    return value;
}


SharedWorkspace*& shared_workspace() {
    static SharedWorkspace* current = nullptr;
    return current;
}

}  // namespace

std::optional<std::string> read_stdin_line() {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

void set_database_option(std::optional<std::string> path) { option() = std::move(path); }

std::filesystem::path database_path() {
    if (option()) return *option();
    if (auto env = platform::environment("PACTA_DB")) return *env;
    return platform::default_database_path();
}

void set_login_option(std::optional<std::string> username) { login_option() = std::move(username); }

void set_server_option(std::optional<std::string> server) { server_setting() = std::move(server); }

std::optional<std::string> server_option() {
    if (server_setting()) return server_setting();
    return platform::environment("PACTA_SERVIDOR");
}

void set_password_from_stdin() { password_from_stdin() = true; }

std::unique_ptr<core::Office> open_workspace_without_login(const Console& console) {
    if (server_option()) {
        // On the server even reading needs a login role; its first administrator is made
        // when the database is prepared.
        throw UsageError(tr("on the office server every command needs a user (--usuario NAME); its first "
                            "administrator is created by «pacta-cli servidor preparar»."));
    }
    const auto path = database_path();
    try {
        return core::Office::open(path);
    } catch (const domain::StoreUnavailable& e) {
        console.error(presentation::describe(e));
    }
    return nullptr;
}

std::unique_ptr<core::Office> open_own_workspace(const Console& console) {
    const auto server = server_option();
    std::unique_ptr<core::Office> ws;
    if (!server) {
        ws = open_workspace_without_login(console);
        if (!ws) return nullptr;
    }
    std::optional<std::string> username = login_option();
    std::optional<std::string> password;
    if (!username) {
        username = platform::environment("PACTA_USUARIO");
        if (!password_from_stdin()) password = platform::environment("PACTA_CLAVE");
    }
    if (password_from_stdin() && username && !username->empty()) {
        password = read_stdin_line();
        if (!password) throw UsageError(tr("--clave-stdin: standard input holds no password."));
    }
    if (!username || username->empty()) {
        if (ws && !ws->has_users()) throw presentation::AccessDenied(presentation::login_failure_text(
                                                                         presentation::LoginFailure::no_users),
                                                                     {domain::Role::administrador});
        throw UsageError(tr("this command works on the database and needs a user: give --usuario NAME before the "
                            "command, or set PACTA_USUARIO and PACTA_CLAVE."));
    }
    if (!password) {
        password = platform::read_secret_from_terminal(fill(tr("Password for {user}: "), {{"user", *username}}));
        if (!password) {
            throw UsageError(tr("there is no terminal to ask for the password: set PACTA_CLAVE (for scripts, with "
                                "PACTA_USUARIO)."));
        }
    }
    if (server) {
        // Logging in is connecting: PostgreSQL checks the password.
        try {
            auto opened = core::Office::open_server(*server, *username, *password);
            if (!opened.office) throw presentation::AccessDenied(presentation::login_failure_text(opened.failure), {});
            return std::move(opened.office);
        } catch (const domain::StoreUnavailable& e) {
            console.error(presentation::describe(e));
            return nullptr;
        }
    }
    const auto result = ws->log_in(*username, *password);
    if (!result.user) {
        throw presentation::AccessDenied(presentation::login_failure_text(result.failure), {});
    }
    return ws;
}

std::shared_ptr<core::Office> open_workspace(const Console& console) {
    auto* shared = shared_workspace();
    if (!shared) return open_own_workspace(console);
    if (!shared->office_) {
        shared->tried_ = true;
        shared->office_ = open_own_workspace(console);
    }
    return shared->office_;
}

SharedWorkspace::SharedWorkspace() { shared_workspace() = this; }

SharedWorkspace::~SharedWorkspace() { shared_workspace() = nullptr; }

std::string read_new_password(bool from_stdin) {
    if (from_stdin) {
        auto line = read_stdin_line();
        if (!line) throw UsageError(tr("--clave-stdin: standard input holds no password."));
        return *line;
    }
    const auto first = platform::read_secret_from_terminal(tr("New password: "));
    if (!first) {
        throw UsageError(tr("there is no terminal to ask for the password: pass it on standard input with "
                            "--clave-stdin."));
    }
    const auto again = platform::read_secret_from_terminal(tr("Repeat the password: "));
    if (!again || *again != *first) throw UsageError(tr("the two passwords differ; nothing was changed."));
    return *first;
}

}  // namespace pacta::cli
