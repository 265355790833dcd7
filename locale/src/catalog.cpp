#include "pacta/locale/catalog.h"

#include <boost/locale.hpp>
#include <cstdlib>

namespace pacta::locale {

namespace {

struct State {
    std::locale locale = std::locale::classic();
    bool loaded = false;
};

State& state() {
    static State s;
    return s;
}

}  // namespace

void set_language(const std::filesystem::path& messages_dir, std::string_view language) {
    boost::locale::generator generator;
    generator.add_messages_path(messages_dir.string());
    generator.add_messages_domain("pacta");
    // The catalogs carry Spanish, whatever the machine's locale; ICU needs no generated locale.
    const std::string name = language == "en" ? "en_US.UTF-8" : "es_MX.UTF-8";
    state().locale = generator(name);
    state().loaded = language != "en" &&
                     std::filesystem::exists(messages_dir / std::string(language) / "LC_MESSAGES" / "pacta.mo");
}

std::string language_from_environment() {
    const char* chosen = std::getenv("PACTA_IDIOMA");
    if (chosen != nullptr && std::string_view(chosen) == "en") return "en";
    return std::string(default_language);
}

bool catalog_loaded() { return state().loaded; }

std::string tr(const char* english) { return boost::locale::translate(english).str(state().locale); }

std::string tr_context(const char* context, const char* english) {
    return boost::locale::translate(context, english).str(state().locale);
}

std::string trn(const char* singular, const char* plural, long count) {
    return boost::locale::translate(singular, plural, static_cast<int>(count)).str(state().locale);
}

std::string fill(std::string_view pattern, const Params& params) {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view name = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [key, value] : params) {
                    if (key == name) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push_back(pattern[i]);
        ++i;
    }
    return out;
}

}  // namespace pacta::locale
