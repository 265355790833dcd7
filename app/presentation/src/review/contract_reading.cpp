#include "poppler_quiet.h"
#include "pacta/presentation/review/contract_reading.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page.h>
#include <poppler-page-renderer.h>

#include <memory>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "zip_xml.h"

namespace pacta::presentation {

namespace {

using locale::fill;
using locale::tr;

void add_lines(domain::ContractText& out, const std::string& text, int page) {
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // pdftotext-like output separates pages with a form feed.
        if (!line.empty() && line.front() == '\f') line.erase(0, 1);
        out.lines.push_back(std::move(line));
        if (page > 0) out.pages.push_back(page);
        if (end == text.size()) break;
        start = end + 1;
    }
}

std::variant<domain::ContractText, ReadFailure> read_pdf(const std::filesystem::path& file) {
    detail::quiet_poppler();
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file.string()));
    if (!doc || doc->is_locked()) {
        return ReadFailure{fill(tr("{file} is not a PDF that can be read (damaged or protected by a password)."),
                                {{"file", file.filename().string()}})};
    }
    domain::ContractText out;
    for (int p = 0; p < doc->pages(); ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page) continue;
        const auto utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        add_lines(out, std::string(utf8.begin(), utf8.end()), p + 1);
    }
    return out;
}

// The body of word/document.xml: one line per paragraph, tabs and breaks as spaces.
struct DocxText {
    std::string body;
    bool in_text = false;
    void start(const XML_Char* name, const XML_Char**) {
        const auto n = detail::local(name);
        in_text = n == "t";
        if (n == "tab" || n == "br") body.push_back(' ');
    }
    void end(const XML_Char* name) {
        const auto n = detail::local(name);
        if (n == "t") in_text = false;
        if (n == "p") body.push_back('\n');
    }
    void text(std::string_view s) {
        if (in_text) body.append(s);
    }
};

std::variant<domain::ContractText, ReadFailure> read_docx(const std::filesystem::path& file) {
    std::optional<std::string> xml;
    try {
        const auto archive = detail::open_zip(file.string(), file.filename().string());
        if (archive) xml = detail::entry(archive.get(), "word/document.xml", file.filename().string());
    } catch (const detail::HostileFile& e) {
        return ReadFailure{e.what()};
    }
    if (!xml) {
        return ReadFailure{fill(tr("{file} is not a Word document (.docx); save it again from Word as .docx, or as PDF."),
                                {{"file", file.filename().string()}})};
    }
    DocxText handler;
    if (!detail::parse(*xml, handler)) {
        return ReadFailure{fill(tr("{file}: the Word document is damaged (its XML cannot be read)."),
                                {{"file", file.filename().string()}})};
    }
    return contract_text_of(handler.body);
}

}  // namespace

domain::ContractText contract_text_of(const std::string& text) {
    domain::ContractText out;
    add_lines(out, text, 0);
    return out;
}

std::variant<domain::ContractText, ReadFailure> read_contract_file(const std::filesystem::path& file) {
    // A contract, scanned pages and all, is far below this; a larger file is not read into memory.
    constexpr std::uintmax_t max_bytes = std::uintmax_t{100} << 20;
    std::error_code size_error;
    if (const auto size = std::filesystem::file_size(file, size_error); !size_error && size > max_bytes) {
        return ReadFailure{fill(tr("«{file}» is larger than {limit} MB; Pacta reads contracts of at most {limit} MB."),
                                {{"file", file.filename().string()}, {"limit", std::to_string(max_bytes >> 20)}})};
    }
    const auto bytes = document::read_file(file);
    if (!bytes) return ReadFailure{fill(tr("cannot read «{file}»"), {{"file", file.filename().string()}})};
    if (bytes->rfind("%PDF-", 0) == 0) return read_pdf(file);
    if (bytes->rfind("PK\x03\x04", 0) == 0) return read_docx(file);
    if (bytes->find('\0') != std::string::npos) {
        return ReadFailure{fill(tr("{file} is neither a PDF, a Word document (.docx) nor text; convert it to one of them."),
                                {{"file", file.filename().string()}})};
    }
    return contract_text_of(*bytes);
}


std::optional<PageImage> render_pdf_page(const std::string& pdf_bytes, int page, double dpi) {
    detail::quiet_poppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(pdf_bytes.data(), static_cast<int>(pdf_bytes.size())));
    if (!doc || page < 0 || page >= doc->pages()) return std::nullopt;
    std::unique_ptr<poppler::page> p(doc->create_page(page));
    if (!p) return std::nullopt;
    poppler::page_renderer renderer;
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    const poppler::image image = renderer.render_page(p.get(), dpi, dpi);
    if (!image.is_valid() || image.format() != poppler::image::format_argb32) return std::nullopt;
    PageImage out;
    out.width = image.width();
    out.height = image.height();
    out.rgb.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
    const char* data = image.const_data();
    for (int y = 0; y < out.height; ++y) {
        const auto* row = reinterpret_cast<const unsigned char*>(data + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row());
        for (int x = 0; x < out.width; ++x) {
            // ARGB32 in memory on little-endian machines: B, G, R, A.
            const auto at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width) + static_cast<std::size_t>(x)) * 3;
            out.rgb[at] = row[x * 4 + 2];
            out.rgb[at + 1] = row[x * 4 + 1];
            out.rgb[at + 2] = row[x * 4];
        }
    }
    return out;
}

}  // namespace pacta::presentation
