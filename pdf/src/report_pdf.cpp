// A report as a PDF (report_pdf.h): the page flow (head, title and filters, sections, foot
// with "Página N de M"), and the document around it. Charts and tables are drawn by
// report_chart.cpp and report_table.cpp on the same canvas.
#include "pacta/pdf/report_pdf.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <array>
#include <deque>

#include "embedded_fonts.h"
#include "pacta/domain/utf8.h"
#include "report_canvas.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;
using detail::Canvas;
using detail::grey;

// A4 landscape, 15 mm margins.
constexpr double page_width = 841.89;
constexpr double page_height = 595.28;
constexpr double margin = 42.52;

constexpr double head_size = 8.5;
constexpr double foot_size = 8;
constexpr double title_size = 15;
constexpr double filter_size = 9;
constexpr double section_size = 12;
constexpr double note_size = 8.5;
constexpr double section_gap = 18;
// A section title is not left at a page's end: room for it and a table's header and first
// rows, or its first chart, must follow.
constexpr double table_start = 48;

constexpr const char* family = "Liberation Sans";
constexpr std::array<const char*, 2> font_names = {"F0", "F1"};  // Face::regular, Face::bold

// A copy holding only what the fonts can draw (see Canvas::clean), so measuring and drawing
// agree everywhere downstream.
ReportPdf cleaned(Canvas& canvas, const ReportPdf& in) {
    ReportPdf out;
    out.institution = canvas.clean(in.institution);
    out.title = canvas.clean(in.title);
    for (const auto& f : in.filters) out.filters.push_back(canvas.clean(f, true));
    out.produced = canvas.clean(in.produced);
    out.page_label = canvas.clean(in.page_label);
    out.of_label = canvas.clean(in.of_label);
    out.creator = in.creator;
    for (const auto& s : in.sections) {
        ReportPdfSection section;
        section.title = canvas.clean(s.title, true);
        for (const auto& c : s.columns) {
            section.columns.push_back({canvas.clean(c.title, true), c.numeric, c.weight});
        }
        section.rows.reserve(s.rows.size());
        for (const auto& row : s.rows) {
            auto& r = section.rows.emplace_back();
            r.reserve(row.size());
            for (const auto& cell : row) r.push_back(canvas.clean(cell, true));
        }
        for (const auto& t : s.totals) section.totals.push_back(canvas.clean(t, true));
        section.note = canvas.clean(s.note, true);
        for (const auto& c : s.charts) {
            ReportPdfChart chart;
            chart.title = canvas.clean(c.title);
            for (const auto& category : c.categories) {
                chart.categories.push_back(canvas.clean(category));
            }
            for (const auto& series : c.series) {
                chart.series.push_back({canvas.clean(series.name), series.values});
            }
            chart.value_caption = canvas.clean(c.value_caption);
            chart.empty_note = canvas.clean(c.empty_note);
            section.charts.push_back(std::move(chart));
        }
        out.sections.push_back(std::move(section));
    }
    return out;
}

class ReportWriter : public detail::PageFlow {
public:
    ReportWriter(Canvas& canvas, const ReportPdf& report) : canvas_(canvas), report_(report) {
        left = margin;
        width = page_width - 2 * margin;
        top = margin + head_size + 14;
        bottom = page_height - margin - foot_size - 12;
    }

    void new_page() override {
        pages_.emplace_back();
        canvas_.begin_page(pages_.back());
        draw_head();
        y = top;
    }

    // Every page's content, the foot included (known once the page count is).
    std::deque<std::string> write() {
        new_page();
        paragraph(report_.title, Face::bold, title_size, grey(0));
        y += 2;
        for (const auto& filter : report_.filters) {
            paragraph(filter, Face::regular, filter_size, grey(0.25));
        }
        for (const auto& section : report_.sections) {
            y += section_gap;
            draw_section(section);
        }
        for (std::size_t i = 0; i < pages_.size(); ++i) {
            canvas_.begin_page(pages_[i]);
            draw_foot(i + 1, pages_.size());
        }
        return std::move(pages_);
    }

private:
    // Wrapped lines, onto the next page when the current one is full.
    void paragraph(const std::string& text, Face face, double size, detail::Rgb colour) {
        if (text.empty()) return;
        const double line_h = size * 1.3;
        for (const auto& line : canvas_.wrap(face, text, size, width)) {
            if (room() < line_h) new_page();
            canvas_.text(left, y + size, face, size, line, colour);
            y += line_h;
        }
    }

