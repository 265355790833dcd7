#pragma once
// Reading XML parts of Office files (XLSX, DOCX): a ZIP archive's entry, and expat over it.

#include <expat.h>
#include <zip.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace pacta::presentation::detail {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

inline std::optional<std::string> entry(zip_t* archive, const char* name) {
    zip_stat_t st;
    if (zip_stat(archive, name, 0, &st) != 0) return std::nullopt;
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (file == nullptr) return std::nullopt;
    std::string data(static_cast<std::size_t>(st.size), '\0');
    const auto read = zip_fread(file, data.data(), st.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != st.size) return std::nullopt;
    return data;
}

// Runs expat over `xml`, calling the handlers of `Handler` (start, end, text).
template <typename Handler>
bool parse(const std::string& xml, Handler& h) {
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                                        &XML_ParserFree);
    XML_SetUserData(parser.get(), &h);
    XML_SetElementHandler(
        parser.get(),
        [](void* u, const XML_Char* name, const XML_Char** attrs) { static_cast<Handler*>(u)->start(name, attrs); },
        [](void* u, const XML_Char* name) { static_cast<Handler*>(u)->end(name); });
    XML_SetCharacterDataHandler(parser.get(), [](void* u, const XML_Char* s, int len) {
        static_cast<Handler*>(u)->text(std::string_view(s, static_cast<std::size_t>(len)));
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
