#include <map>

#include "expansion.h"
#include "expression_eval.h"
#include "filters.h"
#include "markers.h"
#include "pacta/domain/utf8.h"

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

// "CLÁUSULA {ORDINAL}: {TITULO}" filled in; without a title, what comes before {TITULO}.
std::string clause_heading(const ClauseStyle& style, const ClauseInfo& c, const std::string& title) {
    std::string pattern = style.pattern;
    if (title.empty()) {
        const auto at = pattern.find("{TITULO}");
        if (at != std::string::npos) pattern.erase(at);
        // «CLÁUSULA CUARTA:» with nothing after the colon reads as cut off; «PRIMERA.-» does not.
        while (!pattern.empty() && (pattern.back() == ' ' || pattern.back() == ':')) pattern.pop_back();
    }
    auto replace = [&pattern](std::string_view key, const std::string& value) {
        for (auto at = pattern.find(key); at != std::string::npos; at = pattern.find(key, at + value.size())) {
            pattern.replace(at, key.size(), value);
        }
    };
    replace("{ORDINAL}", c.ordinal);
    replace("{ordinal}", domain::to_lower_es(c.ordinal));
    replace("{N}", std::to_string(c.number));
    replace("{TITULO}", title);
    return pattern;
}

class Expander : public ValueSource {
public:
    Expander(const Template& t, const DataValue& data, const domain::BusinessCalendar* calendar)
        : tmpl_(t), data_(data) {
        ctx_.currency = t.info.currency;
        ctx_.ordinal_style = t.info.ordinal_style;
        eval_.tmpl = &t;
        eval_.calendar = calendar;
        eval_.data = &data;
    }

    Value lookup(const std::string& path) const override {
        const Lookup l = find(path);
        if (l.computed) {
            Value v;
            if (path == "para.numero" || path == "para.total") {
                v.type = ValueType::number;
                v.number = {std::stoll(l.text_value), 1};
            } else {
                v.type = ValueType::boolean;
                v.flag = !l.text_value.empty();
            }
            return v;
        }
        return typed_value(l.value, l.type, l.item_type, tmpl_.info.currency);
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
        bool optional = false;
        std::string label;
        FieldType type = FieldType::texto;
        FieldType item_type = FieldType::texto;
    };

    Lookup find(const std::string& path) const {
        Lookup r;
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
            const LoopFrame& f = *it;
            if (path == f.variable || path.rfind(f.variable + ".", 0) == 0) {
                const std::string rest = path.size() > f.variable.size() ? path.substr(f.variable.size() + 1) : "";
                r.value = rest.empty() ? f.item : f.item->find(rest);
                describe(f.list_path + (rest.empty() ? "" : "." + rest), r);
                if (rest.empty() && r.type == FieldType::lista) r.type = FieldType::texto;
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
            r.optional = !f->required;
            r.label = f->label;
            r.type = f->type;
        } else if (const auto* d = tmpl_.derived_value(spec_path)) {
            r.personal = d->personal;
            r.label = d->label;
            r.type = d->type;
            r.item_type = d->item_type;
            // A loop variable over a list of amounts: each item is an amount.
            if (d->type == FieldType::lista && r.value != nullptr && !r.value->is_list()) r.type = d->item_type;
        } else if (const auto dot = spec_path.rfind('.'); dot != std::string::npos) {
            // The fields of calendario()'s records.
            const auto* list = tmpl_.derived_value(spec_path.substr(0, dot));
            if (list != nullptr && list->item_type == FieldType::registros) {
                const std::string name = spec_path.substr(dot + 1);
                r.type = name == "importe" ? FieldType::importe : name == "numero" ? FieldType::entero : FieldType::fecha;
                r.personal = list->personal;
            }
        }
    }

    void emit(const std::vector<Node>& nodes) {
        for (const auto& n : nodes) emit(n);
    }

