// Replays fuzz inputs without libFuzzer: links with the same LLVMFuzzerTestOneInput as the
// fuzz_<target> executables, in the GCC sanitizer build of scripts/test, so every seed and
// every saved crash runs on each test run. Arguments are files or directories (read
// recursively, in sorted order); --skip-missing lets a path that does not exist count as
// empty (tests/fixtures/fuzz-regressions/<target> exists only once a crash was found).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool replay(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: no se puede leer %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy of exactly the input's size, so ASan sees any read past its end.
    std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
    std::fprintf(stderr, "replay: %s\n", file.c_str());
    (void)LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    bool skip_missing = false;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--skip-missing") {
            skip_missing = true;
            continue;
        }
        const fs::path path(arg);
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<fs::path> found;
            for (const auto& e : fs::recursive_directory_iterator(path)) {
                if (e.is_regular_file()) found.push_back(e.path());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(path, ec)) {
            files.push_back(path);
        } else if (!skip_missing) {
            std::fprintf(stderr, "replay: no existe %s\n", path.c_str());
            return 2;
        }
    }
    std::size_t replayed = 0;
    for (const auto& f : files) {
        if (!replay(f)) return 2;
        ++replayed;
    }
    std::printf("replay: %zu entradas reproducidas sin fallos\n", replayed);
    return 0;
}
