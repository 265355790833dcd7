#pragma once
// Helpers shared by the fuzz targets: the input as text, and as a file on disk for the
// readers that only take a path (libzip opens archives by name, poppler by file).

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace pacta::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// One scratch file per process and target, rewritten on every input and removed at exit,
// so parallel runs (fuzzer, replay under CTest) never share it.
class ScratchFile {
public:
    explicit ScratchFile(std::string_view suffix) {
        path_ = std::filesystem::temp_directory_path() /
                ("pacta-fuzz-" + std::to_string(::getpid()) + std::string(suffix));
    }
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::filesystem::path& write(const std::uint8_t* data, std::size_t size) {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        out.close();
        if (!out) std::abort();  // a full /tmp would make every later input meaningless
        return path_;
    }

private:
    std::filesystem::path path_;
};

inline bool starts_with(const std::uint8_t* data, std::size_t size, std::string_view prefix) {
    return as_text(data, size).substr(0, prefix.size()) == prefix;
}

}  // namespace pacta::fuzz
