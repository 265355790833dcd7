// Contract data as JSON (files users import), and its pretty-printing back.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "pacta/document/json_data.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::document;
    const JsonParse parsed = parse_json_data(pacta::fuzz::as_text(data, size), "fuzz.json");
    if (parsed.value) {
        // What Pacta writes it must read back.
        const JsonParse again = parse_json_data(to_json_text(*parsed.value), "again.json");
        if (!again.value) __builtin_trap();
    }
    return 0;
}
