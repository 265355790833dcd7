// Parses the template language (docs/plantillas.md): the @ header, then the body's
// {{fields}} and {% blocks %}; template_names.cpp then checks names against the declarations.
#include <algorithm>

#include "catalogue.h"
#include "template_body.h"
#include "template_names.h"
#include "template_types.h"
#include "template_syntax.h"
#include "template_text_check.h"
#include "pacta/document/template.h"
#include "pacta/domain/utf8.h"

namespace pacta::document {

namespace {

using domain::Finding;
using domain::Severity;

using detail::is_space;
using detail::split_words_of;
using detail::trim;
using detail::valid_path;

// A word or a "quoted string" of a directive or tag, with its byte offset in the file.
struct Word {
    std::string text;
    bool quoted = false;
    std::size_t offset = 0;
};

class Parser {
public:
    Parser(std::string_view text, std::string_view name) : src_(text, std::string(name)), text_(text), name_(name) {}

    TemplateParse run() {
        tmpl_.name = name_;
        // The generator marks personal data with private-use characters: a template holding one
        // could end a redaction early, so it is refused before anything else is read.
        if (auto found = detail::disallowed_in_template(text_, name_)) {
            TemplateParse refused;
            refused.findings.push_back(std::move(*found));
            return refused;
        }
        const std::size_t body_start = parse_header();
        default_term();
        tmpl_.body = detail::parse_body(src_, body_start);
        check_term();
        detail::check_template_types(tmpl_, src_);
        check_metadata();
        for (auto& f : detail::check_template_names(tmpl_)) src_.findings().push_back(std::move(f));
        if (tmpl_.info.id.empty()) error("template.missing_id", 0);
        TemplateParse result;
        result.findings = std::move(src_.findings());
        if (!domain::has_errors(result.findings)) result.value = std::move(tmpl_);
        return result;
    }

private:
    std::pair<int, int> position(std::size_t offset) const { return src_.position(offset); }
    Finding& error(std::string code, std::size_t offset) { return src_.error(std::move(code), offset); }

    // Without @vigencia, the fields vigencia.inicio and vigencia.fin are the term when declared.
    void default_term() {
        auto& info = tmpl_.info;
        if (!info.term_start.empty()) return;
        const auto* start = tmpl_.field("vigencia.inicio");
        const auto* end = tmpl_.field("vigencia.fin");
        if (start != nullptr && end != nullptr && start->type == FieldType::fecha && end->type == FieldType::fecha) {
            info.term_start = start->path;
            info.term_end = end->path;
        }
    }

    // An expression written at `offset` of the file; a syntax error becomes a finding there.
    std::optional<Expr> expression(std::string_view source, std::size_t offset) { return src_.expression(source, offset); }

    // ---- header ----
    std::vector<Word> split_words(std::size_t begin, std::size_t end) {
        std::vector<Word> words;
        std::size_t i = begin;
        while (i < end) {
            while (i < end && is_space(text_[i])) ++i;
            if (i >= end) break;
            Word w;
            w.offset = i;
            if (text_[i] == '"') {
                const std::size_t close = text_.find('"', i + 1);
                if (close == std::string_view::npos || close >= end) {
                    error("template.unterminated_string", i);
                    w.text = std::string(text_.substr(i + 1, end - i - 1));
                    i = end;
                } else {
                    w.text = std::string(text_.substr(i + 1, close - i - 1));
                    i = close + 1;
                }
                w.quoted = true;
            } else {
                const std::size_t start = i;
                while (i < end && !is_space(text_[i]) && text_[i] != '"') ++i;
                w.text = std::string(text_.substr(start, i - start));
            }
            words.push_back(std::move(w));
        }
        return words;
    }

    std::size_t parse_header() {
        std::size_t offset = 0;
        while (offset < text_.size()) {
            std::size_t end = text_.find('\n', offset);
            if (end == std::string_view::npos) end = text_.size();
            const std::string_view line = trim(text_.substr(offset, end - offset));
            if (!line.empty() && line.front() != '@' && line.rfind("%%", 0) != 0) return offset;
            if (!line.empty() && line.front() == '@') directive(offset, end);
            offset = end + 1;
        }
        return text_.size();
    }

