// CSV as spreadsheets export it: encoding guess, delimiter guess, parse, and each row laid
// over a real template's fields (apply_row), as batch generation does with a user's file.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "fuzz_support.h"
#include "pacta/document/csv.h"
#include "pacta/document/template.h"

namespace {

// The bundled IMSS template (path set by fuzz/CMakeLists.txt): lista and registros fields.
const std::optional<pacta::document::Template>& bundled_template() {
    static const std::optional<pacta::document::Template> tmpl = [] {
        std::ifstream in(PACTA_FUZZ_TEMPLATE, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        return pacta::document::parse_template(text.str(), "imss-bienestar-honorarios.md").value;
    }();
    return tmpl;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::document;
    const std::string text = to_utf8(pacta::fuzz::as_text(data, size));
    const CsvTable table = parse_csv(text, "fuzz.csv", detect_delimiter(text));
    for (const auto& row : table.header) (void)csv_field(row);
    const auto& tmpl = bundled_template();
    if (!tmpl) __builtin_trap();  // the bundled template must always parse
    const DataValue common;
    for (const auto& row : table.rows) (void)apply_row(common, *tmpl, table.header, row, {"folio"});
    return 0;
}
