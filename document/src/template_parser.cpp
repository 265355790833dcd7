// Parses the template language (docs/plantillas.md): the @ header, then the body's
// {{fields}} and {% blocks %}; template_names.cpp then checks names against the declarations.
#include <algorithm>

#include "catalogue.h"
#include "template_names.h"
#include "template_syntax.h"
#include "template_text_check.h"
#include "pacta/document/template.h"
#include "pacta/domain/utf8.h"

namespace pacta::document {

namespace {

using domain::Finding;
using domain::Severity;

using detail::is_space;
using detail::parse_condition;
using detail::split_words_of;
using detail::trim;
using detail::valid_path;

// A word or a "quoted string" of a directive or tag, with its byte offset in the file.
struct Word {
    std::string text;
    bool quoted = false;
    std::size_t offset = 0;
};

struct Token {
    enum class Kind { text, field, tag };
    Kind kind = Kind::text;
    std::string content;
    std::size_t offset = 0;  // of the token's first character in the file
};

class Parser {
public:
    Parser(std::string_view text, std::string_view name) : text_(text), name_(name) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (text_[i] == '\n') line_starts_.push_back(i + 1);
        }
    }

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
        tokenize(body_start);
        std::size_t i = 0;
        tmpl_.body = parse_sequence(i, nullptr);
        check_derived();
        check_metadata();
        for (auto& f : detail::check_template_names(tmpl_)) findings_.push_back(std::move(f));
        if (tmpl_.info.id.empty()) error("template.missing_id", 0);
        TemplateParse result;
        result.findings = std::move(findings_);
        if (!domain::has_errors(result.findings)) result.value = std::move(tmpl_);
        return result;
    }