    void directive(std::size_t begin, std::size_t end) {
        auto words = split_words(begin, end);
        const std::string name = words.front().text.substr(1);
        auto& info = tmpl_.info;
        auto need = [&](std::size_t n) {
            if (words.size() >= n + 1) return true;
            error("template.directive_arguments", words.front().offset).with("directive", "@" + name);
            return false;
        };
        if (name == "campo") {
            field_directive(words);
        } else if (name == "derivado") {
            derived_directive(begin, end);
        } else if (name == "plantilla" && need(1)) {
            info.id = words[1].text;
        } else if (name == "version" && need(1)) {
            try {
                info.version = std::stoi(words[1].text);
            } catch (...) {
                error("template.directive_value", words[1].offset).with("value", words[1].text);
            }
        } else if (name == "titulo" && need(1)) {
            info.title.clear();
            for (std::size_t k = 1; k < words.size(); ++k) info.title += (k > 1 ? " " : "") + words[k].text;
        } else if ((name == "autor" || name == "asunto") && need(1)) {
            std::string value;
            for (std::size_t k = 1; k < words.size(); ++k) value += (k > 1 ? " " : "") + words[k].text;
            (name == "autor" ? info.author : info.subject) = value;
            metadata_words_.push_back({"@" + name, value, words[1].offset});
        } else if (name == "pais" && need(1)) {
            info.country = words[1].text;
            if (info.country != "MX" && info.country != "PE") {
                error("template.directive_value", words[1].offset).with("value", info.country);
            }
        } else if (name == "moneda" && need(1)) {
            if (auto c = domain::currency_from_code(words[1].text)) {
                info.currency = *c;
            } else {
                error("template.directive_value", words[1].offset).with("value", words[1].text);
            }
        } else if (name == "papel" && need(1)) {
            info.paper = words[1].text;
            if (info.paper != "carta" && info.paper != "a4") {
                error("template.directive_value", words[1].offset).with("value", info.paper);
            }
        } else if (name == "persona" && need(1)) {
            info.person_prefix = words[1].text;
        } else if (name == "firmante" && need(2)) {
            info.signatories.push_back({words[1].text, words[2].text, words.size() > 3 ? words[3].text : ""});
        } else if (name == "rubrica" && need(1)) {
            if (words[1].text != "si" && words[1].text != "sí" && words[1].text != "no") {
                error("template.directive_value", words[1].offset).with("value", words[1].text);
            }
            info.initials_box = words[1].text != "no";
        } else if (name == "calendario" && need(1)) {
            // @calendario igual|mensual [fin|dia:N|habiles:N]: how the instalments are split and fall due.
            if (auto rule = domain::schedule_rule_from_name(words[1].text)) {
                info.schedule_rule = *rule;
            } else {
                error("template.directive_value", words[1].offset).with("value", words[1].text);
            }
            if (words.size() > 2) {
                if (auto due = domain::due_rule_from_text(words[2].text)) {
                    info.due_rule = *due;
                } else {
                    error("template.directive_value", words[2].offset).with("value", words[2].text);
                }
            }
        } else if (name == "ordinales" && need(1)) {
            const std::string& s = words[1].text;
            if (s == "dos-palabras") {
                info.ordinal_style = domain::OrdinalStyle::two_words;
            } else if (s == "clasico") {
                info.ordinal_style = domain::OrdinalStyle::classic;
            } else if (s == "una-palabra") {
                info.ordinal_style = domain::OrdinalStyle::one_word;
            } else {
                error("template.directive_value", words[1].offset).with("value", s);
            }
        } else if (name == "clausulas" && need(1)) {
            clause_style_directive(words);
        } else if (name == "vigencia" && need(2)) {
            // @vigencia INICIO FIN: the term's fields, checked once all fields are declared.
            info.term_start = words[1].text;
            info.term_end = words[2].text;
            term_offset_ = words[1].offset;
        } else if (name == "firmas_a_la_vez" && need(2)) {
            std::vector<std::string> group;
            for (std::size_t k = 1; k < words.size(); ++k) {
                const std::string& role = words[k].text;
                const bool word = !role.empty() && role.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
                if (!word) error("template.directive_value", words[k].offset).with("value", role);
                group.push_back(role);
            }
            info.parallel_signers.push_back(std::move(group));
        } else if (name == "vacios" && need(1)) {
            if (words[1].text != "advertir" && words[1].text != "error") {
                error("template.directive_value", words[1].offset).with("value", words[1].text);
            }
            info.empty_is_error = words[1].text == "error";
        } else if (name != "plantilla" && name != "version" && name != "titulo" && name != "autor" &&
                   name != "asunto" && name != "pais" && name != "rubrica" && name != "persona" &&
                   name != "firmante" && name != "calendario" && name != "clausulas" && name != "vigencia" &&
                   name != "vacios" && name != "moneda" && name != "papel" && name != "ordinales" &&
                   name != "firmas_a_la_vez") {
            error("template.unknown_directive", words.front().offset).with("directive", "@" + name);
        }
    }

