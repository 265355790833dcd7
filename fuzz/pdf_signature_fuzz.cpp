// The signature reader: PoDoFo parses the whole file, then OpenSSL checks each /ByteRange
// and CMS blob. KNOWN: PoDoFo overflows its stack on deeply nested arrays/dictionaries.
#include <cstddef>
#include <cstdint>
#include <string>

#include <podofo/podofo.h>

#include "fuzz_support.h"
#include "pacta/pdf/signature_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // PoDoFo logs every syntax error of a damaged file to stderr: noise at fuzzing speed.
    static const bool silenced = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    (void)silenced;
    const std::string bytes(pacta::fuzz::as_text(data, size));
    const auto ends = pacta::pdf::revision_ends(bytes);
    for (const auto end : ends) {
        if (end > bytes.size()) __builtin_trap();
    }
    (void)pacta::pdf::check_pdf_signatures(bytes);
    return 0;
}
