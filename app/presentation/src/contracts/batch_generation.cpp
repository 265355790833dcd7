#include "pacta/presentation/contracts/batch_generation.h"
#include "pacta/presentation/payments/payment_schedule.h"

#include "pacta/presentation/contracts/public_version_check.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <unordered_map>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/pdf/contract_pdf.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/contract_output.h"

namespace pacta::presentation {

namespace {

// A folio becomes a file name: letters, digits, "-" and "_" only.
std::string file_stem(const std::string& folio) {
    std::string out;
    for (char c : folio) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out.push_back(safe ? c : '_');
    }
    return out;
}

std::string row_folio(const BatchRequest& r, std::size_t index) {
    const auto& header = r.table.header;
    const auto it = std::find(header.begin(), header.end(), folio_column);
    if (it != header.end()) {
        const auto& cell = r.table.rows[index][static_cast<std::size_t>(it - header.begin())];
        if (!cell.empty()) return cell;
    }
    char name[32];
    std::snprintf(name, sizeof name, "fila-%05zu", r.table.row_numbers[index]);
    return name;
}

// The file each row would write, and the earlier row that already takes it: folios that
// differ only in the characters a file name cannot hold ("a/b", "a_b"), or only in case
// (a folder on Windows or macOS), would overwrite each other's PDF.
struct RowFile {
    std::string folio;
    std::string stem;
    std::optional<std::size_t> taken_by;  // index of the earlier row
};

std::string lowercase_ascii(std::string text) {
    for (auto& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

std::vector<RowFile> row_files(const BatchRequest& r) {
    std::vector<RowFile> out(r.table.rows.size());
    std::unordered_map<std::string, std::size_t> first_by_name;
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].folio = row_folio(r, i);
        out[i].stem = file_stem(out[i].folio);
        const auto [at, inserted] = first_by_name.emplace(lowercase_ascii(out[i].stem), i);
        if (!inserted) out[i].taken_by = at->second;
    }
    return out;
}

void generate_row(const BatchRequest& r, std::size_t index, const std::vector<RowFile>& files,
                  pdf::ContractPdfWriter& writer, RowResult& out) {
    out.row = r.table.row_numbers[index];
    const RowFile& row_file = files[index];
    if (row_file.taken_by) {
        const RowFile& first = files[*row_file.taken_by];
        out.findings.emplace_back("batch.file_name_taken", domain::Severity::error, folio_column);
        out.findings.back()
            .with("row", std::to_string(out.row))
            .with("folio", row_file.folio)
            .with("file", row_file.stem + ".pdf")
            .with("other_row", std::to_string(r.table.row_numbers[*row_file.taken_by]))
            .with("other_folio", first.folio);
        return;
    }
    const auto data = document::apply_row(r.common, *r.tmpl, r.table.header, r.table.rows[index], {folio_column});
    auto generated = generate_with_rules(*r.tmpl, data);
    out.findings = std::move(generated.findings);
    if (!generated.document) return;
    const std::string& folio = row_file.folio;
    const auto names = contract_file_names(r.output_dir, row_file.stem);
    const auto file = names.complete;
    const domain::Institution* institution = r.institution ? &*r.institution : nullptr;
    try {
        const std::string bytes = render_contract(*generated.document, OutputFormat::pdf, folio,
                                                  render_options(institution, *generated.document, false), &writer);
        platform::write_file_atomically(file, bytes);
        out.sha256 = platform::sha256_hex(bytes);
        if (r.public_versions) {
            const std::string pub = render_contract(*generated.document, OutputFormat::pdf, folio,
                                                    render_options(institution, *generated.document, true), &writer);
            write_public_version(*generated.document, names.public_version, pub, OutputFormat::pdf);
        }
        out.file = file;
    } catch (const std::exception& e) {
        out.findings.emplace_back("batch.write_failed", domain::Severity::error, file.string());
        out.findings.back().with("detail", e.what());
    }
}

}  // namespace

BatchSummary generate_batch(const BatchRequest& request) {
    const auto start = std::chrono::steady_clock::now();
    BatchSummary summary;
    const std::size_t n = request.table.rows.size();
    summary.rows.resize(n);
    unsigned threads = request.threads != 0 ? request.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(n, 1)));

    const auto files = row_files(request);
    // Each worker takes the next row; one PDF writer per worker (PoDoFo documents are not shared).
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    auto work = [&]() {
        pdf::ContractPdfWriter writer;
        for (std::size_t i = next++; i < n && !stop; i = next++) {
            generate_row(request, i, files, writer, summary.rows[i]);
            if (request.progress && !request.progress(++done)) stop = true;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (stop) {
        // Cancelled: no contract of this batch is left behind.
        for (const auto& r : summary.rows) {
            if (r.file.empty()) continue;
            std::error_code ignored;
            std::filesystem::remove(r.file, ignored);
            std::filesystem::remove(public_file_beside(r.file), ignored);
        }
        throw domain::Cancelled();
    }

    for (const auto& r : summary.rows) (r.file.empty() ? summary.rejected : summary.generated) += 1;
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

BatchInput read_batch_input(const std::filesystem::path& common_file, const std::filesystem::path& csv_file) {
    BatchInput input;
    const auto json_text = document::read_file(common_file);
    const auto csv_text = document::read_file(csv_file);
    const auto unreadable = [&](const std::filesystem::path& file) {
        input.findings.push_back(
            domain::Finding("file.unreadable", domain::Severity::error, "archivo").with("file", file.filename().string()));
    };
    if (!json_text) unreadable(common_file);
    if (!csv_text) unreadable(csv_file);
    if (!input.findings.empty()) return input;
    auto common = document::parse_json_data(*json_text, common_file.string());
    input.findings = std::move(common.findings);
    input.common = std::move(common.value);
    input.table = document::parse_csv(*csv_text, csv_file.string());
    input.findings.insert(input.findings.end(), input.table.findings.begin(), input.table.findings.end());
    return input;
}

void require_batch_generation(const Session& session) {
    session.require(domain::Permission::draft_contracts, "generar-lote");
}

}  // namespace pacta::presentation
