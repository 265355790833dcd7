// A contract drafted elsewhere, as DOCX: read_contract_file picks the reader by the first
// bytes, so inputs that are not a ZIP are skipped (the text path is trivial).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "pacta/presentation/review/contract_reading.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!pacta::fuzz::starts_with(data, size, "PK\x03\x04")) return 0;
    static pacta::fuzz::ScratchFile scratch(".docx");
    (void)pacta::presentation::read_contract_file(scratch.write(data, size));
    return 0;
}
