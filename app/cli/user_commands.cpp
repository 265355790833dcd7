// pacta-cli usuario crear|listar|desactivar|restablecer: accounts and their roles.
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/session/access.h"

namespace pacta::cli {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

presentation::NewAccount account_from(const Arguments& args) {
    presentation::NewAccount account;
    const auto name = args.value("usuario");
    if (!name) throw UsageError(tr("«usuario crear» needs --usuario NAME and at least one --rol"));
    account.username = *name;
    for (const auto& text : args.values("rol")) {
        const auto role = d::role_from_name(text);
        if (!role) {
            throw UsageError(fill(tr("unknown role «{role}»; use capturista, revisor_juridico, finanzas or "
                                     "administrador"),
                                  {{"role", text}}));
        }
        account.roles.insert(*role);
    }
    for (const auto& code : args.values("institucion")) account.institutions.insert(code);
    return account;
}

std::string roles_of(const d::UserAccount& user) {
    return locale::roles_label({user.roles.begin(), user.roles.end()});
}

int create(const Arguments& args, const Console& console) {
    auto account = account_from(args);
    const bool from_stdin = args.flag("clave-stdin");
    // On the office server the first administrator comes with «servidor preparar».
    if (!server_option()) {
        auto before_login = open_workspace_without_login(console);
        if (!before_login) return exit_invalid;
        before_login->accounts().check_request(account);
        if (!before_login->accounts().any()) {
            // The first administrator needs no login: there is nobody to log in as.
            account.password = read_new_password(from_stdin);
            before_login->accounts().create(account);
            console.out << fill(tr("First administrator «{name}» created."), {{"name", account.username}}) << '\n';
            return exit_ok;
        }
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    // The permission first, so a refused user is not asked for a password to no purpose.
    auto accounts = ws->accounts();
    accounts.check_request(account);
    account.password = read_new_password(from_stdin);
    accounts.create(account);
    console.out << fill(tr("User «{name}» created with the roles: {roles}."),
                        {{"name", account.username},
                         {"roles", roles_of(d::UserAccount{account.username, account.roles, {}, true, 0, false})}})
                << '\n';
    return exit_ok;
}

int list(const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    for (const auto& u : ws->accounts().list()) {
        std::string institutions;
        for (const auto& i : u.institutions) institutions += (institutions.empty() ? "" : ",") + i;
        std::string state = u.locked ? tr("locked") : u.active ? tr("active") : tr("deactivated");
        console.out << u.username << '\t' << roles_of(u) << '\t' << (institutions.empty() ? tr("all") : institutions)
                    << '\t' << state << '\n';
    }
    return exit_ok;
}

int deactivate(const Arguments& args, const Console& console) {
    const auto name = args.value("usuario");
    if (!name) throw UsageError(tr("«usuario desactivar» needs --usuario NAME"));
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    ws->accounts().deactivate(*name);
    console.out << fill(tr("User «{name}» deactivated."), {{"name", *name}}) << '\n';
    return exit_ok;
}

int reset(const Arguments& args, const Console& console) {
    const auto name = args.value("usuario");
    if (!name) throw UsageError(tr("«usuario restablecer» needs --usuario NAME"));
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto accounts = ws->accounts();
    accounts.check_may_manage(*name);
    const std::string password = read_new_password(args.flag("clave-stdin"));
    accounts.reset_password(*name, password);
    console.out << fill(tr("New password set for «{name}»; the account is unlocked."), {{"name", *name}}) << '\n';
    return exit_ok;
}

// For a locked-out last administrator: works on the database file with no login, which only
// someone who can write that file can do (docs/seguridad.md).
int recover(const Arguments& args, const Console& console) {
    const auto name = args.value("usuario");
    if (!name) throw UsageError(tr("«usuario recuperar» needs --usuario NAME"));
    auto ws = open_workspace_without_login(console);
    if (!ws) return exit_invalid;
    const std::string password = read_new_password(args.flag("clave-stdin"));
    ws->accounts().recover_last_administrator(*name, password);
    console.out << fill(tr("Administrator «{name}» recovered: new password set, account unlocked and active. The "
                           "audit trail records it with your system user."),
                        {{"name", *name}})
                << '\n';
    return exit_ok;
}

}  // namespace

int run_user(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"usuario", true}, {"rol", true}, {"institucion", true}, {"clave-stdin"}});
    if (args.wants_help()) {
        console.out << user_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "crear") return create(args, console);
    if (sub == "listar") return list(console);
    if (sub == "desactivar") return deactivate(args, console);
    if (sub == "restablecer") return reset(args, console);
    if (sub == "recuperar") return recover(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «usuario»; use crear, listar, desactivar, restablecer or "
                             "recuperar"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
