#include "pacta/pdf/contract_pdf.h"

#include <podofo/podofo.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "pacta/document/render.h"
#include "pacta/domain/utf8.h"
#include "pacta/pdf/font_locator.h"
#include "pacta/pdf/layout.h"
#include "object_copier.h"
#include "truetype_strip.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;

constexpr std::array<FontStyle, face_count> styles = {FontStyle::regular, FontStyle::bold, FontStyle::italic,
                                                      FontStyle::bold_italic};
constexpr const char* family = "Liberation Serif";

std::size_t index_of(Face f) { return static_cast<std::size_t>(f); }

pd::PdfString utf8(const std::string& s) { return pd::PdfString(reinterpret_cast<const pd::pdf_utf8*>(s.c_str())); }

// Coordinates with at most two decimals and no trailing zeros ("72", "611.5"), without
// printf: number formatting is a large share of writing a PDF.
void number(std::string& out, double v) {
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

// One glyph code in a PDF literal string: two bytes, escaped where PDF syntax requires.
void append_code(std::string& out, std::uint16_t code) {
    for (const auto byte : {static_cast<unsigned char>(code >> 8), static_cast<unsigned char>(code & 0xFF)}) {
        switch (byte) {
            case '(': out += "\\("; break;
            case ')': out += "\\)"; break;
            case '\\': out += "\\\\"; break;
            case '\r': out += "\\r"; break;
            case '\n': out += "\\n"; break;
            default: out.push_back(static_cast<char>(byte));
        }
    }
}

// Level 3: nearly the size of the default level 6 (a contract grows by about 5%) at half
// the time, which matters when a campaign generates thousands.
std::string deflate(const std::string& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    const auto buffer = std::make_unique_for_overwrite<Bytef[]>(size);
    if (compress2(buffer.get(), &size, reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()), 3) !=
        Z_OK) {
        throw std::runtime_error("zlib could not compress a content stream");
    }
    return std::string(reinterpret_cast<const char*>(buffer.get()), size);
}

std::string xmp_packet(const PdfMetadata& m) {
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<dc:format>application/pdf</dc:format>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + document::escape_markup(m.title) + "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + document::escape_markup(m.subject) +
           "</rdf:li></rdf:Alt></dc:description>\n"
           "<dc:creator><rdf:Seq><rdf:li>" + document::escape_markup(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n"
           "<pdf:Keywords>" + document::escape_markup(m.keywords) + "</pdf:Keywords>\n"
           "<xmp:CreatorTool>" + document::escape_markup(m.creator) + "</xmp:CreatorTool>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

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
    [[nodiscard]] bool any(std::size_t face) const {
        return !rare_[face].empty() || std::find(common_[face].begin(), common_[face].end(), true) != common_[face].end();
    }
    [[nodiscard]] std::u32string of(std::size_t face) const {
        std::u32string out;
        for (char32_t c = 0; c < common_[face].size(); ++c) {
            if (common_[face][c]) out.push_back(c);
        }
        out.insert(out.end(), rare_[face].begin(), rare_[face].end());
        return out;
    }

private:
    std::array<std::vector<bool>, face_count> common_;
    std::array<std::set<char32_t>, face_count> rare_;
};

}  // namespace

// Widths come from the same font files that get embedded, through a document kept only for
// measuring; the cache makes a batch measure each character once.
struct ContractPdfWriter::Impl : TextMeasure {
    std::array<std::string, face_count> paths;
    pd::PdfMemDocument measuring;
    std::array<pd::PdfFont*, face_count> metrics_fonts{};
    mutable std::array<std::vector<float>, face_count> cache;
    // A font subset for one set of characters, built once in a document of its own and
    // copied into every contract that uses exactly those characters: a batch subsets and
    // compresses each font once instead of once per contract.
    struct CachedSubset {
        std::unique_ptr<pd::PdfMemDocument> doc;
        pd::PdfObject* font = nullptr;
    };
    std::map<std::u32string, CachedSubset> subsets[face_count];

