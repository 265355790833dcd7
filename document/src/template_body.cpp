#include "template_body.h"

#include <tuple>

namespace pacta::document::detail {

namespace {

using domain::Finding;

struct Token {
    enum class Kind { text, field, tag };
    Kind kind = Kind::text;
    std::string content;
    std::size_t offset = 0;  // of the token's first character in the file
};

class BodyParser {
public:
    BodyParser(SourceText& src) : src_(src), text_(src.text()) {}

    std::vector<Node> run(std::size_t begin) {
        tokenize(begin);
        std::size_t i = 0;
        return parse_sequence(i, nullptr);
    }

private:
    Finding& error(std::string code, std::size_t offset) { return src_.error(std::move(code), offset); }
    std::pair<int, int> position(std::size_t offset) const { return src_.position(offset); }

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

    // An expression at byte `offset` of the file; a syntax error becomes a finding there.
    std::optional<Expr> expression(std::string_view source, std::size_t offset) { return src_.expression(source, offset); }

    // "valor | filtro | filtro(\"a\", \"b\")": the parts split on "|" outside quotes, each with
    // its offset in the file.
    std::vector<std::pair<std::string, std::size_t>> pipe_parts(const std::string& c, std::size_t at) const {
        std::vector<std::pair<std::string, std::size_t>> parts;
        bool quoted = false;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= c.size(); ++k) {
            if (k < c.size() && c[k] == '"') quoted = !quoted;
            if (k == c.size() || (c[k] == '|' && !quoted)) {
                std::size_t name_at = start;
                while (name_at < k && is_space(c[name_at])) ++name_at;
                parts.emplace_back(std::string(trim(std::string_view(c).substr(start, k - start))), at + name_at);
                start = k + 1;
            }
        }
        return parts;
    }

    Filter filter(const std::string& spec, std::size_t at, const Token& t) {
        Filter f;
        std::tie(f.line, f.column) = position(at);
        const auto open = spec.find('(');
        f.name = std::string(trim(std::string_view(spec).substr(0, open)));
        if (open == std::string::npos) return f;
        if (spec.back() != ')') error("template.bad_filter_arguments", t.offset).with("filter", f.name);
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
        return f;
    }

    Node field_node(const Token& t) {
        Node node;
        std::tie(node.line, node.column) = position(t.offset);
        const auto parts = pipe_parts(t.content, content_offset(t));
        const std::string& head = parts.front().first;
        if (head.rfind("ref:", 0) == 0) {
            node.kind = Node::Kind::reference;
            node.path = std::string(trim(std::string_view(head).substr(4)));
        } else {
            node.kind = Node::Kind::field;
            if (auto e = expression(head, parts.front().second)) {
                node.expr = std::move(*e);
                if (node.expr.kind == Expr::Kind::path) node.path = node.expr.name;
            }
        }
        for (std::size_t p = 1; p < parts.size(); ++p) node.filters.push_back(filter(parts[p].first, parts[p].second, t));
        return node;
    }

    // The text of a tag after its keyword, with its offset in the file.
    std::pair<std::string, std::size_t> after_keyword(const Token& t, const std::string& keyword) const {
        const std::size_t at = content_offset(t);
        std::size_t k = keyword.size();
        while (k < t.content.size() && is_space(t.content[k])) ++k;
        return {t.content.substr(k), at + k};
    }

    // para a, b en lista_a, lista_b: several lists walked together, by position.
    void loop_tag(const Token& t, Node& n) {
        const auto [rest, at] = after_keyword(t, "para");
        const auto en = rest.find(" en ");
        auto names = [](const std::string& s) {
            std::vector<std::string> out;
            std::size_t start = 0;
            for (std::size_t k = 0; k <= s.size(); ++k) {
                if (k == s.size() || s[k] == ',') {
                    out.emplace_back(trim(std::string_view(s).substr(start, k - start)));
                    start = k + 1;
                }
            }
            return out;
        };
        if (en != std::string::npos) {
            n.variables = names(rest.substr(0, en));
            n.lists = names(rest.substr(en + 4));
        }
        const bool paths_ok = std::all_of(n.variables.begin(), n.variables.end(), valid_path) &&
                              std::all_of(n.lists.begin(), n.lists.end(), valid_path);
        if (en == std::string::npos || n.variables.empty() || n.variables.size() != n.lists.size() || !paths_ok) {
            error("template.bad_loop", at).with("value", t.content);
            n.variables.clear();
            n.lists.clear();
            return;
        }
        n.path = n.lists.front();
    }

