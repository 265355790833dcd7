// The XLSX reader behind staff import: libzip and expat over a file from outside.
// HostileFile is its documented refusal of zip bombs and oversized sheets.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "xlsx_reader.h"
#include "zip_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::presentation::detail;
    static pacta::fuzz::ScratchFile scratch(".xlsx");
    const auto& path = scratch.write(data, size);
    try {
        const auto sheet = read_first_sheet(path.string());
        if (sheet) {
            for (const auto& row : sheet->rows) {
                for (const auto& cell : row) (void)excel_serial_to_iso(cell);
            }
        }
    } catch (const HostileFile&) {
    }
    return 0;
}
