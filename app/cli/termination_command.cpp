// pacta-cli contrato terminar: ends a contract early and writes its settlement statement.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contract_lifecycle.h"
#include "pacta/presentation/contract_output.h"
#include "pacta/presentation/settlement.h"
#include "pacta/version.h"

namespace pacta::cli {

namespace {

namespace d = domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::optional<d::Date> date_option(const Arguments& args, const std::string& name, const Console& console) {
    const auto text = args.value(name);
    if (!text) return today();
    return parse_date(*text, name, console);
}

}  // namespace

int terminate_contract(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, "FOLIO");
    const auto& folio = args.positionals()[1];
    const auto cause_text = args.value("causa");
    if (!args.value("fecha") || !cause_text) {
        throw UsageError(tr("«contrato terminar» needs --fecha AAAA-MM-DD and --causa aviso|rescision|interrupcion"));
    }
    const auto cause = d::termination_cause_from_name(*cause_text);
    if (!cause) {
        throw UsageError(fill(tr("unknown cause «{cause}»; use aviso, rescision or interrupcion"), {{"cause", *cause_text}}));
    }
    const auto last_day = date_option(args, "fecha", console);
    const auto notice = date_option(args, "aviso", console);
    if (!last_day || !notice) return exit_invalid;

    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto* database = &ws->database;
    db::SqliteContractLifecycleRepository lifecycle(*database);
    presentation::ContractLifecycleService(ws->session(), lifecycle)
        .check_termination(folio, *cause, args.value("motivo").value_or(""));
    const auto contract = db::SqliteContractRepository(*database).find(folio);
    const auto start = d::parse_iso_date(contract->start_date).value;
    const auto end = d::parse_iso_date(contract->end_date).value;
    if (!start || !end) {
        console.error(fill(tr("the contract «{folio}» has no term on record; it cannot be ended early."), {{"folio", folio}}));
        return exit_invalid;
    }
    const auto institution = db::SqliteInstitutionRepository(*database).find(contract->institution_code);
    d::TerminationRequest request;
    request.term_start = *start;
    request.term_end = *end;
    request.last_day = *last_day;
    request.cause = *cause;
    request.notice_given = *notice;
    request.reason = args.value("motivo").value_or("");
    if (institution) request.notice_days = institution->notice_days;
    db::SqliteInstalmentRepository instalments(*database);
    std::vector<d::InstalmentRecord> records;
    for (const auto& c : instalments.for_contract(folio)) records.push_back(c.record);
    const auto currency = d::currency_from_code(contract->currency).value_or(d::Currency::MXN);
    const auto settlement = d::settle_termination(records, currency, request);

    presentation::SettlementParties parties;
    parties.folio = folio;
    parties.provider = contract->person_name;
    parties.total = d::Money(contract->total_minor, currency);
    parties.country = currency == d::Currency::PEN ? "PE" : "MX";
    parties.paper = currency == d::Currency::PEN ? "a4" : "carta";
    if (institution) {
        parties.institution = institution->name;
        if (const auto it = contract->signatories.find("representante"); it != contract->signatories.end()) {
            for (const auto& s : institution->signatories) {
                if (s.code == it->second) {
                    parties.representative = s.name;
                    parties.representative_title = s.title;
                }
            }
        }
    }
    const fs::path output = args.value("salida").value_or(folio + "-finiquito.pdf");
    if (output.extension() != ".pdf") {
        throw UsageError(fill(tr("cannot write «{file}»: the settlement statement is a PDF (.pdf)"), {{"file", output.string()}}));
    }
    // The file first (under a temporary name, then renamed), the database after: a failure
    // in between leaves the contract as it was, and the command can simply run again.
    const auto doc = presentation::settlement_document(parties, settlement);
    pdf::ContractPdfWriter writer;
    const std::string bytes = presentation::render_contract(doc, presentation::OutputFormat::pdf, folio, {},
                                                            std::string("Pacta ") + pacta::version, &writer);
    platform::write_file_atomically(output, bytes);
    instalments.save_termination(folio, settlement, ws->session().actor());
    console.out << fill(tr("Contract {folio} ends on {date}. Earned {earned}, paid {paid}, balance {balance}."),
                        {{"folio", folio},
                         {"date", last_day->iso()},
                         {"earned", d::format_money(settlement.earned)},
                         {"paid", d::format_money(settlement.paid)},
                         {"balance", d::format_money(settlement.balance)}})
                << '\n'
                << output.string() << "  sha256 " << platform::sha256_hex(bytes) << '\n';
    return exit_ok;
}

}  // namespace pacta::cli
