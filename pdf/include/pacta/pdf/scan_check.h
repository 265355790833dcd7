#pragma once
// Whether a file registered as the scan of the signed copies is really a scan: an image that
// decodes (JPEG, PNG, TIFF, with its size) or a PDF of at least one page. Read in a child
// process, as any file from outside.

#include <cstddef>
#include <string>

namespace pacta::pdf {

struct ScanCheck {
    bool readable = false;
    std::string kind;          // "JPEG", "PNG", "TIFF" or "PDF"
    std::size_t width = 0;     // pixels (images)
    std::size_t height = 0;
    std::size_t pages = 0;     // PDF
    std::string problem;       // why not readable (English, for logs)
};

[[nodiscard]] ScanCheck check_scan(const std::string& bytes);

}  // namespace pacta::pdf
