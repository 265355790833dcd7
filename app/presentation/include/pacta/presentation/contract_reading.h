#pragma once
// A contract's text from a file drafted anywhere, for the checker: PDF (poppler-cpp, page
// by page), DOCX (the document part's paragraphs), or plain text and Markdown.

#include <filesystem>
#include <string>
#include <variant>

#include "pacta/domain/contract_check.h"

namespace pacta::presentation {

struct ReadFailure {
    std::string message;  // translated, says what to do
};

[[nodiscard]] std::variant<domain::ContractText, ReadFailure> read_contract_file(const std::filesystem::path& file);

// Splits text into lines ("\r\n" or "\n").
[[nodiscard]] domain::ContractText contract_text_of(const std::string& text);

}  // namespace pacta::presentation