    // @clausulas peru|mexico|numerica | "PATRÓN" [aparte|en-linea]
    void clause_style_directive(const std::vector<Word>& words) {
        auto& style = tmpl_.info.clause_style;
        const std::string& v = words[1].text;
        if (!words[1].quoted) {
            if (v == "peru") {
                style = {"CLÁUSULA {ORDINAL}: {TITULO}", true};
            } else if (v == "mexico") {
                style = {"{ORDINAL}.- {TITULO}.", false};
            } else if (v == "numerica") {
                style = {"{N}. {TITULO}", true};
            } else {
                error("template.directive_value", words[1].offset).with("value", v);
            }
            return;
        }
        if (v.find("{ORDINAL}") == std::string::npos && v.find("{ordinal}") == std::string::npos &&
            v.find("{N}") == std::string::npos) {
            error("template.clause_style", words[1].offset).with("value", v);
            return;
        }
        style.pattern = v;
        style.own_line = v.find("{TITULO}") != std::string::npos && v.rfind("{TITULO}") + 8 == v.size();
        if (words.size() > 2) {
            if (words[2].text != "aparte" && words[2].text != "en-linea") {
                error("template.directive_value", words[2].offset).with("value", words[2].text);
            }
            style.own_line = words[2].text == "aparte";
        }
    }

    static std::size_t word_end(const Word& w) { return w.offset + w.text.size() + (w.quoted ? 2 : 0); }

    // An expression written over words[first..]: the longest run of words that reads as one,
    // followed only by quoted texts (the label and the help) and, in @campo, options. So a
    // condition may compare with a quoted text: requerido_si tipo == "juridica" "RUC".
    std::size_t expression_end(const std::vector<Word>& words, std::size_t first, bool options) const {
        for (std::size_t last = words.size() - 1; last > first; --last) {
            bool rest_is_label = true;
            for (std::size_t k = last + 1; k < words.size(); ++k) {
                const bool option = options && !words[k].quoted && words[k].text == "personal";
                rest_is_label = rest_is_label && (words[k].quoted || option);
            }
            if (!rest_is_label) continue;
            const std::size_t from = words[first].offset;
            if (parse_expression(text_.substr(from, word_end(words[last]) - from)).expr) return last;
        }
        // None reads: the first word up to the first quoted text, so its error is reported.
        std::size_t last = first;
        while (last + 1 < words.size() && !words[last + 1].quoted) ++last;
        return last;
    }

