#include "pacta/presentation/contract_output.h"

namespace pacta::presentation {

std::optional<OutputFormat> output_format(const std::filesystem::path& file) {
    const auto ext = file.extension().string();
    if (ext == ".pdf") return OutputFormat::pdf;
    if (ext == ".html") return OutputFormat::html;
    if (ext == ".txt") return OutputFormat::text;
    return std::nullopt;
}

pdf::PdfOptions pdf_options(const document::Document& doc, const std::string& folio,
                            const document::RenderOptions& render, const std::string& creator) {
    pdf::PdfOptions o;
    o.folio = folio;
    o.render = render;
    o.initials_box = doc.initials_box;
    o.metadata.title = doc.title;
    o.metadata.subject = doc.subject;
    o.metadata.author = doc.author;
    o.metadata.keywords = "folio " + folio + "; " + doc.template_id + " v" + std::to_string(doc.template_version);
    o.metadata.creator = creator;
    return o;
}

std::string render_contract(const document::Document& doc, OutputFormat format, const std::string& folio,
                            const document::RenderOptions& render, const std::string& creator,
                            pdf::ContractPdfWriter* pdf_writer) {
    switch (format) {
        case OutputFormat::pdf: return pdf_writer->render(doc, pdf_options(doc, folio, render, creator));
        case OutputFormat::html: return document::render_html(doc, render);
        case OutputFormat::text: return document::render_text(doc, render);
    }
    return {};
}

std::string render_paper_copies(const document::Document& doc, const std::string& folio, int copies,
                                const document::RenderOptions& render, const std::string& creator,
                                pdf::ContractPdfWriter& pdf_writer) {
    auto options = pdf_options(doc, folio, render, creator);
    options.paper_copies = copies;
    return pdf_writer.render(doc, options);
}

}  // namespace pacta::presentation
