#pragma once
// A contract's document model as a signature-ready PDF: laid out by layout.h, written with
// PoDoFo 0.9.8 using Liberation Serif embedded as subsets with Unicode maps, one empty,
// named, printable signature field per signatory, document information and XMP metadata.

#include <memory>
#include <string>

#include "pacta/document/model.h"
#include "pacta/document/render.h"

namespace pacta::pdf {

struct PdfMetadata {
    std::string title;
    std::string subject;
    std::string author;    // the institution
    std::string keywords;  // the folio, at least
    std::string creator;   // "Pacta 0.2.0"
};

struct PdfOptions {
    std::string folio;
    bool initials_box = true;
    document::RenderOptions render;  // public_version: legends instead of personal data
    int paper_copies = 0;            // > 0: that many numbered copies to print, without signature fields
    PdfMetadata metadata;
};

// Keeps the fonts' measurements between documents, so a batch pays for them once.
// Not thread-safe: use one writer per thread.
class ContractPdfWriter {
public:
    // Throws std::runtime_error when the Liberation fonts are not installed.
    ContractPdfWriter();
    ~ContractPdfWriter();
    ContractPdfWriter(const ContractPdfWriter&) = delete;
    ContractPdfWriter& operator=(const ContractPdfWriter&) = delete;

    // The bytes of the PDF file.
    [[nodiscard]] std::string render(const document::Document& doc, const PdfOptions& options);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pacta::pdf