    void emit(const Node& n) {
        auto& md = out_.markdown;
        switch (n.kind) {
            case Node::Kind::text: md += n.text; break;
            case Node::Kind::field: print(n); break;
            case Node::Kind::reference:
                md += reference_begin;
                md += std::to_string(references_.size());
                md += reference_end;
                references_.push_back({n.path, n.line, n.column, &n.filters});
                break;
            case Node::Kind::condition:
                emit(truthy(evaluate(n.expr, *this, eval_, n.line, n.column)) ? n.body : n.else_body);
                break;
            case Node::Kind::check:
                if (!truthy(evaluate(n.expr, *this, eval_, n.line, n.column))) {
                    throw domain::RuleError(domain::Finding("template.check_failed", domain::Severity::error, tmpl_.name)
                                                .with("message", n.text)
                                                .with("line", std::to_string(n.line))
                                                .with("column", std::to_string(n.column)));
                }
                break;
            case Node::Kind::loop: loop(n); break;
            case Node::Kind::clause: {
                ClauseInfo info;
                info.key = n.path;
                info.number = static_cast<int>(out_.clauses.size()) + 1;
                info.ordinal = domain::clause_ordinal(info.number, ctx_.ordinal_style);
                info.heading = clause_heading(tmpl_.info.clause_style, info, n.text);
                info.own_line = tmpl_.info.clause_style.own_line;
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
                auto block = n.parties.empty() ? signatories_of(n.path) : signatories_of(n.parties);
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

    // The personal path an expression prints, if any: its label goes in the public version.
    const Lookup* personal_in(const Expr& e, Lookup& holder) const {
        std::vector<const Expr*> paths;
        collect_paths(e, paths);
        for (const auto* p : paths) {
            holder = find(p->name);
            if (holder.personal) return &holder;
        }
        return nullptr;
    }

    void print(const Node& n) {
        auto& md = out_.markdown;
        std::string value = to_text(evaluate(n.expr, *this, eval_, n.line, n.column));
        if (value.empty()) {
            empty_printed(n);
            return;
        }
        for (const auto& f : n.filters) value = apply_filter(f, value, ctx_);
        if (value.empty()) return;
        Lookup holder;
        if (const Lookup* personal = personal_in(n.expr, holder)) {
            md += marker::personal_begin;
            md += std::to_string(out_.personal_values.size());
            md += marker::personal_end;
            out_.personal_values.push_back({personal->label, one_line(value)});
        } else {
            md += escape_markdown(value);
        }
    }

    // «Constancia 123 del .»: an empty value in running text is usually a mistake in the data.
    void empty_printed(const Node& n) {
        const Lookup l = n.expr.kind == Expr::Kind::path ? find(n.expr.name) : Lookup{};
        domain::Finding f("data.empty_printed", tmpl_.info.empty_is_error ? domain::Severity::error : domain::Severity::warning,
                          n.expr.kind == Expr::Kind::path ? n.expr.name : tmpl_.name);
        f.with("field_label", l.label.empty() ? n.path : l.label + " (" + n.expr.name + ")")
            .with("line", std::to_string(n.line))
            .with("column", std::to_string(n.column));
        for (const auto& seen : out_.findings) {
            if (seen.code == f.code && seen.field == f.field) return;
        }
        out_.findings.push_back(std::move(f));
    }

    // Several lists walked together by position: they must be as long as each other.
    void loop(const Node& n) {
        std::vector<const DataValue::List*> lists;
        std::vector<std::string> spec_paths;
        for (const auto& path : n.lists) {
            const Lookup l = find(path);
            if (l.value == nullptr || !l.value->is_list()) return;
            lists.push_back(&l.value->list());
            spec_paths.push_back(spec_path_of(path));
        }
        if (lists.empty()) return;
        const std::size_t count = lists.front()->size();
        for (std::size_t k = 1; k < lists.size(); ++k) {
            if (lists[k]->size() == count) continue;
            throw domain::RuleError(domain::Finding("template.loop_lengths", domain::Severity::error, tmpl_.name)
                                        .with("first", n.lists.front())
                                        .with("first_count", std::to_string(count))
                                        .with("other", n.lists[k])
                                        .with("other_count", std::to_string(lists[k]->size()))
                                        .with("line", std::to_string(n.line))
                                        .with("column", std::to_string(n.column)));
        }
        for (std::size_t i = 0; i < count; ++i) {
            for (std::size_t k = 0; k < lists.size(); ++k) {
                loops_.push_back({n.variables[k], spec_paths[k], &(*lists[k])[i], i, count});
            }
            emit(n.body);
            for (std::size_t k = 0; k < lists.size(); ++k) loops_.pop_back();
            if (out_.markdown.size() > max_output_bytes || ++iterations_ > max_iterations) refuse_output(n);
        }
    }

    std::vector<Signatory> signatories_of(const std::string& list_path) const {
        std::vector<Signatory> block;
        const auto* list = data_.find(list_path);
        if (list == nullptr || !list->is_list()) return block;
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
        return block;
    }

    // The parties sign with what the contract already says of them: nothing is typed twice.
    std::vector<Signatory> signatories_of(const std::vector<SignerParty>& parties) const {
        static constexpr std::pair<const char*, const char*> identities[] = {
            {"dni", "DNI"}, {"curp", "CURP"}, {"rfc", "RFC"}, {"ruc", "RUC"}};
        std::vector<Signatory> block;
        for (const auto& p : parties) {
            auto text = [&](const std::string& path) {
                const auto* v = data_.find(path);
                return v != nullptr && v->is_text() ? v->text() : std::string();
            };
            Signatory s;
            s.name = domain::to_upper_es(text(p.prefix + ".nombre"));
            s.title = text(p.prefix + ".cargo");
            s.caption = p.caption;
            s.field = "firma_" + p.prefix.substr(p.prefix.rfind('.') + 1);
            for (const auto& [key, name] : identities) {
                const auto* spec = tmpl_.field(p.prefix + "." + key);
                const std::string number = text(p.prefix + "." + key);
                if (spec == nullptr || number.empty()) continue;
                s.identity = std::string(name) + " N.º " + number;
                if (spec->personal) s.identity_label = spec->label;
                break;
            }
            block.push_back(std::move(s));
        }
        return block;
    }

    // The declaration path behind a loop's list, for personal-data flags of its items.
    std::string spec_path_of(const std::string& path) const {
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
            if (path.rfind(it->variable + ".", 0) == 0) return it->list_path + path.substr(it->variable.size());
        }
        return path;
    }

    // A reference writes the clause's ordinal as the style numbers clauses ("TERCERA", or "3"
    // under {N}), then its filters: {{ref:objeto | cita}} -> "la cláusula tercera".
    void resolve_references() {
        std::map<std::string, const ClauseInfo*> clauses;
        for (const auto& c : out_.clauses) clauses[c.key] = &c;
        const bool numeric = tmpl_.info.clause_style.pattern.find("{N}") != std::string::npos &&
                             tmpl_.info.clause_style.pattern.find("RDINAL}") == std::string::npos;
        std::string& md = out_.markdown;
        for (std::size_t at = md.find(reference_begin); at != std::string::npos; at = md.find(reference_begin, at)) {
            const std::size_t end = md.find(reference_end, at);
            const auto index = static_cast<std::size_t>(std::stoul(md.substr(at + reference_begin.size(), end - at - reference_begin.size())));
            const auto& site = references_.at(index);
            const auto it = clauses.find(site.key);
            if (it == clauses.end()) {
                throw domain::RuleError(domain::Finding("template.reference_absent", domain::Severity::error,
                                                        tmpl_.name)
                                            .with("name", site.key)
                                            .with("line", std::to_string(site.line))
                                            .with("column", std::to_string(site.column)));
            }
            std::string text = numeric ? std::to_string(it->second->number) : it->second->ordinal;
            for (const auto& f : *site.filters) text = apply_filter(f, text, ctx_);
            const std::string escaped = escape_markdown(text);
            md.replace(at, end + reference_end.size() - at, escaped);
            at += escaped.size();
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
        const std::vector<Filter>* filters;
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
    EvalContext eval_;
    std::vector<LoopFrame> loops_;
    std::vector<ReferenceSite> references_;
    Expansion out_;
};

}  // namespace

Expansion expand(const Template& tmpl, const DataValue& data, const domain::BusinessCalendar* calendar) {
    return Expander(tmpl, data, calendar).run();
}

}  // namespace pacta::document::detail
