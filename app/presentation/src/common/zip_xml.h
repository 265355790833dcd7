#pragma once
// Reading XML parts of Office files (XLSX, DOCX): a ZIP archive's entry, and expat over it.
// Office files come from outside and may be crafted: an entry is read in chunks, never
// trusting the size it declares, and refused past the limits below (a part larger than any
// real workbook or contract, a compression ratio only a zip bomb has, too many parts).

#include <expat.h>
#include <zip.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace pacta::presentation::detail {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

struct ZipLimits {
    std::size_t max_entry_bytes = std::size_t{64} << 20;  // one XML part, uncompressed
    std::size_t max_ratio = 200;                          // uncompressed / compressed
    std::size_t ratio_floor = std::size_t{1} << 20;       // the ratio is judged past 1 MB
    long long max_entries = 10000;
};

// A file that breaks one of the limits: the message (translated) names the limit and the part.
class HostileFile : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Opens `path` as a ZIP archive; nullptr when it is not one. Throws HostileFile when it has
// more entries than the limit.
[[nodiscard]] std::unique_ptr<zip_t, ZipCloser> open_zip(const std::string& path, const std::string& shown_name,
                                                         const ZipLimits& limits = {});

// The entry `name`, uncompressed; nullopt when the archive has no such entry or it cannot be
// read. Throws HostileFile past the limits.
[[nodiscard]] std::optional<std::string> entry(zip_t* archive, const char* name, const std::string& shown_name,
                                               const ZipLimits& limits = {});

// A handler may stop the parse by setting `problem` (a translated message): expat is told to
// stop, since exceptions must not cross its C frames.
template <typename Handler>
bool parse(const std::string& xml, Handler& h) {
    struct Context {
        Handler* handler;
        XML_Parser parser;
    };
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                                        &XML_ParserFree);
    Context context{&h, parser.get()};
    XML_SetUserData(parser.get(), &context);
    XML_SetElementHandler(
        parser.get(),
        [](void* u, const XML_Char* name, const XML_Char** attrs) {
            auto* c = static_cast<Context*>(u);
            c->handler->start(name, attrs);
            if constexpr (requires { c->handler->problem; }) {
                if (!c->handler->problem.empty()) XML_StopParser(c->parser, XML_FALSE);
            }
        },
        [](void* u, const XML_Char* name) { static_cast<Context*>(u)->handler->end(name); });
    XML_SetCharacterDataHandler(parser.get(), [](void* u, const XML_Char* s, int len) {
        static_cast<Context*>(u)->handler->text(std::string_view(s, static_cast<std::size_t>(len)));
    });
    return XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
}

inline std::string_view local(std::string_view name) {
    const auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

inline const char* attribute(const XML_Char** attrs, std::string_view key) {
    for (int i = 0; attrs[i] != nullptr; i += 2) {
        if (local(attrs[i]) == key) return attrs[i + 1];
    }
    return nullptr;
}

}  // namespace pacta::presentation::detail
