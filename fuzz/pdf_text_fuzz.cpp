// A contract drafted elsewhere, as PDF: poppler-cpp extracts each page's text. Inputs that
// do not start like a PDF are skipped (read_contract_file would take them as plain text).
#include <cstddef>
#include <cstdint>
#include <string>

#include <poppler-global.h>

#include "fuzz_support.h"
#include "pacta/presentation/review/contract_reading.h"

namespace {
void quiet(const std::string&, void*) {}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!pacta::fuzz::starts_with(data, size, "%PDF-")) return 0;
    // poppler prints every syntax error of a damaged file; at fuzzing speed that is noise.
    static const bool silenced = [] {
        poppler::set_debug_error_function(quiet, nullptr);
        return true;
    }();
    (void)silenced;
    static pacta::fuzz::ScratchFile scratch(".pdf");
    (void)pacta::presentation::read_contract_file(scratch.write(data, size));
    return 0;
}
