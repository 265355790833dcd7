// pacta-cli: Pacta without a display. Shares every rule with the desktop application.
#include <iostream>
#include <string>
#include <vector>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/core/office.h"
#include "pacta/presentation/common/problem.h"
#include "pacta/presentation/session/database_opening.h"
#include "pacta/domain/finding.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/pdf/library_info.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/private_files.h"
#include "pacta/presentation/session/access.h"
#include "pacta/version.h"

namespace {

using namespace pacta;
using locale::fill;
using locale::tr;

void print_version(const cli::Console& console) {
    console.out << "pacta-cli " << pacta::version << " (" << core::storage_engine() << ", "
              << pdf::pdf_library_version() << ")\n";
}

int dispatch(std::vector<std::string> words, const cli::Console& console) {
    // Global options come before the command: --db FILE, --usuario NAME, --clave-stdin.
    auto take_global = [&words](const std::string& name, auto&& apply) {
        if (words.empty()) return false;
        if (words[0] == "--" + name) {
            if (words.size() < 2) throw cli::UsageError(fill(tr("option «--{name}» needs a value"), {{"name", name}}));
            apply(words[1]);
            words.erase(words.begin(), words.begin() + 2);
            return true;
        }
        if (words[0].rfind("--" + name + "=", 0) == 0) {
            apply(words[0].substr(name.size() + 3));
            words.erase(words.begin());
            return true;
        }
        return false;
    };
    auto take_flag = [&words](const std::string& name, auto&& apply) {
        if (words.empty() || words[0] != "--" + name) return false;
        apply();
        words.erase(words.begin());
        return true;
    };
    while (take_global("db", [](const std::string& v) { cli::set_database_option(v); }) ||
           take_global("usuario", [](const std::string& v) { cli::set_login_option(v); }) ||
           take_global("servidor", [](const std::string& v) { cli::set_server_option(v); }) ||
           take_flag("clave-stdin", [] { cli::set_password_from_stdin(); })) {
    }
    // After the command, --usuario also names who is working, except in «usuario», where it
    // names the account being created or changed.
    if (!words.empty() && words[0] != "usuario") {
        for (std::size_t i = 1; i + 1 < words.size(); ++i) {
            if (words[i] == "--usuario") {
                cli::set_login_option(words[i + 1]);
                words.erase(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(i) + 2);
                break;
            }
        }
    }
    if (words.empty() || words[0] == "--help" || words[0] == "ayuda") {
        console.out << cli::main_help();
        return words.empty() ? cli::exit_usage : cli::exit_ok;
    }
    if (words[0] == "--version") {
        print_version(console);
        return cli::exit_ok;
    }
    const std::span<const std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "texto") return cli::run_text(rest, console);
    if (words[0] == "validar") return cli::run_validate(rest, console);
    if (words[0] == "demo") return cli::run_demo(rest, console);
    if (words[0] == "plantillas") return cli::run_templates(rest, console);
    if (words[0] == "plantilla") return cli::run_template(rest, console);
    if (words[0] == "generar") return cli::run_generate(rest, console);
    if (words[0] == "generar-lote") return cli::run_batch(rest, console);
    if (words[0] == "institucion") return cli::run_institution(rest, console);
    if (words[0] == "firmante") return cli::run_signatory(rest, console);
    if (words[0] == "auditoria") return cli::run_audit(rest, console);
    if (words[0] == "respaldo") return cli::run_backup(rest, console);
    if (words[0] == "personal") return cli::run_staff(rest, console);
    if (words[0] == "contrato") return cli::run_contract(rest, console);
    if (words[0] == "firma") return cli::run_signature(rest, console);
    if (words[0] == "calendario") return cli::run_schedule(rest, console);
    if (words[0] == "pagos") return cli::run_payments(rest, console);
    if (words[0] == "reporte") return cli::run_report(rest, console);
    if (words[0] == "usuario") return cli::run_user(rest, console);
    if (words[0] == "servidor") return cli::run_server(rest, console);
    if (words[0] == "revisar") return cli::run_review(rest, console);
    if (words[0] == "clausula") return cli::run_clause(rest, console);
    if (words[0] == "comparar") return cli::run_compare(rest, console);
    if (words[0] == "revision") return cli::run_review_comments(rest, console);
    if (words[0] == "publica") return cli::run_public_version(rest, console);
    if (words[0] == "lote") return cli::run_operations_file(rest, console);
    throw cli::UsageError(fill(tr("unknown command «{name}»"), {{"name", words[0]}}));
}

}  // namespace

namespace pacta::cli {

int run_command_line(const std::vector<std::string>& words, const Console& console) {
    try {
        return dispatch(words, console);
    } catch (const UsageError& e) {
        console.err << "pacta-cli: " << e.what() << '\n'
                    << tr("Run «pacta-cli --help» to see how to use it.") << '\n';
        return exit_usage;
    } catch (const presentation::AccessDenied& e) {
        console.error(e.what());
        return exit_denied;
    } catch (const presentation::AmbiguousInstitution&) {
        console.error(tr("there are several institutions; say which with --institucion CODE."));
        return exit_usage;
    } catch (const presentation::InvalidInput& e) {
        console.report_all(e.findings());
        console.error(e.what());
        return exit_invalid;
    } catch (const presentation::ServiceError& e) {
        console.error(e.what());
        return exit_invalid;
    } catch (const domain::RuleError& e) {
        console.report(e.finding());
        return exit_invalid;
    } catch (const domain::StoreUnavailable& e) {
        console.error(presentation::describe(e));
        return exit_invalid;
    } catch (...) {
        // A fault (the disk, the database, a library): the plain message every front end
        // gives, written to the fault log; a command line may also show what failed.
        const auto problem = presentation::current_problem();
        console.error(problem.message);
        if (!problem.detail.empty()) {
            console.err << fill(tr("Detail: {detail} (kept in {log})."),
                                {{"detail", problem.detail}, {"log", presentation::fault_log().string()}})
                        << '\n';
        }
        return exit_invalid;
    }
}

}  // namespace pacta::cli

int main(int argc, char** argv) {
    platform::keep_new_files_private();
    locale::set_language(platform::messages_dir(), locale::language_from_environment());
    const std::vector<std::string> words(argv + 1, argv + argc);
    return cli::run_command_line(words, cli::Console{std::cout, std::cerr});
}
