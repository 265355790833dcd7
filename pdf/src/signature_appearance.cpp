#include "signature_appearance.h"

#include <algorithm>
#include <stdexcept>

#include "object_copier.h"
#include "pacta/pdf/font_locator.h"
#include "truetype_strip.h"

namespace pacta::pdf::detail {

namespace {

pd::PdfString utf8(const std::string& s) { return pd::PdfString(reinterpret_cast<const pd::pdf_utf8*>(s.c_str())); }

}  // namespace

pd::PdfReference add_signature_appearance(pd::PdfMemDocument& doc, double width, double height,
                                          const std::vector<std::string>& lines) {
    const auto file = FontLocator().find("Liberation Serif", FontStyle::regular);
    if (!file) throw std::runtime_error("Liberation Serif is not installed (Debian package fonts-liberation2)");
    // Built in a document of its own, where PoDoFo subsets the font, then copied over.
    pd::PdfMemDocument scratch;
    pd::PdfFont* font = scratch.CreateFontSubset("Liberation Serif", false, false, false,
                                                 pd::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                                 file->path.string().c_str());
    std::string all;
    for (const auto& line : lines) all += line;
    const pd::PdfString used = utf8(all);
    font->AddUsedSubsettingGlyphs(used, static_cast<long>(used.GetUnicodeLength()));

    // The largest size (at most 9 pt) at which every line fits the field's width and all of
    // them its height.
    const double margin = 2.0;
    double size = 9.0;
    const auto count = static_cast<double>(std::max<std::size_t>(lines.size(), 1));
    size = std::min(size, (height - 2 * margin) / (count * 1.15));
    for (const auto& line : lines) {
        font->SetFontSize(10.0f);
        const double at_ten = font->GetFontMetrics()->StringWidth(utf8(line));
        if (at_ten > 0) size = std::min(size, 10.0 * (width - 2 * margin) / at_ten);
    }
    size = std::max(size, 3.0);
    font->SetFontSize(static_cast<float>(size));

    pd::PdfXObject form(pd::PdfRect(0, 0, width, height), &scratch);
    pd::PdfPainter painter;
    painter.SetPage(&form);
    painter.SetFont(font);
    double y = height - margin - size;
    for (const auto& line : lines) {
        painter.DrawText(margin, y, utf8(line));
        y -= size * 1.15;
    }
    painter.FinishPage();
    scratch.EmbedSubsetFonts();
    strip_embedded_font_hints(scratch, *font->GetObject());
    ObjectCopier copier(scratch.GetObjects(), doc.GetObjects());
    return copier.copy_indirect(form.GetObject()->Reference());
}

}  // namespace pacta::pdf::detail
