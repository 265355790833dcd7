#pragma once
// Turning a generated contract into the bytes of a file, chosen by the file's extension.

#include <filesystem>
#include <optional>
#include <string>

#include "pacta/document/model.h"
#include "pacta/document/render.h"
#include "pacta/pdf/contract_pdf.h"

namespace pacta::presentation {

enum class OutputFormat { pdf, html, text };

// From ".pdf", ".html", ".txt"; nullopt for anything else.
[[nodiscard]] std::optional<OutputFormat> output_format(const std::filesystem::path& file);

// PDF options for a contract: metadata from the document, the folio in the footer and keywords.
[[nodiscard]] pdf::PdfOptions pdf_options(const document::Document& doc, const std::string& folio,
                                          const document::RenderOptions& render, const std::string& creator);

// `pdf_writer` is needed for PDF output only (it may be null otherwise); keep one for a batch.
[[nodiscard]] std::string render_contract(const document::Document& doc, OutputFormat format, const std::string& folio,
                                          const document::RenderOptions& render, const std::string& creator,
                                          pdf::ContractPdfWriter* pdf_writer);

// `copies` numbered paper copies in one PDF, for signing by hand ("Ejemplar 2 de 5").
[[nodiscard]] std::string render_paper_copies(const document::Document& doc, const std::string& folio, int copies,
                                              const document::RenderOptions& render, const std::string& creator,
                                              pdf::ContractPdfWriter& pdf_writer);

}  // namespace pacta::presentation