    const CachedSubset& subset(std::size_t face, const std::u32string& chars) {
        auto& entry = subsets[face][chars];
        if (entry.doc) return entry;
        entry.doc = std::make_unique<pd::PdfMemDocument>();
        pd::PdfFont* f = entry.doc->CreateFontSubset(family, face == 1 || face == 3, face == 2 || face == 3, false,
                                                     pd::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                                     paths[face].c_str());
        std::string text;
        for (const char32_t c : chars) text += domain_utf8(c);
        const pd::PdfString all = utf8(text);
        f->AddUsedSubsettingGlyphs(all, static_cast<long>(all.GetUnicodeLength()));
        entry.doc->EmbedSubsetFonts();
        entry.font = f->GetObject();
        strip_embedded_font_hints(*entry.doc, *entry.font);
        return entry;
    }

    // Character -> glyph code, the same in every document that embeds these font files.
    std::array<std::vector<std::uint16_t>, face_count> codes;

    Impl() {
        pd::PdfError::EnableDebug(false);
        pd::PdfError::EnableLogging(false);
        const FontLocator locator;
        for (std::size_t i = 0; i < face_count; ++i) {
            const auto found = locator.find(family, styles[i]);
            if (!found) throw std::runtime_error("Liberation Serif is not installed (Debian package fonts-liberation2)");
            paths[i] = found->path.string();
            cache[i].assign(0x2200, -1.0f);
            codes[i].assign(0x2200, 0xFFFF);
        }
    }

    pd::PdfFont* measuring_font(std::size_t i) const {
        auto* self = const_cast<Impl*>(this);
        if (self->metrics_fonts[i] == nullptr) {
            self->metrics_fonts[i] = self->measuring.CreateFont(
                family, i == 1 || i == 3, i == 2 || i == 3, false, pd::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                pd::PdfFontCache::eFontCreationFlags_None, false, paths[i].c_str());
        }
        return metrics_fonts[i];
    }

    double advance(Face face, char32_t c) const override {
        const auto i = index_of(face);
        auto& slot = c < cache[i].size() ? cache[i][c] : scratch_;
        if (slot < 0 || c >= cache[i].size()) {
            const pd::PdfFontMetrics* m = measuring_font(i)->GetFontMetrics();
            const_cast<pd::PdfFontMetrics*>(m)->SetFontSize(1000.0f);
            slot = static_cast<float>(m->UnicodeCharWidth(static_cast<unsigned short>(c > 0xFFFF ? 0xFFFD : c)) / 1000.0);
        }
        return slot;
    }
    mutable float scratch_ = -1.0f;

    std::uint16_t code(Face face, char32_t c) {
        const auto i = index_of(face);
        if (c < codes[i].size() && codes[i][c] != 0xFFFF) return codes[i][c];
        const std::string one = domain_utf8(c);
        pd::PdfFont* f = measuring_font(i);
        const auto buf = f->GetEncoding()->ConvertToEncoding(utf8(one), f);
        std::uint16_t value = 0;
        if (buf.GetSize() >= 2) {
            value = static_cast<std::uint16_t>((static_cast<unsigned char>(buf.GetBuffer()[0]) << 8) |
                                               static_cast<unsigned char>(buf.GetBuffer()[1]));
        }
        if (c < codes[i].size()) codes[i][c] = value;
        return value;
    }

