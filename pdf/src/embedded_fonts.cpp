#include "embedded_fonts.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "object_copier.h"
#include "pacta/pdf/font_locator.h"
#include "truetype_strip.h"

namespace pacta::pdf::detail {

namespace {

std::size_t index_of(Face f) {
    return static_cast<std::size_t>(f);
}

FontStyle style_of(Face f) {
    switch (f) {
        case Face::regular:
            return FontStyle::regular;
        case Face::bold:
            return FontStyle::bold;
        case Face::italic:
            return FontStyle::italic;
        case Face::bold_italic:
            return FontStyle::bold_italic;
    }
    return FontStyle::regular;
}

bool is_bold(std::size_t face) {
    return face == 1 || face == 3;
}
bool is_italic(std::size_t face) {
    return face == 2 || face == 3;
}

// Basic Multilingual Plane only, like the glyph codes (the same bytes the contracts have always
// asked PoDoFo about).
std::string bmp_utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    return out;
}

}  // namespace

pd::PdfString pdf_utf8(const std::string& s) {
    return pd::PdfString(reinterpret_cast<const pd::pdf_utf8*>(s.c_str()));
}

void append_number(std::string& out, double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
    char* end = r.ptr;
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
    if (end == buf || (end == buf + 1 && buf[0] == '-')) {
        out.push_back('0');
        return;
    }
    out.append(buf, end);
}

void append_code(std::string& out, std::uint16_t code) {
    for (const auto byte :
         {static_cast<unsigned char>(code >> 8), static_cast<unsigned char>(code & 0xFF)}) {
        switch (byte) {
            case '(':
                out += "\\(";
                break;
            case ')':
                out += "\\)";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out.push_back(static_cast<char>(byte));
        }
    }
}

std::string deflate(const std::string& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    const auto buffer = std::make_unique_for_overwrite<Bytef[]>(size);
    if (compress2(buffer.get(), &size, reinterpret_cast<const Bytef*>(data.data()),
                  static_cast<uLong>(data.size()), 3) != Z_OK) {
        throw std::runtime_error("zlib could not compress a content stream");
    }
    return std::string(reinterpret_cast<const char*>(buffer.get()), size);
}

void set_page_content(pd::PdfPage& page, const std::string& content) {
    pd::PdfObject* contents = page.GetContentsForAppending();
    const std::string packed = deflate(content);
    pd::PdfMemoryInputStream input(packed.data(), static_cast<pd::pdf_long>(packed.size()));
    contents->GetStream()->SetRawData(&input, static_cast<pd::pdf_long>(packed.size()));
    contents->GetDictionary().AddKey(pd::PdfName::KeyFilter, pd::PdfName("FlateDecode"));
}

bool UsedCharacters::any(std::size_t face) const {
    return !rare_[face].empty() ||
           std::find(common_[face].begin(), common_[face].end(), true) != common_[face].end();
}

std::u32string UsedCharacters::of(std::size_t face) const {
    std::u32string out;
    for (char32_t c = 0; c < common_[face].size(); ++c) {
        if (common_[face][c]) out.push_back(c);
    }
    out.insert(out.end(), rare_[face].begin(), rare_[face].end());
    return out;
}

EmbeddedFonts::EmbeddedFonts(std::string family, std::initializer_list<Face> faces)
    : family_(std::move(family)) {
    pd::PdfError::EnableDebug(false);
    pd::PdfError::EnableLogging(false);
    const FontLocator locator;
    for (const Face face : faces) {
        const auto i = index_of(face);
        const auto found = locator.find(family_, style_of(face));
        if (!found) {
            throw std::runtime_error(family_ +
                                     " is not installed (Debian package fonts-liberation2)");
        }
        paths_[i] = found->path.string();
        widths_[i].assign(0x2200, -1.0f);
        codes_[i].assign(0x2200, 0xFFFF);
    }
}

EmbeddedFonts::~EmbeddedFonts() = default;

pd::PdfFont* EmbeddedFonts::measuring_font(std::size_t i) const {
    if (paths_[i].empty()) throw std::logic_error("font face not loaded: " + family_);
    if (metrics_fonts_[i] == nullptr) {
        metrics_fonts_[i] = measuring_.CreateFont(
            family_.c_str(), is_bold(i), is_italic(i), false,
            pd::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
            pd::PdfFontCache::eFontCreationFlags_None, false, paths_[i].c_str());
    }
    return metrics_fonts_[i];
}

double EmbeddedFonts::advance(Face face, char32_t c) const {
    const auto i = index_of(face);
    auto& slot = c < widths_[i].size() ? widths_[i][c] : scratch_;
    if (slot < 0 || c >= widths_[i].size()) {
        const pd::PdfFontMetrics* m = measuring_font(i)->GetFontMetrics();
        const_cast<pd::PdfFontMetrics*>(m)->SetFontSize(1000.0f);
        slot = static_cast<float>(
            m->UnicodeCharWidth(static_cast<unsigned short>(c > 0xFFFF ? 0xFFFD : c)) / 1000.0);
    }
    return slot;
}

std::uint16_t EmbeddedFonts::code(Face face, char32_t c) {
    const auto i = index_of(face);
    if (c < codes_[i].size() && codes_[i][c] != 0xFFFF) return codes_[i][c];
    pd::PdfFont* f = measuring_font(i);
    const auto buf = f->GetEncoding()->ConvertToEncoding(pdf_utf8(bmp_utf8(c)), f);
    std::uint16_t value = 0;
    if (buf.GetSize() >= 2) {
        value = static_cast<std::uint16_t>((static_cast<unsigned char>(buf.GetBuffer()[0]) << 8) |
                                           static_cast<unsigned char>(buf.GetBuffer()[1]));
    }
    if (c < codes_[i].size()) codes_[i][c] = value;
    return value;
}

const EmbeddedFonts::CachedSubset& EmbeddedFonts::subset(std::size_t face,
                                                         const std::u32string& chars) {
    auto& entry = subsets_[face][chars];
    if (entry.doc) return entry;
    entry.doc = std::make_unique<pd::PdfMemDocument>();
    pd::PdfFont* f = entry.doc->CreateFontSubset(
        family_.c_str(), is_bold(face), is_italic(face), false,
        pd::PdfEncodingFactory::GlobalIdentityEncodingInstance(), paths_[face].c_str());
    std::string text;
    for (const char32_t c : chars) text += bmp_utf8(c);
    const pd::PdfString all = pdf_utf8(text);
    f->AddUsedSubsettingGlyphs(all, static_cast<long>(all.GetUnicodeLength()));
    entry.doc->EmbedSubsetFonts();
    entry.font = f->GetObject();
    strip_embedded_font_hints(*entry.doc, *entry.font);
    return entry;
}

pd::PdfReference EmbeddedFonts::embed_subset(pd::PdfMemDocument& pdf, Face face,
                                             const std::u32string& chars) {
    const auto& cached = subset(index_of(face), chars);
    ObjectCopier copier(cached.doc->GetObjects(), pdf.GetObjects());
    return copier.copy_indirect(cached.font->Reference());
}

}  // namespace pacta::pdf::detail