    // clausula clave ["TÍTULO"]
    void clause_tag(const Token& t, const std::vector<std::string>& words, Node& n) {
        const bool titled = words.size() == 3 && words[2].size() > 1 && words[2][0] == '"';
        if (words.size() != 2 && !titled) {
            error("template.bad_clause", t.offset).with("value", t.content);
            return;
        }
        n.path = words[1];
        if (titled) n.text = words[2].substr(1);
    }

    // firmas lista | firmas prefijo "LEYENDA", prefijo "LEYENDA"
    void signatures_tag(const Token& t, Node& n) {
        const auto [rest, at] = after_keyword(t, "firmas");
        n.kind = Node::Kind::signatures;
        if (rest.find_first_of(",\"") == std::string::npos && rest.find(' ') == std::string::npos) {
            n.path = rest;
            return;
        }
        std::size_t start = 0;
        for (std::size_t k = 0; k <= rest.size(); ++k) {
            if (k < rest.size() && rest[k] == '"') k = std::min(rest.find('"', k + 1), rest.size());
            if (k != rest.size() && rest[k] != ',') continue;
            const auto words = split_words_of(rest.substr(start, k - start));
            SignerParty party;
            if (!words.empty() && valid_path(words[0])) party.prefix = words[0];
            if (words.size() == 2 && words[1].size() > 1 && words[1][0] == '"') party.caption = words[1].substr(1);
            if (party.prefix.empty() || words.size() > 2 || (words.size() == 2 && party.caption.empty())) {
                error("template.bad_signatures", at + start).with("name", rest.substr(start, k - start));
                return;
            }
            n.parties.push_back(std::move(party));
            start = k + 1;
        }
    }

    // comprobar EXPRESIÓN "mensaje": generation stops with the author's message when it fails.
    void check_tag(const Token& t, Node& n) {
        const auto [rest, at] = after_keyword(t, "comprobar");
        const auto quote = rest.rfind('"');
        const auto open = quote == std::string::npos || quote == 0 ? std::string::npos : rest.rfind('"', quote - 1);
        if (open == std::string::npos || quote + 1 != rest.size()) {
            error("template.bad_check", at).with("value", t.content);
            return;
        }
        n.text = rest.substr(open + 1, quote - open - 1);
        if (auto e = expression(trim(std::string_view(rest).substr(0, open)), at)) n.expr = std::move(*e);
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
                const auto [rest, at] = after_keyword(t, "si");
                if (rest.empty()) {
                    error("template.bad_condition", t.offset).with("value", t.content);
                } else if (auto e = expression(rest, at)) {
                    n.expr = std::move(*e);
                }
                parse_block_body(i, n, t, true);
            } else if (keyword == "para") {
                n.kind = Node::Kind::loop;
                loop_tag(t, n);
                parse_block_body(i, n, t, false);
            } else if (keyword == "clausula" || keyword == "cláusula") {
                n.kind = Node::Kind::clause;
                clause_tag(t, words, n);
                parse_block_body(i, n, t, false);
            } else if (keyword == "salto") {
                n.kind = Node::Kind::page_break;
            } else if (keyword == "firmas" && words.size() >= 2) {
                signatures_tag(t, n);
            } else if (keyword == "comprobar") {
                n.kind = Node::Kind::check;
                check_tag(t, n);
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

    bool too_deep_reported() {
        return std::any_of(src_.findings().begin(), src_.findings().end(),
                           [](const Finding& f) { return f.code == "template.too_deep"; });
    }

    SourceText& src_;
    std::string_view text_;
    std::vector<Token> tokens_;
    std::size_t depth_ = 0;  // blocks open while parsing
    static constexpr std::size_t max_block_depth = 32;
    std::size_t last_terminator_offset_ = 0;
};

}  // namespace

std::vector<Node> parse_body(SourceText& source, std::size_t begin) { return BodyParser(source).run(begin); }

}  // namespace pacta::document::detail