    void draw_section(const ReportPdfSection& section) {
        const auto title_lines = canvas_.wrap(Face::bold, section.title, section_size, width);
        const double title_h =
            section.title.empty()
                ? 0
                : static_cast<double>(title_lines.size()) * section_size * 1.3 + 4;
        const double first = section.charts.empty()
                                 ? table_start
                                 : detail::chart_height(canvas_, section.charts.front(), width);
        if (room() < title_h + first && y > top) new_page();
        paragraph(section.title, Face::bold, section_size, grey(0));
        if (title_h > 0) y += 4;
        for (const auto& chart : section.charts) {
            const double h = detail::chart_height(canvas_, chart, width);
            if (room() < h && y > top) new_page();
            detail::draw_chart(canvas_, chart, left, y, width);
            y += h + 8;
        }
        detail::draw_table(canvas_, *this, section);
        if (!section.note.empty()) {
            y += 4;
            paragraph(section.note, Face::regular, note_size, grey(0.2));
        }
    }

    // Institution on the left, the report's title in bold on the right; each shortened to
    // leave the other room.
    void draw_head() {
        const double baseline = margin + head_size;
        const double gap = 24;
        const double title_w = canvas_.width(Face::bold, report_.title, head_size);
        const double institution_w = canvas_.width(Face::regular, report_.institution, head_size);
        double title_room = title_w;
        if (title_w + institution_w + gap > width) {
            title_room = std::min(title_w, std::max(width / 2, width - institution_w - gap));
        }
        const double institution_room = width - title_room - gap;
        canvas_.text(
            left, baseline, Face::regular, head_size,
            canvas_.shorten(Face::regular, report_.institution, head_size, institution_room),
            grey(0.2));
        canvas_.text_right(left + width, baseline, Face::bold, head_size,
                           canvas_.shorten(Face::bold, report_.title, head_size, title_room));
        canvas_.line(left, baseline + 5, left + width, baseline + 5, 0.5, grey(0.6));
    }

    void draw_foot(std::size_t page, std::size_t pages) {
        const double baseline = page_height - margin;
        std::string label = report_.page_label;
        if (!label.empty()) label += ' ';
        label += std::to_string(page);
        if (!report_.of_label.empty()) label += ' ' + report_.of_label;
        label += ' ' + std::to_string(pages);
        const double label_w = canvas_.width(Face::regular, label, foot_size);
        canvas_.line(left, baseline - foot_size - 4, left + width, baseline - foot_size - 4, 0.5,
                     grey(0.6));
        canvas_.text(
            left, baseline, Face::regular, foot_size,
            canvas_.shorten(Face::regular, report_.produced, foot_size, width - label_w - 24),
            grey(0.2));
        canvas_.text_right(left + width, baseline, Face::regular, foot_size, label, grey(0.2));
    }

    Canvas& canvas_;
    const ReportPdf& report_;
    std::deque<std::string> pages_;  // a deque: the canvas keeps a pointer to the current page
};

}  // namespace

std::string render_report_pdf(const ReportPdf& report) {
    detail::EmbeddedFonts fonts(family, {Face::regular, Face::bold});
    Canvas canvas(fonts, page_height);
    const ReportPdf clean = cleaned(canvas, report);
    std::deque<std::string> contents = ReportWriter(canvas, clean).write();

    pd::PdfMemDocument pdf;
    for (auto& content : contents) {
        detail::set_page_content(*pdf.CreatePage(pd::PdfRect(0, 0, page_width, page_height)),
                                 content);
        std::string().swap(content);  // thousands of rows: keep only the compressed copy
    }
    for (const Face face : {Face::regular, Face::bold}) {
        const auto i = static_cast<std::size_t>(face);
        if (!canvas.used().any(i)) continue;
        const pd::PdfReference font = fonts.embed_subset(pdf, face, canvas.used().of(i));
        // Pages by number: PoDoFo's page cache does not keep the pointers CreatePage returned.
        for (int p = 0; p < pdf.GetPageCount(); ++p) {
            pdf.GetPage(p)->AddResource(font_names[i], font, pd::PdfName("Font"));
        }
    }

    // The document information keeps every character (no font involved), as valid UTF-8.
    const auto valid = [](const std::string& s) {
        return detail::pdf_utf8(domain::encode_utf8(domain::decode_utf8(s)));
    };
    pd::PdfInfo* info = pdf.GetInfo();
    info->SetTitle(valid(report.title));
    info->SetAuthor(valid(report.institution));
    info->SetCreator(valid(report.creator));
    info->SetProducer(
        valid(report.creator.empty() ? "PoDoFo 0.9.8" : report.creator + " (PoDoFo 0.9.8)"));

    pd::PdfRefCountedBuffer buffer;
    pd::PdfOutputDevice device(&buffer);
    pdf.Write(&device);
    return std::string(buffer.GetBuffer(), static_cast<std::size_t>(device.GetLength()));
}

}  // namespace pacta::pdf
