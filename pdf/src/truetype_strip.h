#pragma once
// Removes TrueType hinting from a font program: the fpgm, prep and cvt tables and the
// instructions inside every glyph. Hints matter for low-resolution screens, not for a
// contract that is printed and signed; without them an embedded subset of Liberation Serif
// is about half the size. Outlines, metrics and glyph numbers stay as they were.

#include <optional>
#include <string>
#include <string_view>

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace pacta::pdf {

// nullopt when `font` is not a TrueType font this function understands; the caller then
// keeps the font as it was.
[[nodiscard]] std::optional<std::string> strip_truetype_hints(std::string_view font);

// The same, on the program a Type0 font embeds (DescendantFonts[0] -> FontDescriptor ->
// FontFile2) in `doc`; a font of another shape is left as it was.
void strip_embedded_font_hints(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfObject& type0);

}  // namespace pacta::pdf
