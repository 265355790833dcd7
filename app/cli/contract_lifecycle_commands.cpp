// pacta-cli contrato estados|mover|editar|modificar|imprimir: a contract's life, from draft
// through legal review and signing to its end, and its amendments.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_service.h"

namespace pacta::cli {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::string label(d::ContractState s) { return locale::contract_state_label(s); }

d::ContractState state_argument(const std::string& text) {
    if (auto s = d::contract_state_from_name(text)) return *s;
    std::string known;
    for (const auto s : d::all_contract_states()) known += (known.empty() ? "" : ", ") + std::string(d::contract_state_name(s));
    throw UsageError(fill(tr("unknown state «{state}»; the states are: {states}"), {{"state", text}, {"states", known}}));
}

// The JSON file named by --datos, or nullopt after reporting why it cannot be used.
std::optional<document::DataValue> changes_file(const Arguments& args, const std::string& usage, const Console& console) {
    const auto file = args.value("datos");
    if (!file) throw UsageError(usage);
    const auto bytes = document::read_file(*file);
    if (!bytes) throw UsageError(fill(tr("cannot read «{file}»"), {{"file", *file}}));
    auto read = document::parse_json_data(*bytes, *file);
    if (!console.report_all(read.findings) || !read.value) return std::nullopt;
    return std::move(*read.value);
}

}  // namespace

int contract_states(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto service = ws->lifecycle();
    const auto status = service.status(folio);
    const auto moves = service.available_moves(folio);
    console.out << fill(tr("Contract {folio}: {state}."), {{"folio", folio}, {"state", label(status.state)}}) << '\n';
    if (moves.empty()) {
        console.out << fill(tr("{user} has no move to make on it."), {{"user", ws->session().actor()}}) << '\n';
        return exit_ok;
    }
    console.out << fill(tr("Moves {user} may make:"), {{"user", ws->session().actor()}}) << '\n';
    for (const auto& m : moves) {
        std::string needs;
        if (m.reason_required) needs += " --motivo \"...\"";
        if (m.signed_document_required) needs += " --archivo " + tr("SIGNED_FILE");
        console.out << "  " << label(m.to) << "\t";
        if (m.by_termination) {
            console.out << "pacta-cli contrato terminar " << folio << " --fecha " << tr("DATE") << " --causa "
                        << (m.to == d::ContractState::rescindido ? "rescision" : "aviso|interrupcion") << needs << '\n';
        } else {
            console.out << "pacta-cli contrato mover " << folio << ' ' << d::contract_state_name(m.to) << needs << '\n';
        }
    }
    return exit_ok;
}

int move_contract(const Arguments& args, const Console& console) {
    args.require_positionals(3, 3, "FOLIO " + tr("STATE"));
    const auto& folio = args.positionals()[1];
    const auto to = state_argument(args.positionals()[2]);
    std::optional<fs::path> signed_file;
    if (const auto f = args.value("archivo")) signed_file = *f;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto service = ws->lifecycle();
    const auto from = service.status(folio).state;
    try {
        service.move(folio, to, args.value("motivo").value_or(""), signed_file);
    } catch (const presentation::ReviewBlocked& blocked) {
        // The checker's report, as «revisar» prints it, then why nothing moved.
        print_findings(folio, blocked.findings(), console);
        console.error(blocked.what());
        return exit_invalid;
    }
    console.out << fill(tr("Contract {folio}: {from} → {to}."), {{"folio", folio}, {"from", label(from)}, {"to", label(to)}})
                << '\n';
    if (to == d::ContractState::firmado) {
        for (const auto& doc : ws->contracts().view(folio).signed_documents) {
            if (doc.signers.empty()) {
                console.out << fill(tr("Signed document (scan): {file}  sha256 {sha}"), {{"file", doc.path}, {"sha", doc.sha256}})
                            << '\n';
            }
            for (const auto& s : doc.signers) {
                console.out << fill(tr("Valid digital signature by {name} ({time})."), {{"name", s.name}, {"time", s.signing_time}})
                            << '\n';
            }
        }
    }
    return exit_ok;
}

// The content of a draft, or of a contract returned by legal review.
int edit_contract(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    const auto changes = changes_file(args, tr("«contrato editar» needs --datos CHANGES.json"), console);
    if (!changes) return exit_invalid;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    console.report_all(ws->contracts().edit(folio, *changes));
    console.out << fill(tr("Contract {folio} updated."), {{"folio", folio}}) << '\n';
    return exit_ok;
}

// An amendment ("convenio modificatorio", in Peru "adenda") of a signed contract.
int amend_contract(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    const auto changes = changes_file(args, tr("«contrato modificar» needs --datos CHANGES.json (motivo and modificaciones)"),
                                      console);
    if (!changes) return exit_invalid;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto drafted = ws->contracts().amend(folio, *changes, today());
    console.report_all(drafted.warnings);
    const auto& amendment = drafted.folio;
    console.out << fill(tr("Amendment {amendment} of contract {folio} drafted; it goes through legal review and "
                           "signing like any contract."),
                        {{"amendment", amendment}, {"folio", folio}})
                << '\n';
    return exit_ok;
}

// The copies to sign by hand, each page marked with its copy number.
int print_copies(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    const auto output = args.value("salida");
    if (!output || fs::path(*output).extension() != ".pdf") {
        throw UsageError(tr("«contrato imprimir» needs --salida FILE.pdf"));
    }
    std::optional<int> copies;
    if (const auto text = args.value("ejemplares")) {
        const auto n = parse_integer(*text, "ejemplares", console);
        if (!n) return exit_invalid;
        copies = static_cast<int>(*n);
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto printed = ws->contracts().print_copies(folio, copies, *output);
    console.out << fill(tr("{count} numbered copies of {folio} for signing: {file}  sha256 {sha}"),
                        {{"count", std::to_string(printed.copies)}, {"folio", folio}, {"file", *output}, {"sha", printed.sha256}})
                << '\n';
    return exit_ok;
}

}  // namespace pacta::cli
