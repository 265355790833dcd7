#pragma once
// User-facing text: English source strings translated through gettext catalogs
// (po/<lang>.po, compiled to pacta.mo). Spanish is the default language.
//
// Strings are extracted by scripts/update-po with xgettext keywords tr, tr_context:1c,2,
// trn:1,2 and noop_tr. Put a "TRANSLATORS:" comment above any string that needs context.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta::locale {

inline constexpr std::string_view default_language = "es";

// Loads the "pacta" catalog for `language` ("es", or "en" for the source strings) from
// `messages_dir` (<dir>/<lang>/LC_MESSAGES/pacta.mo). Call once at start-up.
void set_language(const std::filesystem::path& messages_dir, std::string_view language);

// The language chosen at start-up: $PACTA_IDIOMA when set ("es" or "en"), else Spanish.
[[nodiscard]] std::string language_from_environment();

// True when a compiled catalog for the current language was found.
[[nodiscard]] bool catalog_loaded();

[[nodiscard]] std::string tr(const char* english);
[[nodiscard]] std::string tr_context(const char* context, const char* english);
[[nodiscard]] std::string trn(const char* singular, const char* plural, long count);

// Marks a string for extraction without translating it (for tables translated later).
constexpr const char* noop_tr(const char* english) { return english; }
// Likewise with a context, for words whose translation depends on where they stand; translate
// them later with tr_context(context, english).
constexpr const char* noop_tr_context(const char* /*context*/, const char* english) { return english; }

using Params = std::vector<std::pair<std::string, std::string>>;
// Replaces every {name} in `pattern` with its value; unknown names are left as they are.
[[nodiscard]] std::string fill(std::string_view pattern, const Params& params);

}  // namespace pacta::locale
