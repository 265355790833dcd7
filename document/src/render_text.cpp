#include "pacta/document/render.h"

namespace pacta::document {

std::string visible_text(const Run& run, const RenderOptions& options) {
    if (!options.public_version || run.personal_label.empty()) return run.text;
    std::string legend = options.legend;
    const auto at = legend.find("{label}");
    if (at != std::string::npos) legend.replace(at, 7, run.personal_label);
    return legend;
}

std::string default_legal_basis(const std::string& country) {
    if (country == "PE") {
        return "Versión pública: se eliminaron datos personales con fundamento en el artículo 17, numeral 5, del "
               "Texto Único Ordenado de la Ley N.º 27806, Ley de Transparencia y Acceso a la Información Pública.";
    }
    return "Versión pública: se eliminaron datos personales con fundamento en los artículos 116 de la Ley General de "
           "Transparencia y Acceso a la Información Pública y 113, fracción I, de la Ley Federal de Transparencia y "
           "Acceso a la Información Pública.";
}

std::string public_version_note(const RenderOptions& options) {
    return options.public_version ? options.legal_basis : std::string();
}

namespace {

std::string runs_text(const Runs& runs, const RenderOptions& options) {
    std::string out;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        // Consecutive runs of one personal field show one legend, not one per run.
        if (options.public_version && !runs[i].personal_label.empty() && i > 0 &&
            runs[i - 1].personal_label == runs[i].personal_label) {
            continue;
        }
        out += visible_text(runs[i], options);
    }
    return out;
}

std::string list_marker(const Block& list, std::size_t i) {
    switch (list.list_style) {
        case ListStyle::bullet: return "- ";
        case ListStyle::number: return std::to_string(list.list_start + static_cast<int>(i)) + ". ";
        case ListStyle::letter: return std::string(1, static_cast<char>('a' + static_cast<int>(i % 26))) + ") ";
    }
    return "- ";
}

void render_block(const Block& b, const RenderOptions& options, std::string& out) {
    switch (b.kind) {
        case Block::Kind::heading:
        case Block::Kind::paragraph: out += runs_text(b.runs, options) + "\n\n"; break;
        case Block::Kind::list:
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                out += list_marker(b, i) + runs_text(b.items[i], options) + "\n";
            }
            out += "\n";
            break;
        case Block::Kind::clause: {
            const std::string heading = b.clause_heading.empty() ? b.clause_ordinal + ".-" : b.clause_heading;
            bool first = !b.clause_heading_own_line;
            if (b.clause_heading_own_line) out += heading + "\n\n";
            for (const auto& child : b.children) {
                if (first && child.kind == Block::Kind::paragraph) {
                    out += heading + " ";
                } else if (first) {
                    out += heading + "\n";
                }
                first = false;
                render_block(child, options, out);
            }
            if (first) out += heading + "\n\n";
            break;
        }
        case Block::Kind::page_break: out += "\f\n"; break;
        case Block::Kind::signatures:
            for (const auto& s : b.signatories) {
                if (!s.caption.empty()) out += s.caption + "\n\n";
                out += "\n______________________________\n" + s.name + "\n";
                if (!s.identity.empty()) {
                    Run id;
                    id.text = s.identity;
                    id.personal_label = s.identity_label;
                    out += visible_text(id, options) + "\n";
                }
                if (!s.title.empty()) out += s.title + "\n";
                out += "\n";
            }
            break;
    }
}

}  // namespace

std::string render_text(const Document& doc, const RenderOptions& options) {
    std::string out;
    for (const auto& b : doc.blocks) render_block(b, options, out);
    if (const auto note = public_version_note(options); !note.empty()) out += note + "\n\n";
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace pacta::document
