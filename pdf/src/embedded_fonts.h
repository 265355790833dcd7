#pragma once
// What the PDF writers that draw their own content streams share (contracts, reports): a font
// family's TrueType files, measured and embedded as cached subsets with an Identity encoding
// (CID fonts with Unicode maps), and the pieces of a hand-written content stream.

#include <podofo/podofo.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "pacta/pdf/layout.h"

namespace pacta::pdf::detail {

namespace pd = PoDoFo;

[[nodiscard]] pd::PdfString pdf_utf8(const std::string& s);

// Coordinates with at most two decimals and no trailing zeros ("72", "611.5"), without
// printf: number formatting is a large share of writing a PDF.
void append_number(std::string& out, double v);

// One glyph code in a PDF literal string: two bytes, escaped where PDF syntax requires.
void append_code(std::string& out, std::uint16_t code);

// zlib level 3: nearly the size of the default level 6 at half the time.
[[nodiscard]] std::string deflate(const std::string& data);

// The page's content stream, compressed.
void set_page_content(pd::PdfPage& page, const std::string& content);

// The characters each face draws in one document: the key of its cached font subset.
class UsedCharacters {
public:
    UsedCharacters() {
        for (auto& seen : common_) seen.assign(0x2200, false);
    }
    void mark(std::size_t face, char32_t c) {
        if (c < common_[face].size()) {
            common_[face][c] = true;
        } else {
            rare_[face].insert(c);
        }
    }
    void mark_all(std::size_t face, std::u32string_view cs) {
        for (const char32_t c : cs) mark(face, c);
    }
    [[nodiscard]] bool any(std::size_t face) const;
    [[nodiscard]] std::u32string of(std::size_t face) const;

private:
    std::array<std::vector<bool>, face_count> common_;
    std::array<std::set<char32_t>, face_count> rare_;
};

// The faces of one family, found with FontLocator. Widths come from the same files that get
// embedded, through a document kept only for measuring; caches make a batch measure each
// character once and subset each set of characters once. Not thread-safe.
class EmbeddedFonts : public TextMeasure {
public:
    // Throws std::runtime_error, naming the Debian package, when one of `faces` is missing.
    EmbeddedFonts(std::string family, std::initializer_list<Face> faces);
    ~EmbeddedFonts() override;
    EmbeddedFonts(const EmbeddedFonts&) = delete;
    EmbeddedFonts& operator=(const EmbeddedFonts&) = delete;

    [[nodiscard]] double advance(Face face, char32_t c) const override;
    // Character -> glyph code, the same in every document that embeds these font files; 0 when
    // the font has no glyph for it.
    [[nodiscard]] std::uint16_t code(Face face, char32_t c);
    // Copies the subset holding exactly `chars` into `pdf` (built on first use) and returns
    // its Type0 font object.
    [[nodiscard]] pd::PdfReference embed_subset(pd::PdfMemDocument& pdf, Face face,
                                                const std::u32string& chars);

private:
    struct CachedSubset {
        std::unique_ptr<pd::PdfMemDocument> doc;
        pd::PdfObject* font = nullptr;
    };
    const CachedSubset& subset(std::size_t face, const std::u32string& chars);
    pd::PdfFont* measuring_font(std::size_t face) const;

    std::string family_;
    std::array<std::string, face_count> paths_;  // empty: face not loaded
    mutable pd::PdfMemDocument measuring_;
    mutable std::array<pd::PdfFont*, face_count> metrics_fonts_{};
    mutable std::array<std::vector<float>, face_count> widths_;
    mutable float scratch_ = -1.0f;
    std::array<std::vector<std::uint16_t>, face_count> codes_;
    std::array<std::map<std::u32string, CachedSubset>, face_count> subsets_;
};

}  // namespace pacta::pdf::detail
