#pragma once
// Runs a reader of untrusted bytes in a child process with memory and CPU limits. PoDoFo
// can abort or overflow its stack on a crafted PDF (deeply nested arrays or dictionaries);
// in a child that costs the child, and the caller gets a clear "could not be read".

#include <cstddef>
#include <functional>
#include <string>

namespace pacta::pdf::detail {

struct IsolatedLimits {
    std::size_t memory_bytes = std::size_t{1} << 30;  // address space (not under AddressSanitizer)
    unsigned cpu_seconds = 10;
};

struct IsolatedResult {
    bool finished = false;  // the work ran to its end; `output` is what it returned
    std::string output;
    std::string problem;    // why not (English, for logs): the signal, the limit, the pipe
};

// `work` runs in a forked child; what it returns travels back through a pipe.
[[nodiscard]] IsolatedResult run_isolated(const std::function<std::string()>& work, const IsolatedLimits& limits = {});

// What the child sends back: length-prefixed strings and numbers, one after another.
void put(std::string& out, const std::string& text);
void put(std::string& out, std::size_t number);

struct PipeReader {
    const std::string& in;
    std::size_t at = 0;
    bool ok = true;  // false once the input ran short or was malformed
    std::string text();
    std::size_t number();
};

}  // namespace pacta::pdf::detail