private:
    // ---- positions and findings ----
    std::pair<int, int> position(std::size_t offset) const {
        const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        const auto line = static_cast<std::size_t>(it - line_starts_.begin());
        const std::size_t start = line_starts_[line - 1];
        const auto column = domain::decode_utf8(text_.substr(start, offset - start)).size() + 1;
        return {static_cast<int>(line), static_cast<int>(column)};
    }

    Finding& error(std::string code, std::size_t offset) {
        const auto [line, column] = position(offset);
        findings_.emplace_back(std::move(code), Severity::error, name_);
        findings_.back().with("line", std::to_string(line)).with("column", std::to_string(column));
        return findings_.back();
    }

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
            derived_directive(words);
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
        } else if (name != "plantilla" && name != "version" && name != "titulo" && name != "autor" &&
                   name != "asunto" && name != "pais" && name != "rubrica" && name != "persona" &&
                   name != "firmante" && name != "calendario" &&
                   name != "moneda" && name != "papel" && name != "ordinales") {
            error("template.unknown_directive", words.front().offset).with("directive", "@" + name);
        }
    }

    // @campo RUTA TIPO [requerido|opcional] [personal] "Etiqueta" ["Ayuda"]
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

    // @derivado RUTA = FUNCION(ARG, ARG) ["Etiqueta"] ["Ayuda"]
    void derived_directive(const std::vector<Word>& words) {
        if (words.size() < 4 || words[2].text != "=") {
            error("template.directive_arguments", words.front().offset).with("directive", "@derivado");
            return;
        }
        DerivedSpec spec;
        spec.path = words[1].text;
        spec.line = position(words[0].offset).first;
        derived_offsets_.push_back(words[3].offset);
        std::string call;
        std::size_t k = 3;
        for (; k < words.size() && !words[k].quoted; ++k) call += words[k].text;
        const auto open = call.find('(');
        if (open == std::string::npos || call.back() != ')') {
            error("template.bad_call", words[3].offset).with("value", call);
            return;
        }
        spec.function = call.substr(0, open);
        std::string args = call.substr(open + 1, call.size() - open - 2);
        for (std::size_t start = 0; start <= args.size();) {
            const auto comma = std::min(args.find(',', start), args.size());
            const std::string arg(trim(std::string_view(args).substr(start, comma - start)));
            if (!arg.empty()) spec.args.push_back(arg);
            start = comma + 1;
        }
        std::vector<std::string> strings;
        for (; k < words.size(); ++k) strings.push_back(words[k].text);
        spec.label = strings.empty() ? spec.path : strings[0];
        if (strings.size() > 1) spec.help = strings[1];
        tmpl_.derived.push_back(std::move(spec));
    }

    void check_derived() {
        for (std::size_t d = 0; d < tmpl_.derived.size(); ++d) {
            auto& spec = tmpl_.derived[d];
            const std::size_t at = derived_offsets_[d];
            const auto* fn = detail::find_function(spec.function);
            if (fn == nullptr) {
                error("template.unknown_function", at).with("name", spec.function);
                continue;
            }
            if (fn->arguments != spec.args.size()) {
                error("template.function_arguments", at)
                    .with("name", spec.function)
                    .with("expected", std::to_string(fn->arguments));
                continue;
            }
            spec.type = fn->result;
            for (const auto& arg : spec.args) {
                const FieldSpec* f = tmpl_.field(arg);
                const DerivedSpec* earlier = nullptr;
                for (std::size_t e = 0; e < d; ++e) {
                    if (tmpl_.derived[e].path == arg) earlier = &tmpl_.derived[e];
                }
                if (f == nullptr && earlier == nullptr) {
                    error("template.unknown_field", at).with("name", arg);
                    continue;
                }
                if ((f && f->personal) || (earlier && earlier->personal)) spec.personal = true;
            }
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

    // ---- body ----
    void tokenize(std::size_t begin) {
        std::size_t i = begin;
        std::size_t text_start = begin;
        auto flush_text = [&](std::size_t end) {
            if (end > text_start) {
                tokens_.push_back({Token::Kind::text, std::string(text_.substr(text_start, end - text_start)),
                                   text_start});
            }
        };
        while (i < text_.size()) {
            const bool field = text_.compare(i, 2, "{{") == 0;
            const bool tag = text_.compare(i, 2, "{%") == 0;
            const bool comment = (i == 0 || text_[i - 1] == '\n') && comment_line_at(i);
            if (comment) {
                flush_text(i);
                std::size_t end = text_.find('\n', i);
                i = end == std::string_view::npos ? text_.size() : end + 1;
                text_start = i;
                continue;
            }
            if (!field && !tag) {
                ++i;
                continue;
            }
            const std::string_view close = field ? "}}" : "%}";
            const std::size_t end = text_.find(close, i + 2);
            if (end == std::string_view::npos) {
                error("template.unterminated_tag", i).with("tag", field ? "{{" : "{%");
                break;
            }
            std::size_t token_begin = i;
            std::size_t resume = end + 2;
            if (tag) {
                // A block tag alone on its line takes the whole line with it.
                std::size_t line_begin = i;
                while (line_begin > text_start && is_space(text_[line_begin - 1])) --line_begin;
                std::size_t after = resume;
                while (after < text_.size() && is_space(text_[after])) ++after;
                const bool starts_line = line_begin == 0 || text_[line_begin - 1] == '\n';
                const bool ends_line = after >= text_.size() || text_[after] == '\n';
                if (starts_line && ends_line) {
                    token_begin = line_begin;
                    resume = after < text_.size() ? after + 1 : after;
                }
            }
            flush_text(token_begin);
            tokens_.push_back({field ? Token::Kind::field : Token::Kind::tag,
                               std::string(trim(text_.substr(i + 2, end - i - 2))), i});
            i = resume;
            text_start = i;
        }
        flush_text(text_.size());
    }

    bool comment_line_at(std::size_t i) const {
        while (i < text_.size() && is_space(text_[i])) ++i;
        return text_.compare(i, 2, "%%") == 0;
    }

    // Byte offset of a tag's trimmed content ("{{  x }}" -> the x).
    std::size_t content_offset(const Token& t) const {
        std::size_t at = t.offset + 2;
        while (at < text_.size() && is_space(text_[at])) ++at;
        return at;
    }

    Node field_node(const Token& t) {
        Node node;
        node.line = position(t.offset).first;
        node.column = position(t.offset).second;
        const std::string& c = t.content;
        if (c.rfind("ref:", 0) == 0) {
            node.kind = Node::Kind::reference;
            node.path = std::string(trim(std::string_view(c).substr(4)));
            return node;
        }
        node.kind = Node::Kind::field;
        // Split on '|' outside quotes.
        std::vector<std::pair<std::string, std::size_t>> parts;
        bool quoted = false;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= c.size(); ++k) {
            if (k < c.size() && c[k] == '"') quoted = !quoted;
            if (k == c.size() || (c[k] == '|' && !quoted)) {
                std::size_t name_at = start;
                while (name_at < k && is_space(c[name_at])) ++name_at;
                parts.emplace_back(std::string(trim(std::string_view(c).substr(start, k - start))), name_at);
                start = k + 1;
            }
        }
        node.path = parts.front().first;
        for (std::size_t p = 1; p < parts.size(); ++p) {
            const std::string& spec = parts[p].first;
            Filter f;
            const auto [line, column] = position(content_offset(t) + parts[p].second);
            f.line = line;
            f.column = column;
            const auto open = spec.find('(');
            f.name = std::string(trim(std::string_view(spec).substr(0, open)));
            if (open != std::string::npos) {
                if (spec.back() != ')') {
                    error("template.bad_filter_arguments", t.offset).with("filter", f.name);
                }
                std::string_view args(spec);
                args = args.substr(open + 1, args.size() - open - 2);
                std::size_t k = 0;
                while (k < args.size()) {
                    while (k < args.size() && (is_space(args[k]) || args[k] == ',')) ++k;
                    if (k >= args.size()) break;
                    if (args[k] != '"') {
                        error("template.bad_filter_arguments", t.offset).with("filter", f.name);
                        break;
                    }
                    const auto close = args.find('"', k + 1);
                    if (close == std::string_view::npos) {
                        error("template.unterminated_string", t.offset);
                        break;
                    }
                    f.args.emplace_back(args.substr(k + 1, close - k - 1));
                    k = close + 1;
                }
            }
            node.filters.push_back(std::move(f));
        }
        return node;
    }

    // Parses until "sino" or "fin" (returned through `terminator`) or the end.
    std::vector<Node> parse_sequence(std::size_t& i, std::string* terminator) {
        std::vector<Node> nodes;
        while (i < tokens_.size()) {
            const Token& t = tokens_[i++];
            if (t.kind == Token::Kind::text) {
                Node n;
                n.kind = Node::Kind::text;
                n.text = t.content;
                nodes.push_back(std::move(n));
                continue;
            }
            if (t.kind == Token::Kind::field) {
                nodes.push_back(field_node(t));
                continue;
            }
            const auto words = split_words_of(t.content);
            const std::string keyword = words.empty() ? "" : words[0];
            if (keyword == "sino" || keyword == "fin") {
                if (terminator != nullptr) {
                    *terminator = keyword;
                    last_terminator_offset_ = t.offset;
                    return nodes;
                }
                error(keyword == "fin" ? "template.unexpected_end" : "template.unexpected_else", t.offset);
                continue;
            }
            Node n;
            n.line = position(t.offset).first;
            n.column = position(t.offset).second;
            if (keyword == "si") {
                n.kind = Node::Kind::condition;
                if (!parse_condition(words, n.condition)) {
                    error("template.bad_condition", t.offset).with("value", t.content);
                }
                parse_block_body(i, n, t, true);
            } else if (keyword == "para") {
                n.kind = Node::Kind::loop;
                if (words.size() != 4 || words[2] != "en") {
                    error("template.bad_loop", t.offset).with("value", t.content);
                } else {
                    n.variable = words[1];
                    n.path = words[3];
                }
                parse_block_body(i, n, t, false);
            } else if (keyword == "clausula" || keyword == "cláusula") {
                n.kind = Node::Kind::clause;
                if (words.size() != 2) {
                    error("template.bad_clause", t.offset).with("value", t.content);
                } else {
                    n.path = words[1];
                }
                parse_block_body(i, n, t, false);
            } else if (keyword == "salto") {
                n.kind = Node::Kind::page_break;
            } else if (keyword == "firmas" && words.size() == 2) {
                n.kind = Node::Kind::signatures;
                n.path = words[1];
            } else {
                error("template.unknown_tag", t.offset).with("value", t.content);
                continue;
            }
            nodes.push_back(std::move(n));
        }
        return nodes;
    }

    void parse_block_body(std::size_t& i, Node& n, const Token& opener, bool allows_else) {
        // Real contracts nest a handful of blocks; a crafted template nests thousands to
        // exhaust the stack. Past the limit the rest of the template is not read.
        if (depth_ >= max_block_depth) {
            error("template.too_deep", opener.offset).with("limit", std::to_string(max_block_depth));
            i = tokens_.size();
            return;
        }
        ++depth_;
        std::string terminator;
        n.body = parse_sequence(i, &terminator);
        if (terminator == "sino") {
            if (!allows_else) error("template.unexpected_else", last_terminator_offset_);
            terminator.clear();
            n.else_body = parse_sequence(i, &terminator);
        }
        --depth_;
        if (terminator != "fin" && !too_deep_reported()) {
            error("template.unclosed_block", opener.offset).with("tag", "{% " + opener.content + " %}");
        }
    }

    bool too_deep_reported() const {
        return std::any_of(findings_.begin(), findings_.end(),
                           [](const Finding& f) { return f.code == "template.too_deep"; });
    }

    std::string_view text_;
    std::string name_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> derived_offsets_;
    struct MetadataWord {
        std::string directive;  // "@autor"
        std::string value;
        std::size_t offset = 0;
    };
    std::vector<MetadataWord> metadata_words_;
    std::vector<Token> tokens_;
    std::size_t depth_ = 0;  // blocks open while parsing
    static constexpr std::size_t max_block_depth = 32;
    std::size_t last_terminator_offset_ = 0;
    Template tmpl_;
    domain::Findings findings_;
};

}  // namespace

TemplateParse parse_template(std::string_view text, std::string_view name) { return Parser(text, name).run(); }

}  // namespace pacta::document
