#pragma once
// Contracts recorded in bulk from a spreadsheet (a hiring campaign): one draft per row, all
// in one transaction or none, with a report per row like the staff import's. Each row names
// the person (column «persona»: CURP, DNI or foreign card) and what only that contract says
// (columns that are template field paths, as in «generar-lote»); values common to all come
// from a JSON file.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "pacta/document/csv.h"
#include "pacta/document/data.h"
#include "pacta/domain/ports/store.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_service.h"

namespace pacta::presentation {

// The column naming each row's person.
inline constexpr const char* person_column = "persona";

struct ContractImportRequest {
    const TemplateWithSource* tmpl = nullptr;
    std::string institution_code;                    // empty: the only institution there is
    std::map<std::string, std::string> signatories;  // role -> signatory code, for every row
    document::DataValue common;
    document::CsvTable table;
    domain::Date today = *domain::Date::from_ymd(2000, 1, 1);
};

struct ContractImportRow {
    std::size_t row = 0;  // the spreadsheet's row number (the header is row 1)
    std::string folio;    // empty when the row was refused (or nothing was recorded)
    std::string person;
    domain::Findings findings;  // errors mean the row was refused
};

struct ContractImportReport {
    std::vector<ContractImportRow> rows;
    std::size_t recorded = 0;
    std::size_t refused = 0;
};

// A .csv (UTF-8 or Windows-1252, "," or ";") or the first sheet of an .xlsx as a table.
// Throws ServiceError when the file cannot be read.
[[nodiscard]] document::CsvTable read_table_file(const std::filesystem::path& file);

// What the desktop says after an import: how many were recorded, or how many rows were
// refused and why (the first `shown_rows` errors, each with its row number).
[[nodiscard]] std::string contract_import_summary(const ContractImportReport& report, std::size_t shown_rows = 12);

class ContractImportService {
public:
    ContractImportService(const Session& session, domain::Store& store) : session_(session), store_(store) {}
    // Drafts every row; when none is refused, stores them all in one transaction. A refused
    // row stores nothing at all: the report says which rows and why.
    [[nodiscard]] ContractImportReport import(const ContractImportRequest& request);

private:
    const Session& session_;
    domain::Store& store_;
};

}  // namespace pacta::presentation
