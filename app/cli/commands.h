#pragma once
// The commands of pacta-cli. Each takes the words after its name and returns an exit code.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "console.h"
#include "pacta/document/template.h"

namespace pacta::cli {

int run_text(std::span<const std::string> words, const Console& console);
int run_validate(std::span<const std::string> words, const Console& console);
int run_demo(std::span<const std::string> words, const Console& console);
int run_templates(std::span<const std::string> words, const Console& console);
int run_template(std::span<const std::string> words, const Console& console);
int run_generate(std::span<const std::string> words, const Console& console);
int run_batch(std::span<const std::string> words, const Console& console);
int run_institution(std::span<const std::string> words, const Console& console);
int run_signatory(std::span<const std::string> words, const Console& console);
int run_audit(std::span<const std::string> words, const Console& console);
int run_backup(std::span<const std::string> words, const Console& console);
int run_staff(std::span<const std::string> words, const Console& console);
int run_contract(std::span<const std::string> words, const Console& console);
// firma verificar|raices|confiar|desconfiar (verification_commands.cpp, with its help).
int run_signature(std::span<const std::string> words, const Console& console);
[[nodiscard]] std::string signature_help();
class Arguments;
// contrato firmar FOLIO --campo F (--cer X --key Y | --p12 Z | --pkcs11 M --token-label L); contrato firmas FOLIO.
int sign_contract(const Arguments& args, const Console& console);
int list_signature_fields(const Arguments& args, const Console& console);
int run_schedule(std::span<const std::string> words, const Console& console);
int run_payments(std::span<const std::string> words, const Console& console);
// reporte personal|pagos|contratos|vencimientos (report_command.cpp, with its help).
int run_report(std::span<const std::string> words, const Console& console);
[[nodiscard]] std::string report_help();
int run_user(std::span<const std::string> words, const Console& console);
int run_server(std::span<const std::string> words, const Console& console);
int run_review(std::span<const std::string> words, const Console& console);
int run_clause(std::span<const std::string> words, const Console& console);
int run_compare(std::span<const std::string> words, const Console& console);
int run_review_comments(std::span<const std::string> words, const Console& console);
int run_public_version(std::span<const std::string> words, const Console& console);
// lote ARCHIVO [--seguir]: many command lines in one process, with one login.
int run_operations_file(std::span<const std::string> words, const Console& console);

// One whole command line (global options, command, arguments) as main() runs it: every
// error reported on `console` and turned into its exit code, nothing thrown.
int run_command_line(const std::vector<std::string>& words, const Console& console);

class Arguments;
// contrato terminar FOLIO --fecha F --causa C
int terminate_contract(const Arguments& args, const Console& console);
// contrato estados|mover|editar|modificar|imprimir FOLIO ...
int contract_states(const Arguments& args, const Console& console);
int move_contract(const Arguments& args, const Console& console);
int edit_contract(const Arguments& args, const Console& console);
int amend_contract(const Arguments& args, const Console& console);
int print_copies(const Arguments& args, const Console& console);

// A template by bundled id or file path; findings are reported, nullopt when unusable.
[[nodiscard]] std::optional<document::Template> load_template_for_cli(const std::string& id_or_path,
                                                                      const Console& console);

// Prints the checker's findings with where they are, and a count; exit_invalid when one is
// an error.
int print_findings(const std::string& what, const domain::Findings& findings, const Console& console);

// Help texts, in the user's language.
[[nodiscard]] std::string main_help();
[[nodiscard]] std::string server_help();
[[nodiscard]] std::string text_help();
[[nodiscard]] std::string validate_help();
[[nodiscard]] std::string demo_help();
[[nodiscard]] std::string template_help();
[[nodiscard]] std::string generate_help();
[[nodiscard]] std::string batch_help();
[[nodiscard]] std::string institution_help();
[[nodiscard]] std::string audit_help();
[[nodiscard]] std::string staff_help();
[[nodiscard]] std::string contract_help();
[[nodiscard]] std::string schedule_help();
[[nodiscard]] std::string payments_help();
[[nodiscard]] std::string user_help();
[[nodiscard]] std::string review_help();
[[nodiscard]] std::string clause_help();
[[nodiscard]] std::string compare_help();
[[nodiscard]] std::string review_comments_help();
[[nodiscard]] std::string public_version_help();
[[nodiscard]] std::string operations_file_help();

}  // namespace pacta::cli
