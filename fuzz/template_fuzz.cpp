// Template parser, and when the template is valid, generation and rendering with the JSON
// data after the first NUL byte (an empty object when there is none): the seeds pair each
// bundled template with its example data, so mutations reach the evaluator too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/document/template.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::document;
    const std::string_view input = pacta::fuzz::as_text(data, size);
    const auto nul = input.find('\0');
    const std::string_view text = input.substr(0, nul);
    const std::string_view json = nul == std::string_view::npos ? std::string_view("{}") : input.substr(nul + 1);

    const TemplateParse parsed = parse_template(text, "fuzz.md");
    if (!parsed.value) return 0;
    const JsonParse values = parse_json_data(json, "fuzz.json");
    if (!values.value) return 0;
    const Generation generation = generate(*parsed.value, *values.value);
    if (!generation.document) return 0;
    (void)render_text(*generation.document);
    RenderOptions public_version;
    public_version.public_version = true;
    public_version.legal_basis = default_legal_basis(parsed.value->info.country);
    (void)render_html(*generation.document, public_version);
    return 0;
}
