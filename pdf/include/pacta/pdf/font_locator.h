#pragma once
// Finds the TrueType files of the contract fonts (Liberation Serif and Sans, Debian
// fonts-liberation2, metric-compatible with Times New Roman and Arial) through fontconfig.

#include <filesystem>
#include <optional>
#include <string>

namespace pacta::pdf {

enum class FontStyle { regular, bold, italic, bold_italic };

struct FontFile {
    std::filesystem::path path;
    std::string family;  // the family fontconfig actually matched
};

// nullopt when no installed font of that family exists (fontconfig would otherwise
// substitute another family silently; a contract must not change typeface unnoticed).
[[nodiscard]] std::optional<FontFile> find_font(const std::string& family, FontStyle style);

}  // namespace pacta::pdf