    // @campo RUTA TIPO [requerido|opcional|requerido_si CONDICIÓN] [personal] "Etiqueta" ["Ayuda"]
    void field_directive(const std::vector<Word>& words) {
        if (words.size() < 3) {
            error("template.directive_arguments", words.front().offset).with("directive", "@campo");
            return;
        }
        FieldSpec spec;
        spec.path = words[1].text;
        spec.line = position(words[0].offset).first;
        if (!valid_path(spec.path)) error("template.bad_path", words[1].offset).with("name", spec.path);
        const auto type = field_type_from_name(words[2].text);
        if (!type) {
            error("template.unknown_type", words[2].offset).with("type", words[2].text);
            return;
        }
        spec.type = *type;
        std::vector<std::string> strings;
        for (std::size_t k = 3; k < words.size(); ++k) {
            const Word& w = words[k];
            if (w.quoted) {
                strings.push_back(w.text);
            } else if (w.text == "requerido") {
                spec.required = true;
            } else if (w.text == "opcional") {
                spec.required = false;
            } else if (w.text == "personal") {
                spec.personal = true;
            } else if (w.text == "requerido_si" && k + 1 < words.size()) {
                // The condition runs to where the label (quoted) and the options begin.
                const std::size_t last = expression_end(words, k + 1, true);
                const std::size_t from = words[k + 1].offset;
                const std::size_t to = word_end(words[last]);
                spec.required_if_text = std::string(text_.substr(from, to - from));
                spec.required_if = expression(spec.required_if_text, from);
                spec.required = false;
                k = last;
            } else {
                error("template.field_option", w.offset).with("value", w.text);
            }
        }
        spec.label = strings.empty() ? spec.path : strings[0];
        if (strings.size() > 1) spec.help = strings[1];
        if (tmpl_.field(spec.path) != nullptr) {
            error("template.duplicate_field", words[1].offset).with("name", spec.path);
            return;
        }
        tmpl_.fields.push_back(std::move(spec));
    }

    // @derivado RUTA = EXPRESIÓN ["Etiqueta"] ["Ayuda"]: the expression ends at the first
    // quoted text outside its parentheses that follows a space.
    void derived_directive(std::size_t begin, std::size_t end) {
        const auto words = split_words(begin, end);
        if (words.size() < 4 || words[2].text != "=") {
            error("template.directive_arguments", words.front().offset).with("directive", "@derivado");
            return;
        }
        DerivedSpec spec;
        spec.path = words[1].text;
        spec.line = position(words[0].offset).first;
        const std::size_t from = words[3].offset;
        const std::size_t last = expression_end(words, 3, false);
        const std::size_t to = word_end(words[last]);
        const std::string source(trim(text_.substr(from, to - from)));
        auto expr = expression(source, from);
        if (!expr) return;
        if (expr->kind == Expr::Kind::call) {
            spec.function = expr->name;
            for (const auto& arg : expr->args) {
                if (arg.kind == Expr::Kind::path) spec.args.push_back(arg.name);
            }
        }
        std::vector<std::string> strings;
        for (std::size_t k = last + 1; k < words.size(); ++k) strings.push_back(words[k].text);
        spec.label = strings.empty() ? spec.path : strings[0];
        if (strings.size() > 1) spec.help = strings[1];
        spec.expr = std::move(*expr);
        spec.source = source;
        tmpl_.derived.push_back(std::move(spec));
    }

    void check_term() {
        const auto& info = tmpl_.info;
        if (term_offset_ == 0) return;
        for (const auto& path : {info.term_start, info.term_end}) {
            const auto* f = tmpl_.field(path);
            if (f == nullptr || f->type != FieldType::fecha) error("template.bad_term", term_offset_).with("name", path);
        }
    }

    // The PDF's Info and XMP are not redacted: @autor and @asunto may not name personal data.
    void check_metadata() {
        for (const auto& m : metadata_words_) {
            const FieldSpec* f = tmpl_.field(m.value);
            bool personal = f != nullptr && f->personal;
            for (const auto& d : tmpl_.derived) personal = personal || (d.path == m.value && d.personal);
            if (personal) error("template.personal_metadata", m.offset).with("directive", m.directive).with("name", m.value);
        }
    }

    detail::SourceText src_;
    std::string_view text_;
    std::string name_;
    std::size_t term_offset_ = 0;
    struct MetadataWord {
        std::string directive;  // "@autor"
        std::string value;
        std::size_t offset = 0;
    };
    std::vector<MetadataWord> metadata_words_;
    Template tmpl_;
};

}  // namespace

TemplateParse parse_template(std::string_view text, std::string_view name) { return Parser(text, name).run(); }

}  // namespace pacta::document
