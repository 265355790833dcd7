#include <map>

#include "expansion.h"
#include "filters.h"
#include "markers.h"

namespace pacta::document::detail {

namespace {

constexpr std::string_view reference_begin = "\uE017";
constexpr std::string_view reference_end = "\uE018";

// Data values are text, never Markdown: a "*" in a name must not start emphasis.
// Values are checked clean where they come in (pacta/domain/clean_text.h); a private-use
// character that got past would be read as a marker, so it becomes U+FFFD here all the same.
std::string one_line(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto b = static_cast<unsigned char>(value[i]);
        if (b == '\n' || b == '\r') {
            out.push_back(' ');
        } else if ((b == 0xEE || (b == 0xEF && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) < 0xA4)) &&
                   i + 2 < value.size()) {
            out += "\uFFFD";  // U+E000..U+F8FF: EE xx xx and EF 80..A3 xx
            i += 2;
        } else {
            out.push_back(value[i]);
        }
    }
    return out;
}

std::string escape_markdown(std::string_view value) {
    static constexpr std::string_view punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const std::string line = one_line(value);
    std::string out;
    out.reserve(line.size() + 8);
    for (char c : line) {
        if (punctuation.find(c) != std::string_view::npos) out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

struct LoopFrame {
    std::string variable;
    std::string list_path;
    const DataValue* item = nullptr;
    std::size_t index = 0;
    std::size_t count = 0;
};

class Expander {
public:
    Expander(const Template& t, const DataValue& data) : tmpl_(t), data_(data) {
        ctx_.currency = t.info.currency;
        ctx_.ordinal_style = t.info.ordinal_style;
    }

    Expansion run() {
        emit(tmpl_.body);
        resolve_references();
        letter_lists();
        return std::move(out_);
    }

private:
    struct Lookup {
        const DataValue* value = nullptr;
        std::string text_value;  // for computed loop values (para.numero)
        bool computed = false;
        bool personal = false;
        std::string label;
    };

    Lookup lookup(const std::string& path) const {
        Lookup r;
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
            const LoopFrame& f = *it;
            if (path == f.variable || path.rfind(f.variable + ".", 0) == 0) {
                const std::string rest = path.size() > f.variable.size() ? path.substr(f.variable.size() + 1) : "";
                r.value = rest.empty() ? f.item : f.item->find(rest);
                describe(f.list_path + (rest.empty() ? "" : "." + rest), r);
                return r;
            }
        }
        if (!loops_.empty() && path.rfind("para.", 0) == 0) {
            const LoopFrame& f = loops_.back();
            r.computed = true;
            if (path == "para.numero") r.text_value = std::to_string(f.index + 1);
            if (path == "para.total") r.text_value = std::to_string(f.count);
            if (path == "para.primero") r.text_value = f.index == 0 ? "sí" : "";
            if (path == "para.ultimo") r.text_value = f.index + 1 == f.count ? "sí" : "";
            return r;
        }
        r.value = data_.find(path);
        describe(path, r);
        return r;
    }

    void describe(const std::string& spec_path, Lookup& r) const {
        if (const auto* f = tmpl_.field(spec_path)) {
            r.personal = f->personal;
            r.label = f->label;
        } else if (const auto* d = tmpl_.derived_value(spec_path)) {
            r.personal = d->personal;
            r.label = d->label;
        }
    }

    static const std::string* text_of(const Lookup& l) {
        if (l.computed) return &l.text_value;
        return l.value != nullptr && l.value->is_text() ? &l.value->text() : nullptr;
    }

    void emit(const std::vector<Node>& nodes) {
        for (const auto& n : nodes) emit(n);
    }

    void emit(const Node& n) {
        auto& md = out_.markdown;
        switch (n.kind) {
            case Node::Kind::text: md += n.text; break;
            case Node::Kind::field: {
                const Lookup l = lookup(n.path);
                const std::string* text = text_of(l);
                std::string value = text ? *text : "";
                if (!value.empty()) {
                    for (const auto& f : n.filters) value = apply_filter(f, value, ctx_);
                }
                if (value.empty()) break;
                if (l.personal) {
                    md += marker::personal_begin;
                    md += std::to_string(out_.personal_values.size());
                    md += marker::personal_end;
                    out_.personal_values.push_back({l.label, one_line(value)});
                } else {
                    md += escape_markdown(value);
                }
                break;
            }
            case Node::Kind::reference:
                md += reference_begin;
                md += n.path;
                md += reference_end;
                references_.push_back({n.path, n.line, n.column});
                break;
            case Node::Kind::condition:
                emit(holds(n.condition) ? n.body : n.else_body);
                break;
            case Node::Kind::loop: {
                const Lookup l = lookup(n.path);
                if (l.value == nullptr || !l.value->is_list()) break;
                const auto& items = l.value->list();
                for (std::size_t i = 0; i < items.size(); ++i) {
                    loops_.push_back({n.variable, spec_path_of(n.path), &items[i], i, items.size()});
                    emit(n.body);
                    loops_.pop_back();
                    if (md.size() > max_output_bytes || ++iterations_ > max_iterations) refuse_output(n);
                }
                break;
            }
            case Node::Kind::clause: {
                ClauseInfo info;
                info.key = n.path;
                info.number = static_cast<int>(out_.clauses.size()) + 1;
                info.ordinal = domain::clause_ordinal(info.number, ctx_.ordinal_style);
                md += "\n\n";
                md += marker::clause_begin;
                md += std::to_string(out_.clauses.size());
                md += marker::clause_index_end;
                // A paragraph of its own: glued to the clause's first words it would stop
                // md4c from reading a "**" that follows it as emphasis.
                md += "\n\n";
                out_.clauses.push_back(info);
                emit(n.body);
                md += "\n\n";
                md += marker::clause_end;
                md += "\n\n";
                break;
            }
            case Node::Kind::page_break:
                md += "\n\n";
                md += marker::page_break;
                md += "\n\n";
                break;
            case Node::Kind::signatures: {
                std::vector<Signatory> block;
                if (const auto* list = data_.find(n.path); list != nullptr && list->is_list()) {
                    for (const auto& record : list->list()) {
                        Signatory s;
                        auto get = [&](const char* key) {
                            const auto* v = record.find(key);
                            return v != nullptr && v->is_text() ? v->text() : std::string();
                        };
                        s.name = get("nombre");
                        s.title = get("cargo");
                        s.caption = get("leyenda");
                        const std::string role = get("rol");
                        s.field = "firma_" + (role.empty() ? std::to_string(block.size() + 1) : role);
                        block.push_back(std::move(s));
                    }
                }
                md += "\n\n";
                md += marker::signatures_begin;
                md += std::to_string(out_.signature_blocks.size());
                md += marker::signatures_end;
                md += "\n\n";
                out_.signature_blocks.push_back(std::move(block));
                break;
            }
        }
    }

    // The declaration path behind a loop's list, for personal-data flags of its items.
    std::string spec_path_of(const std::string& path) const {
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
            if (path.rfind(it->variable + ".", 0) == 0) return it->list_path + path.substr(it->variable.size());
        }
        return path;
    }

    bool holds(const Condition& c) const {
        const Lookup l = lookup(c.path);
        const DataValue* v = l.value;
        DataValue computed;
        if (l.computed) {
            computed = DataValue(l.text_value);
            v = &computed;
        }
        switch (c.op) {
            case Condition::Op::truthy: return is_truthy(v);
            case Condition::Op::falsy: return !is_truthy(v);
            case Condition::Op::equals: return v != nullptr && v->is_text() && v->text() == c.value;
            case Condition::Op::not_equals: return !(v != nullptr && v->is_text() && v->text() == c.value);
        }
        return false;
    }

    void resolve_references() {
        std::map<std::string, std::string> ordinals;
        for (const auto& c : out_.clauses) ordinals[c.key] = c.ordinal;
        std::string& md = out_.markdown;
        std::size_t ref = 0;
        for (std::size_t at = md.find(reference_begin); at != std::string::npos; at = md.find(reference_begin, at)) {
            const std::size_t end = md.find(reference_end, at);
            const std::string key = md.substr(at + reference_begin.size(), end - at - reference_begin.size());
            const auto it = ordinals.find(key);
            if (it == ordinals.end()) {
                const auto& where = references_.at(std::min(ref, references_.size() - 1));
                throw domain::RuleError(domain::Finding("template.reference_absent", domain::Severity::error,
                                                        tmpl_.name)
                                            .with("name", key)
                                            .with("line", std::to_string(where.line))
                                            .with("column", std::to_string(where.column)));
            }
            md.replace(at, end + reference_end.size() - at, it->second);
            at += it->second.size();
            ++ref;
        }
    }

    // "a) texto" at the start of a line becomes an ordered item marked as lettered.
    void letter_lists() {
        std::string& md = out_.markdown;
        std::string result;
        result.reserve(md.size());
        std::size_t line = 0;
        while (line < md.size()) {
            std::size_t end = md.find('\n', line);
            if (end == std::string::npos) end = md.size();
            std::size_t k = line;
            while (k < end && k - line < 3 && md[k] == ' ') ++k;
            if (k + 2 < end && md[k] >= 'a' && md[k] <= 'z' && md[k + 1] == ')' && md[k + 2] == ' ') {
                result.append(md, line, k - line);
                result += std::to_string(md[k] - 'a' + 1);
                result += ") ";
                result += marker::lettered_item;
                result.append(md, k + 3, end - k - 3);
            } else {
                result.append(md, line, end - line);
            }
            if (end < md.size()) result.push_back('\n');
            line = end + 1;
        }
        md = std::move(result);
    }

    struct ReferenceSite {
        std::string key;
        int line;
        int column;
    };

    // A contract is tens of kilobytes; nested loops over crafted lists multiply without end.
    static constexpr std::size_t max_output_bytes = std::size_t{2} << 20;
    static constexpr std::size_t max_iterations = 100'000;  // loops whose bodies print nothing
    std::size_t iterations_ = 0;

    [[noreturn]] void refuse_output(const Node& loop) const {
        throw domain::RuleError(domain::Finding("template.output_too_large", domain::Severity::error, tmpl_.name)
                                    .with("line", std::to_string(loop.line))
                                    .with("column", std::to_string(loop.column))
                                    .with("limit", std::to_string(max_output_bytes >> 20)));
    }

    const Template& tmpl_;
    const DataValue& data_;
    FilterContext ctx_;
    std::vector<LoopFrame> loops_;
    std::vector<ReferenceSite> references_;
    Expansion out_;
};

}  // namespace

Expansion expand(const Template& tmpl, const DataValue& data) { return Expander(tmpl, data).run(); }

}  // namespace pacta::document::detail
