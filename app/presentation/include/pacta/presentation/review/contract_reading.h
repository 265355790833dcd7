#pragma once
// A contract's text from a file drafted anywhere, for the checker: PDF (poppler-cpp, page
// by page), DOCX (the document part's paragraphs), or plain text and Markdown.

#include <filesystem>
#include <string>
#include <optional>
#include <variant>
#include <vector>

#include "pacta/domain/contract_check.h"

namespace pacta::presentation {

struct ReadFailure {
    std::string message;  // translated, says what to do
};

[[nodiscard]] std::variant<domain::ContractText, ReadFailure> read_contract_file(const std::filesystem::path& file);

// Splits text into lines ("\r\n" or "\n").
[[nodiscard]] domain::ContractText contract_text_of(const std::string& text);

// A page of a PDF as pixels, for a preview inside a window (poppler-cpp).
struct PageImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb;  // width * height * 3 bytes, row by row
};
[[nodiscard]] std::optional<PageImage> render_pdf_page(const std::string& pdf_bytes, int page, double dpi);

}  // namespace pacta::presentation
