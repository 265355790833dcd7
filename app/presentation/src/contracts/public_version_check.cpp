#include "poppler_quiet.h"
#include "pacta/presentation/payments/payment_schedule.h"
#include "pacta/presentation/contracts/public_version_check.h"

#include <poppler-document.h>
#include <poppler-page.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

#include "pacta/document/generate.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/pdf/pdf_strings.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

namespace {

std::string utf8(const poppler::ustring& text) {
    const auto bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

std::string where_kind(pdf::PdfString::Kind kind) {
    switch (kind) {
        case pdf::PdfString::Kind::info: return tr("the PDF's properties (Info)");
        case pdf::PdfString::Kind::xmp: return tr("the PDF's XMP metadata");
        case pdf::PdfString::Kind::form_field: return tr("a form field");
        case pdf::PdfString::Kind::annotation: return tr("an annotation");
        case pdf::PdfString::Kind::embedded_file: return tr("an attached file");
        case pdf::PdfString::Kind::other: break;
    }
    return tr("another part of the PDF (bookmarks, names)");
}

void pdf_sources(const std::string& bytes, std::vector<document::TextSource>& out, bool& readable, BytesFrom from) {
    detail::quiet_poppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc || doc->is_locked()) {
        readable = false;
        return;
    }
    for (int p = 0; p < doc->pages(); ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page) continue;
        out.push_back({fill(tr("page {page}"), {{"page", std::to_string(p + 1)}}),
                       utf8(page->text(poppler::rectf(), poppler::page::raw_order_layout))});
    }
    std::string info;
    for (const auto& key : doc->info_keys()) info += utf8(doc->info_key(key)) + "\n";
    out.push_back({where_kind(pdf::PdfString::Kind::info), info});
    out.push_back({where_kind(pdf::PdfString::Kind::xmp), utf8(doc->metadata())});
    // What poppler does not show: fields, annotations, bookmarks, any other string.
    const auto strings = from == BytesFrom::pacta ? pdf::read_own_pdf_strings(bytes) : pdf::read_pdf_strings(bytes);
    if (!strings.readable) {
        readable = false;
        return;
    }
    for (const auto& s : strings.strings) out.push_back({where_kind(s.kind), s.text});
}

// HTML as a reader sees it: tags dropped, the entities Pacta writes decoded.
std::string html_text(const std::string& html) {
    std::string text;
    bool in_tag = false;
    for (const char c : html) {
        if (c == '<') in_tag = true;
        if (!in_tag) text += c;
        if (c == '>') {
            in_tag = false;
            text += ' ';
        }
    }
    for (const auto& [entity, plain] : {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                        {"&#39;", "'"}, {"&nbsp;", " "}}) {
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) {
            text.replace(at, std::string_view(entity).size(), plain);
        }
    }
    return text;
}

}  // namespace

std::vector<document::TextSource> public_text_sources(const std::string& bytes, OutputFormat format,
                                                      const fs::path& file, bool& readable, BytesFrom from) {
    std::vector<document::TextSource> out;
    readable = true;
    out.push_back({tr("the file's name"), file.filename().string()});
    switch (format) {
        case OutputFormat::pdf: pdf_sources(bytes, out, readable, from); break;
        case OutputFormat::html:
            out.push_back({tr("the text"), html_text(bytes)});
            out.push_back({tr("the HTML source"), bytes});  // attributes and comments too
            break;
        case OutputFormat::text: out.push_back({tr("the text"), bytes}); break;
    }
    return out;
}

PublicVersionCheck check_public_version(const document::Document& doc, const std::string& bytes, OutputFormat format,
                                        const fs::path& file, BytesFrom from) {
    PublicVersionCheck check;
    const auto sources = public_text_sources(bytes, format, file, check.readable, from);
    check.leaks = document::find_leaks(doc, sources);
    return check;
}

std::string public_version_problem(const PublicVersionCheck& check, const fs::path& file, bool written) {
    const std::string name = file.filename().string();
    if (!check.readable) {
        return written ? fill(tr("«{file}» could not be read back, so it is not known to be free of personal data; it "
                                 "was not kept."),
                              {{"file", name}})
                       : fill(tr("«{file}» could not be read as a PDF, so it is not known to be free of personal data."),
                              {{"file", name}});
    }
    std::string list;
    for (const auto& leak : check.leaks) {
        list += (list.empty() ? "" : "; ") + fill(tr("{label} in {where}"), {{"label", leak.label}, {"where", leak.where}});
    }
    return written ? fill(tr("the public version «{file}» shows personal data: {list}. It was not kept; check the "
                             "template and the data before generating it again."),
                          {{"file", name}, {"list", list}})
                   : fill(tr("«{file}» shows personal data: {list}. It must not be published as it is."),
                          {{"file", name}, {"list", list}});
}

std::string read_public_candidate(const fs::path& file) {
    constexpr std::uintmax_t limit = 100u << 20;
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error) throw ServiceError(fill(tr("cannot read «{file}»"), {{"file", file.string()}}));
    if (size > limit) {
        throw ServiceError(fill(tr("«{file}» is larger than {limit} MB; Pacta reads contracts of at most {limit} MB."),
                                {{"file", file.string()}, {"limit", "100"}}));
    }
    auto bytes = document::read_file(file);
    if (!bytes) throw ServiceError(fill(tr("cannot read «{file}»"), {{"file", file.string()}}));
    return std::move(*bytes);
}

PublicVersionCheck check_public_file_against(const document::Template& tmpl, const document::DataValue& data,
                                             const fs::path& file) {
    const auto bytes = read_public_candidate(file);
    const auto generated = generate_with_rules(tmpl, data);
    if (!generated.document) {
        throw InvalidInput(fill(tr("the contract cannot be generated from «{file}»'s template and data."),
                                {{"file", file.filename().string()}}),
                           generated.findings);
    }
    return check_public_version(*generated.document, bytes, output_format(file).value_or(OutputFormat::pdf), file);
}

void write_public_version(const document::Document& doc, const fs::path& file, const std::string& bytes,
                          OutputFormat format) {
    // Written beside the target under another name, read back from the disk, then renamed.
    const fs::path temporary = file.parent_path() / ("." + file.filename().string() + ".comprobando");
    platform::write_file_atomically(temporary, bytes);
    const auto written = document::read_file(temporary);
    PublicVersionCheck check;
    if (written && *written == bytes) {
        check = check_public_version(doc, *written, format, file, BytesFrom::pacta);
    } else {
        check.readable = false;
    }
    if (!check.clean()) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw ServiceError(public_version_problem(check, file, true));
    }
    platform::commit_file(temporary, file);
}

}  // namespace pacta::presentation
