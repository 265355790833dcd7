#include "pacta/pdf/font_locator.h"

#include <fontconfig/fontconfig.h>

#include <memory>

namespace pacta::pdf {

namespace {

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

const FcChar8* as_fc(const char* text) { return reinterpret_cast<const FcChar8*>(text); }

}  // namespace

struct FontLocator::Config {
    FcConfig* handle = FcInitLoadConfigAndFonts();
    ~Config() {
        if (handle) FcConfigDestroy(handle);
    }
};

FontLocator::FontLocator() : config_(std::make_unique<Config>()) {}
FontLocator::~FontLocator() = default;

std::optional<FontFile> FontLocator::find(const std::string& family, FontStyle style) const {
    FcConfig* config = config_->handle;
    if (config == nullptr) return std::nullopt;
    PatternPtr pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, as_fc(family.c_str()));
    const bool bold = style == FontStyle::bold || style == FontStyle::bold_italic;
    const bool italic = style == FontStyle::italic || style == FontStyle::bold_italic;
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern.get(), FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcPatternAddString(pattern.get(), FC_FONTFORMAT, as_fc("TrueType"));
    FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());

    FcResult result = FcResultNoMatch;
    PatternPtr match(FcFontMatch(config, pattern.get(), &result));
    if (!match || result != FcResultMatch) return std::nullopt;

    FcChar8* matched_family = nullptr;
    FcChar8* file = nullptr;
    int weight = 0;
    int slant = 0;
    if (FcPatternGetString(match.get(), FC_FAMILY, 0, &matched_family) != FcResultMatch ||
        FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch ||
        FcPatternGetInteger(match.get(), FC_WEIGHT, 0, &weight) != FcResultMatch ||
        FcPatternGetInteger(match.get(), FC_SLANT, 0, &slant) != FcResultMatch) {
        return std::nullopt;
    }
    const std::string found_family(reinterpret_cast<const char*>(matched_family));
    // Refuse substitutions: another family, or a regular face standing in for bold/italic.
    if (found_family != family) return std::nullopt;
    if (bold != (weight >= FC_WEIGHT_BOLD) || italic != (slant != FC_SLANT_ROMAN)) return std::nullopt;
    return FontFile{reinterpret_cast<const char*>(file), found_family};
}

}  // namespace pacta::pdf
