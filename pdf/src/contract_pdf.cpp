#include "pacta/pdf/contract_pdf.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <array>
#include <memory>

#include "pacta/document/render.h"
#include "pacta/domain/utf8.h"
#include "pacta/pdf/layout.h"
#include "embedded_fonts.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;
using detail::append_code;
using detail::append_number;

std::size_t index_of(Face f) { return static_cast<std::size_t>(f); }

pd::PdfString utf8(const std::string& s) { return detail::pdf_utf8(s); }

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

}  // namespace

// The font measurements and subsets outlive each contract, so a batch pays for them once.
struct ContractPdfWriter::Impl {
    detail::EmbeddedFonts fonts{"Liberation Serif", {Face::regular, Face::bold, Face::italic, Face::bold_italic}};
};

ContractPdfWriter::ContractPdfWriter() : impl_(std::make_unique<Impl>()) {}
ContractPdfWriter::~ContractPdfWriter() = default;

std::string ContractPdfWriter::render(const document::Document& doc, const PdfOptions& options) {
    LayoutOptions lo;
    lo.page = PageGeometry::for_paper(doc.paper);
    lo.render = options.render;
    lo.folio = options.folio;
    lo.initials_box = options.initials_box;
    const TextMeasure& measure = impl_->fonts;
    const Layout layout = options.paper_copies > 0 ? paper_copies(lay_out(doc, measure, lo), options.paper_copies, measure)
                                                   : lay_out(doc, measure, lo);
    const double page_h = layout.page.height;

    pd::PdfMemDocument pdf;
    static constexpr std::array<const char*, face_count> font_names = {"F0", "F1", "F2", "F3"};

    std::string content;
    detail::UsedCharacters chars;
    std::vector<std::array<bool, face_count>> pages_using(layout.pages.size());
    for (const auto& page_layout : layout.pages) {
        pd::PdfPage* page = pdf.CreatePage(pd::PdfRect(0, 0, layout.page.width, page_h));
        content.clear();
        // Rules and boxes.
        for (const auto& r : page_layout.rules) {
            append_number(content, r.width);
            content += " w ";
            append_number(content, r.x1);
            content += ' ';
            append_number(content, page_h - r.y1);
            content += " m ";
            append_number(content, r.x2);
            content += ' ';
            append_number(content, page_h - r.y2);
            content += " l S\n";
        }
        for (const auto& b : page_layout.boxes) {
            content += "0.5 w ";
            append_number(content, b.x);
            content += ' ';
            append_number(content, page_h - b.y - b.h);
            content += ' ';
            append_number(content, b.w);
            content += ' ';
            append_number(content, b.h);
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
            append_number(content, line.x);
            content += ' ';
            append_number(content, page_h - line.baseline);
            content += " Td ";
            for (const auto& run : line.runs) {
                used[index_of(run.face)] = true;
                // The writer stretches every space but one that ends the run (see the TJ below).
                auto spaces = static_cast<double>(std::count(run.text.begin(), run.text.end(), ' '));
                if (!run.text.empty() && run.text.back() == ' ') spaces -= 1;
                const double run_width = measure.width(run.face, run.text, run.size) + spaces * line.extra_per_space;
                if (run.mark != document::Mark::none) {
                    content += run.mark == document::Mark::inserted ? "0 0 0.7 rg " : "0.75 0 0 rg ";
                    // Trailing spaces stay unmarked.
                    const double trailing = run.text.back() == ' ' ? measure.width(run.face, " ", run.size) : 0;
                    const double y = run.mark == document::Mark::inserted ? page_h - line.baseline - 1.5
                                                                         : page_h - line.baseline + run.size * 0.3;
                    decorations.push_back({cursor, cursor + run_width - trailing, y, run.mark});
                }
                cursor += run_width;
                content += '/';
                content += font_names[index_of(run.face)];
                content += ' ';
                append_number(content, run.size);
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
                    append_code(content, impl_->fonts.code(run.face, c));
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
                append_number(content, d.x1);
                content += ' ';
                append_number(content, d.y);
                content += " m ";
                append_number(content, d.x2);
                content += ' ';
                append_number(content, d.y);
                content += " l S 0 G\n";
            }
        }
        pages_using[static_cast<std::size_t>(pdf.GetPageCount() - 1)] = used;
        detail::set_page_content(*page, content);
    }
    // Fonts: the subset for exactly the characters used, from the cache, referenced by the
    // pages that use each face.
    for (std::size_t i = 0; i < face_count; ++i) {
        if (!chars.any(i)) continue;
        // Every subset also carries the letters and digits names and numbers are written
        // with, so contracts that differ only in a name or a number share one subset.
        chars.mark_all(i, U"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÁÉÍÓÚÑÜáéíóúñü");
        const std::u32string used = chars.of(i);
        const pd::PdfReference font_ref = impl_->fonts.embed_subset(pdf, static_cast<Face>(i), used);
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
