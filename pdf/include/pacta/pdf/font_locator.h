#pragma once
// Finds the TrueType files of the contract fonts (Liberation Serif and Sans, Debian
// fonts-liberation2, metric-compatible with Times New Roman and Arial) through fontconfig.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace pacta::pdf {

enum class FontStyle { regular, bold, italic, bold_italic };

struct FontFile {
    std::filesystem::path path;
    std::string family;  // the family fontconfig actually matched
};

// Owns its own fontconfig configuration (loading it costs milliseconds: keep one locator
// for a batch of documents) and releases it on destruction.
class FontLocator {
public:
    FontLocator();
    ~FontLocator();
    FontLocator(const FontLocator&) = delete;
    FontLocator& operator=(const FontLocator&) = delete;

    // nullopt when no installed font of that family and style exists: fontconfig would
    // otherwise substitute another typeface silently, and a contract must not change
    // typeface unnoticed.
    [[nodiscard]] std::optional<FontFile> find(const std::string& family, FontStyle style) const;

private:
    struct Config;
    std::unique_ptr<Config> config_;
};

}  // namespace pacta::pdf
