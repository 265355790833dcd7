#include "pacta/pdf/scan_check.h"

#include <podofo/podofo.h>

#include "isolated_run.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;
using detail::put;

ScanCheck check_here(const std::string& bytes) {
    pd::PdfError::EnableDebug(false);
    pd::PdfError::EnableLogging(false);
    ScanCheck check;
    try {
        if (bytes.rfind("%PDF-", 0) == 0) {
            check.kind = "PDF";
            pd::PdfMemDocument doc;
            doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
            const int pages = doc.GetPageCount();
            check.pages = pages > 0 ? static_cast<std::size_t>(pages) : 0;
            check.readable = check.pages > 0;
            if (!check.readable) check.problem = "a PDF without pages";
            return check;
        }
        // PoDoFo reads the image's header with libjpeg, libpng or libtiff, as it does to embed it.
        check.kind = bytes.rfind("\x89PNG", 0) == 0 ? "PNG" : bytes.rfind("\xFF\xD8", 0) == 0 ? "JPEG" : "TIFF";
        pd::PdfMemDocument doc;
        pd::PdfImage image(&doc);
        image.LoadFromData(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<pd::pdf_long>(bytes.size()));
        check.width = static_cast<std::size_t>(image.GetWidth());
        check.height = static_cast<std::size_t>(image.GetHeight());
        check.readable = check.width > 0 && check.height > 0;
        if (!check.readable) check.problem = "an image without size";
    } catch (const pd::PdfError& e) {
        check.readable = false;
        check.problem = "does not decode (PoDoFo error " + std::to_string(static_cast<int>(e.GetError())) + ")";
    } catch (...) {
        check.readable = false;
        check.problem = "does not decode";
    }
    return check;
}

std::string encode(const ScanCheck& c) {
    std::string out;
    put(out, c.readable ? 1U : 0U);
    put(out, c.kind);
    put(out, c.width);
    put(out, c.height);
    put(out, c.pages);
    put(out, c.problem);
    return out;
}

}  // namespace

ScanCheck check_scan(const std::string& bytes) {
    const auto run = detail::run_isolated([&] { return encode(check_here(bytes)); });
    ScanCheck c;
    if (!run.finished) {
        c.problem = "could not be read: " + run.problem;
        return c;
    }
    detail::PipeReader read{run.output};
    c.readable = read.number() == 1;
    c.kind = read.text();
    c.width = read.number();
    c.height = read.number();
    c.pages = read.number();
    c.problem = read.text();
    if (!read.ok) return ScanCheck{false, "", 0, 0, 0, "unreadable result"};
    return c;
}

}  // namespace pacta::pdf
