// pacta-cli revisar ARCHIVO|FOLIO: the contract checker, on a file drafted anywhere or on a
// contract in the database.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "contract_support.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/document/render.h"
#include "pacta/domain/contract_lifecycle.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/contract_reading.h"

namespace pacta::cli {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

}  // namespace

int print_findings(const std::string& what, const d::Findings& findings, const Console& console) {
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : findings) {
        ++counts[static_cast<std::size_t>(f.severity)];
        const std::string where = locale::locate(f);
        console.out << locale::severity_label(f.severity) << ": " << (where.empty() ? "" : where + ": ")
                    << locale::describe(f) << '\n';
    }
    console.out << fill(tr("{what}: errors {errors}, warnings {warnings}, unverifiable {unverifiable}."),
                        {{"what", what},
                         {"errors", std::to_string(counts[0])},
                         {"warnings", std::to_string(counts[1])},
                         {"unverifiable", std::to_string(counts[2])}})
                << '\n';
    return counts[0] > 0 ? exit_invalid : exit_ok;
}

d::Findings check_stored_contract(db::Database& database, const db::ContractRecord& record, const Console& console) {
    const auto generated = regenerate(record, console);
    if (!generated) return {d::Finding("check.empty", d::Severity::error, "texto")};
    d::CheckContext context;
    context.records_known = true;
    context.country = record.currency == "PEN" ? "PE" : "MX";
    // The person's other contracts under way: sent to review or further, not ended (drafts
    // and amendments aside).
    db::SqliteContractRepository contracts(database);
    for (const auto& other : contracts.list()) {
        if (other.folio == record.folio || other.staff_key != record.staff_key || !other.amends.empty() ||
            other.folio == record.amends) {
            continue;
        }
        const auto state = d::contract_state_from_name(other.state);
        if (!state || *state == d::ContractState::borrador || d::is_final(*state)) continue;
        const auto start = d::parse_iso_date(other.start_date).value;
        const auto end = d::parse_iso_date(other.end_date).value;
        if (start && end) context.other_contracts.push_back({other.folio, *start, *end});
    }
    if (const auto institution = db::SqliteInstitutionRepository(database).find(record.institution_code)) {
        for (const auto& [role, code] : record.signatories) {
            for (const auto& s : institution->signatories) {
                if (s.code == code) context.signatories.push_back({s.name, s.valid_from, s.valid_to});
            }
        }
    }
    // The schedule adds up to the total until an early ending prorates and cancels it.
    if (record.state != "terminado_anticipadamente" && record.state != "rescindido") {
        std::int64_t scheduled = 0;
        const auto instalments = db::SqliteInstalmentRepository(database).for_contract(record.folio);
        for (const auto& i : instalments) scheduled += i.record.plan.amount.minor_units();
        if (!instalments.empty()) context.schedule_total_minor = scheduled;
    }
    return d::check_contract_text(presentation::contract_text_of(document::render_text(*generated->document, {})), context);
}

int run_review(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << review_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("FILE|FOLIO"));
    const std::string& target = args.positionals()[0];
    if (fs::exists(target)) {
        // A file: no database, no user.
        const auto read = presentation::read_contract_file(target);
        if (const auto* failure = std::get_if<presentation::ReadFailure>(&read)) {
            console.error(failure->message);
            return exit_invalid;
        }
        return print_findings(target, d::check_contract_text(std::get<d::ContractText>(read)), console);
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto record = db::SqliteContractRepository(ws->database).find(target);
    if (!record) {
        console.error(fill(tr("«{target}» is neither a file nor a contract's folio; «pacta-cli contrato listar» shows "
                              "the folios."),
                           {{"target", target}}));
        return exit_invalid;
    }
    ws->session().require(d::Permission::read_records, "revisar " + target, record->institution_code);
    return print_findings(target, check_stored_contract(ws->database, *record, console), console);
}

}  // namespace pacta::cli
