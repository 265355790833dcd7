#include "pacta/presentation/contracts/contract_import.h"
#include "pacta/presentation/payments/payment_schedule.h"

#include <algorithm>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "xlsx_reader.h"
#include "zip_xml.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

d::Finding row_error(std::string code, std::size_t row, const std::string& detail) {
    d::Finding f(std::move(code), d::Severity::error, person_column);
    f.with("row", std::to_string(row)).with("detail", detail);
    return f;
}

}  // namespace

document::CsvTable read_table_file(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    if (file.extension() == ".xlsx") {
        std::optional<detail::Sheet> sheet;
        try {
            sheet = detail::read_first_sheet(file.string());
        } catch (const detail::HostileFile& e) {
            throw ServiceError(e.what());
        }
        if (!sheet || sheet->rows.empty()) {
            throw ServiceError(fill(tr("«{file}» is not an Excel workbook Pacta can read; save it again as .xlsx or .csv."),
                                    {{"file", name}}));
        }
        document::CsvTable table;
        table.header = sheet->rows.front();
        for (std::size_t i = 1; i < sheet->rows.size(); ++i) {
            auto row = sheet->rows[i];
            row.resize(table.header.size());
            table.rows.push_back(std::move(row));
            table.row_numbers.push_back(sheet->row_numbers[i]);
            table.line_numbers.push_back(sheet->row_numbers[i]);
        }
        return table;
    }
    const auto bytes = document::read_file(file);
    if (!bytes) throw ServiceError(fill(tr("cannot read «{file}»"), {{"file", file.string()}}));
    const std::string text = document::to_utf8(*bytes);
    return document::parse_csv(text, name, document::detect_delimiter(text));
}

ContractImportReport ContractImportService::import(const ContractImportRequest& request) {
    const auto institution = contract_institution(store_, request.institution_code);
    session_.require(d::Permission::draft_contracts, "contrato importar", institution.code);
    const auto& table = request.table;
    if (d::has_errors(table.findings)) {
        throw InvalidInput(tr("the spreadsheet cannot be read; correct it and run the command again."), table.findings);
    }
    const auto column = std::find(table.header.begin(), table.header.end(), person_column);
    if (column == table.header.end()) {
        throw ServiceError(tr("the spreadsheet needs a column «persona» with each person's CURP, DNI or foreign card."));
    }
    const auto person_at = static_cast<std::size_t>(column - table.header.begin());
    const auto& tmpl = request.tmpl->tmpl;

    ContractImportReport report;
    std::vector<d::NewContract> records;
    std::vector<std::size_t> recorded_rows;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        ContractImportRow row;
        row.row = table.row_numbers[i];
        const std::string key = table.rows[i][person_at];
        const auto person = store_.staff().find(key);
        if (!person) {
            row.findings.push_back(row_error("import.unknown_person", row.row, key));
        } else {
            row.person = person->full_name();
            const auto extra = document::apply_row(request.common, tmpl, table.header, table.rows[i], {person_column});
            auto draft = draft_contract(tmpl, institution, *person, request.signatories, extra, request.today);
            row.findings = draft.findings;
            if (!d::has_errors(row.findings)) {
                const auto generated = generate_with_rules(tmpl, draft.data);
                row.findings.insert(row.findings.end(), generated.findings.begin(), generated.findings.end());
                if (!d::has_errors(row.findings)) {
                    records.push_back(new_contract_record(tmpl, request.tmpl->source, draft, generated.data, *person,
                                                          institution.code));
                    recorded_rows.push_back(report.rows.size());
                }
            }
        }
        if (d::has_errors(row.findings)) ++report.refused;
        report.rows.push_back(std::move(row));
    }
    if (report.refused > 0 || records.empty()) return report;
    const auto folios = store_.drafts().create_all(records, session_.actor());
    for (std::size_t i = 0; i < folios.size(); ++i) report.rows[recorded_rows[i]].folio = folios[i];
    report.recorded = folios.size();
    return report;
}

std::string contract_import_summary(const ContractImportReport& report, std::size_t shown_rows) {
    if (report.refused == 0) {
        return fill(locale::trn("{count} contract was recorded as a draft; it is listed in Contracts.",
                                "{count} contracts were recorded as drafts; they are listed in Contracts.",
                                static_cast<long>(report.recorded)),
                    {{"count", std::to_string(report.recorded)}});
    }
    std::string text = fill(locale::trn("{refused} of {rows} rows has errors; nothing was recorded. Correct the "
                                        "spreadsheet and import it again.",
                                        "{refused} of {rows} rows have errors; nothing was recorded. Correct the "
                                        "spreadsheet and import it again.",
                                        static_cast<long>(report.refused)),
                            {{"refused", std::to_string(report.refused)}, {"rows", std::to_string(report.rows.size())}});
    std::size_t shown = 0;
    for (const auto& row : report.rows) {
        for (const auto& f : row.findings) {
            if (f.severity != d::Severity::error) continue;
            if (++shown > shown_rows) return text + "\n…";
            text += "\n" + fill(tr("Row {row}: {problem}"), {{"row", std::to_string(row.row)}, {"problem", locale::describe(f)}});
        }
    }
    return text;
}

}  // namespace pacta::presentation
