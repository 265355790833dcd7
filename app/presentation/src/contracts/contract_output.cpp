#include "pacta/presentation/contracts/contract_output.h"

#include "pacta/presentation/contracts/public_version_check.h"

#include <memory>

#include "pacta/document/render.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/version.h"

namespace pacta::presentation {

namespace fs = std::filesystem;

std::optional<OutputFormat> output_format(const fs::path& file) {
    const auto ext = file.extension().string();
    if (ext == ".pdf") return OutputFormat::pdf;
    if (ext == ".html") return OutputFormat::html;
    if (ext == ".txt") return OutputFormat::text;
    return std::nullopt;
}

std::string pdf_creator() { return std::string("Pacta ") + pacta::version; }

std::string render_legend(const std::string& institution_legend) {
    std::string legend = institution_legend;
    if (const auto at = legend.find("{etiqueta}"); at != std::string::npos) legend.replace(at, 10, "{label}");
    return legend;
}

document::RenderOptions render_options(const domain::Institution* institution, const document::Document& doc,
                                       bool public_version) {
    document::RenderOptions render;
    render.public_version = public_version;
    render.legal_basis = document::default_legal_basis(doc.country);
    if (institution != nullptr) {
        if (!institution->public_legend.empty()) render.legend = render_legend(institution->public_legend);
        if (!institution->legal_basis.empty()) render.legal_basis = institution->legal_basis;
    }
    return render;
}

ContractFileNames contract_file_names(const fs::path& folder, const std::string& stem) {
    const fs::path complete = folder / (stem + ".pdf");
    return {complete, public_file_beside(complete)};
}

fs::path public_file_beside(const fs::path& complete) {
    fs::path out = complete;
    out.replace_filename(complete.stem().string() + "-publica" + complete.extension().string());
    return out;
}

pdf::PdfOptions pdf_options(const document::Document& doc, const std::string& folio,
                            const document::RenderOptions& render) {
    pdf::PdfOptions o;
    o.folio = folio;
    o.render = render;
    o.initials_box = doc.initials_box;
    o.metadata.title = doc.title;
    o.metadata.subject = doc.subject;
    o.metadata.author = doc.author;
    o.metadata.keywords = "folio " + folio + "; " + doc.template_id + " v" + std::to_string(doc.template_version);
    o.metadata.creator = pdf_creator();
    return o;
}

std::string render_contract(const document::Document& doc, OutputFormat format, const std::string& folio,
                            const document::RenderOptions& render, pdf::ContractPdfWriter* pdf_writer) {
    switch (format) {
        case OutputFormat::pdf: return pdf_writer->render(doc, pdf_options(doc, folio, render));
        case OutputFormat::html: return document::render_html(doc, render);
        case OutputFormat::text: return document::render_text(doc, render);
    }
    return {};
}

std::string render_paper_copies(const document::Document& doc, const std::string& folio, int copies,
                                const document::RenderOptions& render, pdf::ContractPdfWriter& pdf_writer) {
    auto options = pdf_options(doc, folio, render);
    options.paper_copies = copies;
    return pdf_writer.render(doc, options);
}

WrittenFile write_contract_file(const document::Document& doc, const std::string& folio,
                                const domain::Institution* institution, const fs::path& file, bool public_version,
                                domain::ContractDrafts& drafts, const std::string& actor,
                                pdf::ContractPdfWriter& writer) {
    const auto format = output_format(file).value_or(OutputFormat::pdf);
    const std::string bytes = render_contract(doc, format, folio, render_options(institution, doc, public_version), &writer);
    if (file.has_parent_path()) fs::create_directories(file.parent_path());
    if (public_version) {
        write_public_version(doc, file, bytes, format);
    } else {
        platform::write_file_atomically(file, bytes);
    }
    WrittenFile written{file, public_version ? "publico" : "completo", platform::sha256_hex(bytes)};
    drafts.record_file(folio, {written.kind, fs::absolute(file).string(), written.sha256, ""}, actor);
    return written;
}

std::vector<WrittenFile> write_loose_files(const document::Document& doc, const LooseRendering& rendering,
                                          const std::vector<LooseOutput>& outputs) {
    std::unique_ptr<pdf::ContractPdfWriter> writer;
    std::vector<WrittenFile> out;
    for (const auto& o : outputs) {
        auto render = render_options(nullptr, doc, o.public_version);
        if (rendering.legend) render.legend = render_legend(*rendering.legend);
        if (rendering.legal_basis) render.legal_basis = *rendering.legal_basis;
        const auto format = output_format(o.file).value_or(OutputFormat::pdf);
        if (format == OutputFormat::pdf && !writer) writer = std::make_unique<pdf::ContractPdfWriter>();
        const std::string bytes = render_contract(doc, format, rendering.folio, render, writer.get());
        if (o.public_version) {
            write_public_version(doc, o.file, bytes, format);
        } else {
            platform::write_file_atomically(o.file, bytes);
        }
        out.push_back({o.file, o.public_version ? "publico" : "completo", platform::sha256_hex(bytes)});
    }
    return out;
}

}  // namespace pacta::presentation