    static std::string domain_utf8(char32_t c) {
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
};

ContractPdfWriter::ContractPdfWriter() : impl_(std::make_unique<Impl>()) {}
ContractPdfWriter::~ContractPdfWriter() = default;

std::string ContractPdfWriter::render(const document::Document& doc, const PdfOptions& options) {
    LayoutOptions lo;
    lo.page = PageGeometry::for_paper(doc.paper);
    lo.render = options.render;
    lo.folio = options.folio;
    lo.initials_box = options.initials_box;
    const Layout layout = options.paper_copies > 0 ? paper_copies(lay_out(doc, *impl_, lo), options.paper_copies, *impl_)
                                                   : lay_out(doc, *impl_, lo);
    const double page_h = layout.page.height;

    pd::PdfMemDocument pdf;
    static constexpr std::array<const char*, face_count> font_names = {"F0", "F1", "F2", "F3"};

    std::string content;
    UsedCharacters chars;
    std::vector<std::array<bool, face_count>> pages_using(layout.pages.size());
    for (const auto& page_layout : layout.pages) {
        pd::PdfPage* page = pdf.CreatePage(pd::PdfRect(0, 0, layout.page.width, page_h));
        content.clear();
        // Rules and boxes.
        for (const auto& r : page_layout.rules) {
            number(content, r.width);
            content += " w ";
            number(content, r.x1);
            content += ' ';
            number(content, page_h - r.y1);
            content += " m ";
            number(content, r.x2);
            content += ' ';
            number(content, page_h - r.y2);
            content += " l S\n";
        }
        for (const auto& b : page_layout.boxes) {
            content += "0.5 w ";
            number(content, b.x);
            content += ' ';
            number(content, page_h - b.y - b.h);
            content += ' ';
            number(content, b.w);
            content += ' ';
            number(content, b.h);
            content += " re S\n";
        }
        // Text: one text object per line; justification through TJ offsets after each space.
        std::array<bool, face_count> used{};
        for (const auto& line : page_layout.lines) {
            // Comparison marks: the run's extent, for the rule drawn under or through it.
            struct Decoration {
                double x1, x2, y;
                document::Mark mark;
            };
            std::vector<Decoration> decorations;
            double cursor = line.x;
            content += "BT ";
            number(content, line.x);
            content += ' ';
            number(content, page_h - line.baseline);
            content += " Td ";
            for (const auto& run : line.runs) {
                used[index_of(run.face)] = true;
                // The writer stretches every space but one that ends the run (see the TJ below).
                auto spaces = static_cast<double>(std::count(run.text.begin(), run.text.end(), ' '));
                if (!run.text.empty() && run.text.back() == ' ') spaces -= 1;
                const double run_width = impl_->width(run.face, run.text, run.size) + spaces * line.extra_per_space;
                if (run.mark != document::Mark::none) {
                    content += run.mark == document::Mark::inserted ? "0 0 0.7 rg " : "0.75 0 0 rg ";
                    // Trailing spaces stay unmarked.
                    const double trailing = run.text.back() == ' ' ? impl_->width(run.face, " ", run.size) : 0;
                    const double y = run.mark == document::Mark::inserted ? page_h - line.baseline - 1.5
                                                                         : page_h - line.baseline + run.size * 0.3;
                    decorations.push_back({cursor, cursor + run_width - trailing, y, run.mark});
                }
                cursor += run_width;
                content += '/';
                content += font_names[index_of(run.face)];
                content += ' ';
                number(content, run.size);
                content += " Tf [";
                const auto adjust = static_cast<long>(line.extra_per_space * 1000.0 / run.size + 0.5);
                // Glyph codes in literal strings; in a justified line each space closes a
                // string and is followed by the extra spacing (thousandths of the font size).
                const std::string gap = " " + std::to_string(-adjust) + " ";
                content += '(';
                std::size_t at = 0;
                while (at < run.text.size()) {
                    const char32_t c = domain::next_code_point(run.text, at);
                    chars.mark(index_of(run.face), c);
                    append_code(content, impl_->code(run.face, c));
                    if (c == U' ' && adjust > 0 && at < run.text.size()) {
                        content += ')';
                        content += gap;
                        content += '(';
                    }
                }
                content += ')';
                content += "] TJ ";
                if (run.mark != document::Mark::none) content += "0 g ";
            }
            content += "ET\n";
            for (const auto& d : decorations) {
                content += d.mark == document::Mark::inserted ? "0 0 0.7 RG 0.6 w " : "0.75 0 0 RG 0.6 w ";
                number(content, d.x1);
                content += ' ';
                number(content, d.y);
                content += " m ";
                number(content, d.x2);
                content += ' ';
                number(content, d.y);
                content += " l S 0 G\n";
            }
        }
        pages_using[static_cast<std::size_t>(pdf.GetPageCount() - 1)] = used;
        pd::PdfObject* contents = page->GetContentsForAppending();
        const std::string packed = deflate(content);
        pd::PdfMemoryInputStream input(packed.data(), static_cast<pd::pdf_long>(packed.size()));
        contents->GetStream()->SetRawData(&input, static_cast<pd::pdf_long>(packed.size()));
        contents->GetDictionary().AddKey(pd::PdfName::KeyFilter, pd::PdfName("FlateDecode"));
    }
    // Fonts: the subset for exactly the characters used, from the cache, referenced by the
    // pages that use each face.
    for (std::size_t i = 0; i < face_count; ++i) {
        if (!chars.any(i)) continue;
        // Every subset also carries the letters and digits names and numbers are written
        // with, so contracts that differ only in a name or a number share one subset.
        chars.mark_all(i, U"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÁÉÍÓÚÑÜáéíóúñü");
        const std::u32string used = chars.of(i);
        const auto& cached = impl_->subset(i, used);
        detail::ObjectCopier copier(cached.doc->GetObjects(), pdf.GetObjects());
        const pd::PdfReference font_ref = copier.copy_indirect(cached.font->Reference());
        for (std::size_t p = 0; p < pages_using.size(); ++p) {
            if (pages_using[p][i]) pdf.GetPage(static_cast<int>(p))->AddResource(font_names[i], font_ref, pd::PdfName("Font"));
        }
    }

    // Empty signature fields: the widget is built here and the field constructed without
    // /V (bInit = false); PoDoFo's (page, rect, doc) constructor would add a /V that pdfsig
    // reports as a broken signature (domain-es.md §7).
    if (!layout.fields.empty()) {
        pd::PdfAcroForm* form = pdf.GetAcroForm(true, pd::ePdfAcroFormDefaultAppearance_None);
        for (const auto& placement : layout.fields) {
            pd::PdfPage* page = pdf.GetPage(static_cast<int>(placement.page));
            const pd::PdfRect rect(placement.box.x, page_h - placement.box.y - placement.box.h, placement.box.w,
                                   placement.box.h);
            pd::PdfAnnotation* widget = page->CreateAnnotation(pd::ePdfAnnotation_Widget, rect);
            widget->SetFlags(pd::ePdfAnnotationFlags_Print);
            pd::PdfSignatureField field(widget, form, &pdf, false);
            field.SetFieldName(utf8(placement.name));
        }
        form->GetObject()->GetDictionary().AddKey(pd::PdfName("SigFlags"), pd::PdfObject(static_cast<pd::pdf_int64>(1)));
    }

    pd::PdfInfo* info = pdf.GetInfo();
    info->SetTitle(utf8(options.metadata.title));
    info->SetSubject(utf8(options.metadata.subject));
    info->SetAuthor(utf8(options.metadata.author));
    info->SetKeywords(utf8(options.metadata.keywords));
    info->SetCreator(utf8(options.metadata.creator));
    info->SetProducer(utf8(options.metadata.creator + " (PoDoFo 0.9.8)"));
    pd::PdfObject* xmp = pdf.GetObjects().CreateObject("Metadata");
    xmp->GetDictionary().AddKey(pd::PdfName("Subtype"), pd::PdfName("XML"));
    const std::string packet = xmp_packet(options.metadata);
    xmp->GetStream()->Set(packet.data(), static_cast<pd::pdf_long>(packet.size()), pd::TVecFilters());
    pdf.GetCatalog()->GetDictionary().AddKey(pd::PdfName("Metadata"), xmp->Reference());

    pd::PdfRefCountedBuffer buffer;
    pd::PdfOutputDevice device(&buffer);
    pdf.Write(&device);
    return std::string(buffer.GetBuffer(), static_cast<std::size_t>(device.GetLength()));
}

}  // namespace pacta::pdf
