#pragma once
// Hiring campaigns: one contract per CSV row, on every core. Values common to all contracts
// come from a JSON file; each row supplies or overrides the rest. A bad row is reported with
// its row number and the others go on.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/document/csv.h"
#include "pacta/document/data.h"
#include "pacta/document/template.h"
#include "pacta/domain/institution.h"
#include "pacta/domain/progress.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct BatchRequest {
    const document::Template* tmpl = nullptr;
    document::DataValue common;
    document::CsvTable table;
    std::filesystem::path output_dir;
    unsigned threads = 0;         // 0: every core
    bool public_versions = false; // also <name>-publica.pdf
    // Whose contracts they are: its public-version legend and legal basis (the defaults
    // without one).
    std::optional<domain::Institution> institution;
    // Hears the number of rows done, from the workers' threads (so it must be thread-safe);
    // returning false stops the batch: the files it wrote are removed and generate_batch
    // throws domain::Cancelled.
    domain::ProgressReport progress;
};

struct RowResult {
    std::size_t row = 0;               // spreadsheet row number (the header is row 1)
    std::filesystem::path file;        // empty when rejected
    std::string sha256;
    domain::Findings findings;         // errors mean the row was rejected
};

struct BatchSummary {
    std::vector<RowResult> rows;  // in CSV order
    std::size_t generated = 0;
    std::size_t rejected = 0;
    double seconds = 0;
};

// The column that names each contract and its file; rows without it use their row number.
// A row whose folio would give the file of an earlier row ("a/b" and "a_b", or folios that
// differ only in case) is rejected with the finding batch.file_name_taken, naming both.
inline constexpr const char* folio_column = "folio";

[[nodiscard]] BatchSummary generate_batch(const BatchRequest& request);
// The desktop offers batches to those who draft contracts (AccessDenied, audited, otherwise);
// pacta-cli generar-lote writes loose files and needs no account.
void require_batch_generation(const Session& session);

// What a batch reads besides its template: the values common to every contract (JSON) and one
// row per contract (CSV), read and parsed. `findings` says what is wrong with either, with its
// file and line (file.unreadable when a file cannot be read); the values are usable only when
// it holds no error. The desktop and pacta-cli read them through here.
struct BatchInput {
    domain::Findings findings;
    std::optional<document::DataValue> common;
    document::CsvTable table;
};
[[nodiscard]] BatchInput read_batch_input(const std::filesystem::path& common_file,
                                          const std::filesystem::path& csv_file);

}  // namespace pacta::presentation
