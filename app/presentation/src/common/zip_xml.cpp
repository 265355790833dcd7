#include "zip_xml.h"

#include <algorithm>

#include "pacta/locale/catalog.h"

namespace pacta::presentation::detail {

using locale::fill;
using locale::tr;

namespace {

std::string megabytes(std::size_t bytes) { return std::to_string(bytes >> 20); }

}  // namespace

std::unique_ptr<zip_t, ZipCloser> open_zip(const std::string& path, const std::string& shown_name,
                                           const ZipLimits& limits) {
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(path.c_str(), ZIP_RDONLY, &error));
    if (!archive) return archive;
    const auto entries = zip_get_num_entries(archive.get(), 0);
    if (entries > limits.max_entries) {
        throw HostileFile(fill(tr("«{file}» holds {count} parts; Pacta reads Office files of at most {limit} parts."),
                               {{"file", shown_name},
                                {"count", std::to_string(entries)},
                                {"limit", std::to_string(limits.max_entries)}}));
    }
    return archive;
}

std::optional<std::string> entry(zip_t* archive, const char* name, const std::string& shown_name,
                                 const ZipLimits& limits) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name, 0, &st) != 0) return std::nullopt;
    const auto too_large = [&] {
        return HostileFile(fill(tr("«{file}»: the part {part} is larger than {limit} MB once uncompressed; Pacta reads "
                                   "parts of at most {limit} MB."),
                                {{"file", shown_name}, {"part", name}, {"limit", megabytes(limits.max_entry_bytes)}}));
    };
    // The declared size may lie either way: it only stops a file that admits being too large.
    if ((st.valid & ZIP_STAT_SIZE) != 0 && st.size > limits.max_entry_bytes) throw too_large();
    const zip_uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) != 0 ? st.comp_size : 0;
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name, 0), &zip_fclose);
    if (!file) return std::nullopt;
    std::string data;
    char chunk[64 * 1024];
    for (;;) {
        const auto read = zip_fread(file.get(), chunk, sizeof chunk);
        if (read < 0) return std::nullopt;
        if (read == 0) break;
        data.append(chunk, static_cast<std::size_t>(read));
        if (data.size() > limits.max_entry_bytes) throw too_large();
        if (data.size() > limits.ratio_floor && data.size() / std::max<zip_uint64_t>(compressed, 1) > limits.max_ratio) {
            throw HostileFile(fill(tr("«{file}»: the part {part} expands more than {ratio} times its compressed size, "
                                      "as only a compressed bomb does; it is not read."),
                                   {{"file", shown_name}, {"part", name}, {"ratio", std::to_string(limits.max_ratio)}}));
        }
    }
    return data;
}

}  // namespace pacta::presentation::detail
