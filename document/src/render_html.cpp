#include "pacta/document/render.h"

namespace pacta::document {

namespace {


std::string runs_html(const Runs& runs, const RenderOptions& options) {
    std::string out;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& r = runs[i];
        if (r.text == "\n") {
            out += "<br>";
            continue;
        }
        const bool personal = !r.personal_label.empty();
        if (options.public_version && personal && i > 0 && runs[i - 1].personal_label == r.personal_label) continue;
        std::string text = escape_markup(visible_text(r, options));
        if (personal) {
            const char* cls = options.public_version ? "eliminado" : "dato-personal";
            text = std::string("<span class=\"") + cls + "\" title=\"" + escape_markup(r.personal_label) + "\">" +
                   text + "</span>";
        }
        if (r.italic) text = "<em>" + text + "</em>";
        if (r.bold) text = "<strong>" + text + "</strong>";
        out += text;
    }
    return out;
}

void render_block(const Block& b, const RenderOptions& options, std::string& out, const std::string& lead = "") {
    switch (b.kind) {
        case Block::Kind::heading: {
            const std::string h = "h" + std::to_string(std::min(std::max(b.level, 1), 6));
            out += "<" + h + ">" + runs_html(b.runs, options) + "</" + h + ">\n";
            break;
        }
        case Block::Kind::paragraph: out += "<p>" + lead + runs_html(b.runs, options) + "</p>\n"; break;
        case Block::Kind::list: {
            const bool ordered = b.list_style != ListStyle::bullet;
            std::string open = ordered ? "<ol" : "<ul";
            if (b.list_style == ListStyle::letter) open += " type=\"a\"";
            if (b.list_style == ListStyle::number && b.list_start != 1) {
                open += " start=\"" + std::to_string(b.list_start) + "\"";
            }
            out += open + ">\n";
            for (const auto& item : b.items) out += "<li>" + runs_html(item, options) + "</li>\n";
            out += ordered ? "</ol>\n" : "</ul>\n";
            break;
        }
        case Block::Kind::clause: {
            out += "<section class=\"clausula\" id=\"clausula-" + escape_markup(b.clause_key) + "\">\n";
            const std::string text = b.clause_heading.empty() ? b.clause_ordinal + ".-" : b.clause_heading;
            const std::string heading = "<strong>" + escape_markup(text) + "</strong> ";
            if (b.clause_heading_own_line) out += "<p class=\"titulo-clausula\">" + heading + "</p>\n";
            bool first = !b.clause_heading_own_line;
            for (const auto& child : b.children) {
                render_block(child, options, out, first && child.kind == Block::Kind::paragraph ? heading : "");
                first = false;
            }
            out += "</section>\n";
            break;
        }
        case Block::Kind::page_break: out += "<div class=\"salto-de-pagina\"></div>\n"; break;
        case Block::Kind::signatures:
            out += "<div class=\"firmas\">\n";
            for (const auto& s : b.signatories) {
                out += "<div class=\"firma\" data-campo=\"" + escape_markup(s.field) + "\">";
                if (!s.caption.empty()) out += "<p class=\"leyenda\"><strong>" + escape_markup(s.caption) + "</strong></p>";
                std::string title = escape_markup(s.title);
                for (std::size_t p; (p = title.find('\n')) != std::string::npos;) title.replace(p, 1, "<br>");
                std::string identity;
                if (!s.identity.empty()) {
                    Run id;
                    id.text = s.identity;
                    id.personal_label = s.identity_label;
                    identity = "<p class=\"identidad\">" + escape_markup(visible_text(id, options)) + "</p>";
                }
                out += "<p class=\"linea\"></p><p class=\"nombre\"><strong>" + escape_markup(s.name) +
                       "</strong></p>" + identity + "<p class=\"cargo\">" + title + "</p></div>\n";
            }
            out += "</div>\n";
            break;
    }
}

constexpr std::string_view style = R"css(
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10pt; max-width: 48em; margin: 2em auto; line-height: 1.25; }
h1, h2, h3, h4 { text-align: center; }
p, li { text-align: justify; }
.dato-personal { background: #fff3c4; }
.eliminado { background: #000; color: #fff; padding: 0 .2em; }
.salto-de-pagina { page-break-after: always; break-after: page; }
.firmas { display: grid; grid-template-columns: 1fr 1fr; gap: 2em 4em; margin-top: 3em; }
.firma .linea { border-bottom: 1px solid #000; height: 3em; margin: 0; }
.firma .nombre, .firma .cargo, .firma .leyenda { text-align: center; margin: .2em 0; }
)css";

// The same paper and margins as the PDF, for printing from a browser.
std::string page_rule(const std::string& paper) {
    return paper == "a4" ? "@page { size: 210mm 297mm; margin: 1in; }\n" : "@page { size: 8.5in 11in; margin: 1in; }\n";
}

}  // namespace

std::string render_html(const Document& doc, const RenderOptions& options) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                      escape_markup(doc.title) + "</title>\n<meta name=\"generator\" content=\"Pacta\">\n<style>" +
                      std::string(style) + page_rule(doc.paper) + "</style>\n</head>\n<body>\n";
    for (const auto& b : doc.blocks) render_block(b, options, out);
    if (const auto note = public_version_note(options); !note.empty()) {
        out += "<p class=\"fundamento\">" + escape_markup(note) + "</p>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

std::string escape_markup(std::string_view s) {
    std::string out;
    out.reserve(s.size());
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

}  // namespace pacta::document
