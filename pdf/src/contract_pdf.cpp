#include "pacta/pdf/contract_pdf.h"

#include <podofo/podofo.h>

#include <array>
#include <charconv>
#include <stdexcept>

#include "pacta/pdf/font_locator.h"
#include "pacta/pdf/layout.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;

constexpr std::array<FontStyle, face_count> styles = {FontStyle::regular, FontStyle::bold, FontStyle::italic,
                                                      FontStyle::bold_italic};
constexpr const char* family = "Liberation Serif";

std::size_t index_of(Face f) { return static_cast<std::size_t>(f); }

pd::PdfString utf8(const std::string& s) { return pd::PdfString(reinterpret_cast<const pd::pdf_utf8*>(s.c_str())); }

// Coordinates with two decimals, without printf: number formatting dominates PDF writing.
void number(std::string& out, double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
    out.append(buf, r.ptr);
}

void hex(std::string& out, const pd::PdfRefCountedBuffer& b) {
    static constexpr char digits[] = "0123456789abcdef";
    out.push_back('<');
    for (pd::pdf_long i = 0; i < static_cast<pd::pdf_long>(b.GetSize()); ++i) {
        const auto c = static_cast<unsigned char>(b.GetBuffer()[i]);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0xF]);
    }
    out.push_back('>');
}

std::string xml_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string xmp_packet(const PdfMetadata& m) {
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<dc:format>application/pdf</dc:format>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(m.title) + "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(m.subject) +
           "</rdf:li></rdf:Alt></dc:description>\n"
           "<dc:creator><rdf:Seq><rdf:li>" + xml_escape(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n"
           "<pdf:Keywords>" + xml_escape(m.keywords) + "</pdf:Keywords>\n"
           "<xmp:CreatorTool>" + xml_escape(m.creator) + "</xmp:CreatorTool>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

}  // namespace

// Widths come from the same font files that get embedded, through a document kept only for
// measuring; the cache makes a batch measure each character once.
struct ContractPdfWriter::Impl : TextMeasure {
    std::array<std::string, face_count> paths;
    pd::PdfMemDocument measuring;
    std::array<pd::PdfFont*, face_count> metrics_fonts{};
    mutable std::array<std::vector<float>, face_count> cache;

    Impl() {
        pd::PdfError::EnableDebug(false);
        pd::PdfError::EnableLogging(false);
        const FontLocator locator;
        for (std::size_t i = 0; i < face_count; ++i) {
            const auto found = locator.find(family, styles[i]);
            if (!found) throw std::runtime_error("Liberation Serif is not installed (Debian package fonts-liberation2)");
            paths[i] = found->path.string();
            cache[i].assign(0x2200, -1.0f);
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
};

ContractPdfWriter::ContractPdfWriter() : impl_(std::make_unique<Impl>()) {}
ContractPdfWriter::~ContractPdfWriter() = default;

std::string ContractPdfWriter::render(const document::Document& doc, const PdfOptions& options) {
    LayoutOptions lo;
    lo.page = PageGeometry::for_paper(doc.paper);
    lo.render = options.render;
    lo.folio = options.folio;
    lo.initials_box = options.initials_box;
    const Layout layout = lay_out(doc, *impl_, lo);
    const double page_h = layout.page.height;

    pd::PdfMemDocument pdf;
    std::array<pd::PdfFont*, face_count> fonts{};
    auto font = [&](Face f) {
        auto& slot = fonts[index_of(f)];
        if (slot == nullptr) {
            const auto i = index_of(f);
            slot = pdf.CreateFontSubset(family, i == 1 || i == 3, i == 2 || i == 3, false,
                                        pd::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                        impl_->paths[i].c_str());
        }
        return slot;
    };

    std::string content;
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
            content += "BT ";
            number(content, line.x);
            content += ' ';
            number(content, page_h - line.baseline);
            content += " Td ";
            for (const auto& run : line.runs) {
                pd::PdfFont* f = font(run.face);
                used[index_of(run.face)] = true;
                content += '/';
                content += f->GetIdentifier().GetName();
                content += ' ';
                number(content, run.size);
                content += " Tf [";
                const pd::PdfString whole = utf8(run.text);
                f->AddUsedSubsettingGlyphs(whole, static_cast<long>(whole.GetUnicodeLength()));
                const double adjust = line.extra_per_space * 1000.0 / run.size;
                std::size_t start = 0;
                while (start < run.text.size()) {
                    auto space = run.text.find(' ', start);
                    const auto end = space == std::string::npos ? run.text.size() : space + 1;
                    hex(content, f->GetEncoding()->ConvertToEncoding(utf8(run.text.substr(start, end - start)), f));
                    if (space != std::string::npos && adjust > 0.005) {
                        content += ' ';
                        number(content, -adjust);
                        content += ' ';
                    }
                    start = end;
                }
                content += "] TJ ";
            }
            content += "ET\n";
        }
        for (std::size_t i = 0; i < face_count; ++i) {
            if (used[i]) page->AddResource(fonts[i]->GetIdentifier(), fonts[i]->GetObject()->Reference(), pd::PdfName("Font"));
        }
        pd::PdfStream* stream = page->GetContentsForAppending()->GetStream();
        stream->BeginAppend();
        stream->Append(content.data(), content.size());
        stream->EndAppend();
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
