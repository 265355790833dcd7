#pragma once
// Turning a generated contract into the bytes of a file, chosen by the file's extension, and
// the one way every path (the wizard, pacta-cli, batches) names, marks and renders the files
// it writes: one creator string, one public-version legend, one file naming.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/document/model.h"
#include "pacta/document/render.h"
#include "pacta/domain/institution.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/pdf/contract_pdf.h"

namespace pacta::presentation {

enum class OutputFormat { pdf, html, text };

// From ".pdf", ".html", ".txt"; nullopt for anything else.
[[nodiscard]] std::optional<OutputFormat> output_format(const std::filesystem::path& file);

// What every PDF Pacta writes names as its creator: "Pacta 0.1.0".
[[nodiscard]] std::string pdf_creator();

// How the contract is rendered for an institution: its public-version legend ("{etiqueta}"
// is where the kind of data removed goes) and its legal basis, else the country's default.
// Without an institution (a file generated outside the records), the defaults.
[[nodiscard]] document::RenderOptions render_options(const domain::Institution* institution,
                                                     const document::Document& doc, bool public_version);
// A legend as an office writes it ("[ELIMINADO: {etiqueta}]") in the renderer's terms.
[[nodiscard]] std::string render_legend(const std::string& institution_legend);

// The files of one contract in `folder`: "<stem>.pdf" and its public version "<stem>-publica.pdf".
struct ContractFileNames {
    std::filesystem::path complete;
    std::filesystem::path public_version;
};
[[nodiscard]] ContractFileNames contract_file_names(const std::filesystem::path& folder, const std::string& stem);
// The public version's name beside a complete file ("x/GRO-2024-0001.pdf" -> "x/GRO-2024-0001-publica.pdf").
[[nodiscard]] std::filesystem::path public_file_beside(const std::filesystem::path& complete);

// PDF options for a contract: metadata from the document, the folio in the footer and keywords.
[[nodiscard]] pdf::PdfOptions pdf_options(const document::Document& doc, const std::string& folio,
                                          const document::RenderOptions& render);

// `pdf_writer` is needed for PDF output only (it may be null otherwise); keep one for a batch.
[[nodiscard]] std::string render_contract(const document::Document& doc, OutputFormat format, const std::string& folio,
                                          const document::RenderOptions& render, pdf::ContractPdfWriter* pdf_writer);

// `copies` numbered paper copies in one PDF, for signing by hand ("Ejemplar 2 de 5").
[[nodiscard]] std::string render_paper_copies(const document::Document& doc, const std::string& folio, int copies,
                                              const document::RenderOptions& render, pdf::ContractPdfWriter& pdf_writer);

// A contract generated outside the records (pacta-cli generar): the legend and the legal
// basis given, else the defaults.
struct LooseOutput {
    std::filesystem::path file;  // its extension names the format
    bool public_version = false;
};
struct LooseRendering {
    std::string folio;
    std::optional<std::string> legend;  // as an office writes it: "[ELIMINADO: {etiqueta}]"
    std::optional<std::string> legal_basis;
};

// One file written for a contract.
struct WrittenFile {
    std::filesystem::path path;
    std::string kind;  // "completo" or "publico"
    std::string sha256;
};

// Writes the file (atomically) and records it with the contract, in the format its
// extension names.
[[nodiscard]] WrittenFile write_contract_file(const document::Document& doc, const std::string& folio,
                                              const domain::Institution* institution, const std::filesystem::path& file,
                                              bool public_version, domain::ContractDrafts& drafts,
                                              const std::string& actor, pdf::ContractPdfWriter& writer);

// Writes each output (atomically); returns what was written, in order.
[[nodiscard]] std::vector<WrittenFile> write_loose_files(const document::Document& doc, const LooseRendering& rendering,
                                                         const std::vector<LooseOutput>& outputs);

}  // namespace pacta::presentation
