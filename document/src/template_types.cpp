#include "template_types.h"

#include <map>
#include <set>

#include "catalogue.h"
#include "expression_eval.h"

namespace pacta::document::detail {

namespace {

using domain::Finding;

// What a path or an expression holds, as far as the template can tell before any data.
struct Kind {
    ValueType type = ValueType::absent;  // absent: unknown (an error was already reported)
    FieldType item = FieldType::texto;    // lists: what they hold
    std::string records;                  // lists of records, and a record: its declaration prefix
    bool personal = false;
    bool record = false;                  // a loop variable over records: only its fields print
    bool fraction = false;                // a number that may not be whole (a division, 0.5)
    bool sex = false;                     // a field of type sexo: what genero() takes
    bool term = false;                    // vigencia(): what letra_cifra takes as text

    Kind() = default;
    explicit Kind(ValueType t, FieldType i = FieldType::texto) : type(t), item(i) {}
};

ValueType value_type(FieldType t) {
    switch (t) {
        case FieldType::importe: return ValueType::amount;
        case FieldType::entero: return ValueType::number;
        case FieldType::fecha: return ValueType::date;
        case FieldType::lista:
        case FieldType::registros: return ValueType::list;
        default: return ValueType::text;
    }
}

FieldType field_type(ValueType t) {
    switch (t) {
        case ValueType::amount: return FieldType::importe;
        case ValueType::number: return FieldType::entero;
        case ValueType::date: return FieldType::fecha;
        case ValueType::list: return FieldType::lista;
        default: return FieldType::texto;
    }
}

// The records calendario() gives: one per instalment.
constexpr std::string_view schedule_records = "calendario()";

class TypeChecker {
public:
    TypeChecker(Template& t, SourceText& s) : tmpl_(t), src_(s) {}

    void run() {
        for (auto& d : tmpl_.derived) {
            const Kind k = type_of(d.expr, d.line);
            d.type = field_type(k.type);
            d.item_type = k.item;
            d.personal = k.personal;
            if (!k.records.empty()) derived_records_[d.path] = k.records;
            derived_kinds_[d.path] = k;
            declared_.insert(d.path);
            // A value computed from the typed count is the typed count: under the monthly rule
            // it would print a number the schedule does not follow.
            const bool schedule = d.expr.kind == Expr::Kind::call && (d.expr.name == "exhibiciones" || d.expr.name == "calendario");
            std::vector<const Expr*> paths;
            collect_paths(d.expr, paths);
            for (const auto* p : paths) {
                if (!schedule && count_paths_.count(p->name) != 0) count_paths_.insert(d.path);
            }
        }
        for (const auto& f : tmpl_.fields) {
            if (f.required_if) (void)type_of(*f.required_if, f.line);
        }
        check(tmpl_.body);
    }

private:
    Finding& error_at(const std::string& code, std::size_t offset) { return src_.error(code, offset); }

    // A derived value that computes a schedule: the rule may decide the count, and needs a term.
    void schedule_call(const Expr& call) {
        const auto& info = tmpl_.info;
        const bool monthly = info.schedule_rule == domain::ScheduleRule::monthly;
        if ((monthly || call.name == "calendario") && info.term_start.empty()) {
            error_at("template.term_missing", call.offset).with("name", call.name);
        }
        // The schedule needs the term in every contract: its fields cannot be optional.
        for (const auto& path : {info.term_start, info.term_end}) {
            const auto* f = path.empty() ? nullptr : tmpl_.field(path);
            if (f != nullptr && !f->required && reported_optional_term_.insert(path).second) {
                error_at("template.term_optional", call.offset).with("name", path);
            }
        }
        if (monthly && call.args.size() > 1 && call.args[1].kind == Expr::Kind::path) {
            count_paths_.insert(call.args[1].name);
        }
        if (!monthly && call.args.size() < 2) {
            error_at("template.function_arguments", call.offset).with("name", call.name).with("expected", "2");
        }
    }

    std::vector<std::string> visible_names() const {
        std::vector<std::string> names(declared_.begin(), declared_.end());
        for (const auto& f : tmpl_.fields) names.push_back(f.path);
        for (const auto& [var, _] : loops_) names.push_back(var);
        return names;
    }

    Kind path_kind(const Expr& e) {
        const std::string& path = e.name;
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
            const auto& [var, list] = *it;
            if (path == var) {
                Kind k;
                k.personal = list.personal;
                if (!list.records.empty()) {
                    k.record = true;
                    k.records = list.records;
                } else {
                    k.type = value_type(list.item);
                }
                return k;
            }
            if (path.rfind(var + ".", 0) == 0 && !list.records.empty()) return record_field(list, path.substr(var.size() + 1), e);
        }
        if (!loops_.empty() && (path == "para.numero" || path == "para.total")) return Kind(ValueType::number);
        if (!loops_.empty() && (path == "para.primero" || path == "para.ultimo")) return Kind(ValueType::boolean);
        if (const auto* f = tmpl_.field(path); f != nullptr && !is_record_field(path)) {
            Kind k(value_type(f->type));
            k.personal = f->personal;
            k.sex = f->type == FieldType::sexo;
            if (f->type == FieldType::registros) k.records = f->path;
            return k;
        }
        if (declared_.count(path) != 0) return derived_kinds_.at(path);
        unknown(e);
        return {};
    }

    Kind record_field(const Kind& list, const std::string& name, const Expr& e) {
        if (list.records == schedule_records) {
            if (name == "numero") return Kind(ValueType::number);
            if (name == "importe") return Kind(ValueType::amount);
            if (name == "inicio" || name == "fin" || name == "vence") return Kind(ValueType::date);
        } else if (const auto* f = tmpl_.field(list.records + "." + name)) {
            Kind k(value_type(f->type));
            k.personal = f->personal;
            k.sex = f->type == FieldType::sexo;
            return k;
        }
        unknown(e);
        return {};
    }

    void unknown(const Expr& e) {
        const bool list = (tmpl_.field(e.name) != nullptr && is_record_field(e.name));
        auto& f = error_at(list ? "template.record_field_outside_loop" : "template.unknown_field", e.offset).with("name", e.name);
        if (!list) {
            if (const auto near = nearest_name(e.name, visible_names()); !near.empty()) f.with("suggestion", near);
        }
    }

    bool is_record_field(const std::string& path) const {
        for (const auto& f : tmpl_.fields) {
            if (f.type == FieldType::registros && path.rfind(f.path + ".", 0) == 0) return true;
        }
        return false;
    }

    static bool numeric(ValueType t) { return t == ValueType::amount || t == ValueType::number; }

    Kind type_of(const Expr& e, int line) {
        switch (e.kind) {
            case Expr::Kind::path: {
                Kind k = path_kind(e);
                if (k.record) {
                    error_at("template.record_as_text", e.offset).with("name", e.name);
                    return {};
                }
                return k;
            }
            case Expr::Kind::text: return Kind(ValueType::text);
            case Expr::Kind::number: {
                Kind k(ValueType::number);
                k.fraction = e.number.den != 1;
                return k;
            }
            case Expr::Kind::unary: {
                const Kind a = type_of(e.args[0], line);
                if (e.name == "no") {
                    Kind k(ValueType::boolean);
                    k.personal = a.personal;
                    return k;
                }
                if (a.type != ValueType::absent && !numeric(a.type)) mismatch(e);
                return a;
            }
            case Expr::Kind::binary: return binary(e, line);
            case Expr::Kind::call: return call(e, line);
        }
        return {};
    }

    void mismatch(const Expr& e) { error_at("template.expression_type", e.offset).with("value", e.name); }

    Kind binary(const Expr& e, int line) {
        const Kind a = type_of(e.args[0], line);
        const Kind b = type_of(e.args[1], line);
        Kind out;
        out.personal = a.personal || b.personal;
        out.fraction = a.fraction || b.fraction || e.name == "/";
        if (a.type == ValueType::absent || b.type == ValueType::absent) return out;
        const std::string& op = e.name;
        const ValueType x = a.type;
        const ValueType y = b.type;
        if (op == "y" || op == "o" || op == "==" || op == "!=") {
            out.type = ValueType::boolean;
        } else if (op == "<" || op == "<=" || op == ">" || op == ">=") {
            if (!(numeric(x) && numeric(y)) && !(x == ValueType::date && y == ValueType::date)) mismatch(e);
            out.type = ValueType::boolean;
        } else if (op == "+" || op == "-") {
            if (x == ValueType::amount && y == ValueType::amount) out.type = x;
            else if (x == ValueType::number && y == ValueType::number) out.type = x;
            else if (x == ValueType::date && y == ValueType::number) out.type = x;
            else mismatch(e);
        } else if (op == "*") {
            if (x == ValueType::number && y == ValueType::number) out.type = x;
            else if ((x == ValueType::amount && y == ValueType::number) || (x == ValueType::number && y == ValueType::amount)) out.type = ValueType::amount;
            else mismatch(e);
        } else {  // "/"
            if (x == ValueType::amount && y == ValueType::number) out.type = ValueType::amount;
            else if (numeric(x) && numeric(y) && !(x == ValueType::number && y == ValueType::amount)) out.type = ValueType::number;
            else mismatch(e);
        }
        return out;
    }

    Kind call(const Expr& e, int line) {
        const auto* fn = find_function(e.name);
        if (fn == nullptr) {
            auto& f = error_at("template.unknown_function", e.offset).with("name", e.name);
            if (const auto near = nearest_name(e.name, function_names()); !near.empty()) f.with("suggestion", near);
            return {};
        }
        std::vector<Kind> args;
        bool personal = false;
        for (const auto& a : e.args) {
            args.push_back(type_of(a, line));
            personal = personal || args.back().personal;
        }
        if (args.size() < fn->min_arguments || args.size() > fn->max_arguments) {
            error_at("template.function_arguments", e.offset)
                .with("name", e.name)
                .with("expected", std::to_string(fn->min_arguments == fn->max_arguments || fn->max_arguments > 2
                                                     ? fn->min_arguments
                                                     : fn->max_arguments));
            return {};
        }
        for (const auto& a : args) {
            if (a.type == ValueType::absent) return {};
        }
        auto need = [&](std::size_t i, ValueType t) {
            if (args[i].type != t) {
                error_at("template.function_input", e.args[i].offset).with("name", e.name);
            }
        };
        Kind out;
        out.personal = personal;
        const std::string& n = e.name;
        if (n == "edad" || n == "vigencia" || n == "vigencia_letra") {
            need(0, ValueType::date);
            need(1, ValueType::date);
            out.type = n == "edad" ? ValueType::number : ValueType::text;
            out.term = n == "vigencia";
        } else if (n == "concordar") {
            need(0, ValueType::text);
            need(1, ValueType::text);
            out.type = ValueType::text;
        } else if (n == "exhibiciones" || n == "calendario") {
            schedule_call(e);
            need(0, ValueType::amount);
            if (args.size() > 1) need(1, ValueType::number);
            out.type = ValueType::list;
            out.item = n == "exhibiciones" ? FieldType::importe : FieldType::registros;
            if (n == "calendario") out.records = std::string(schedule_records);
        } else if (n == "min" || n == "max") {
            // Amounts and plain numbers mix (min(total * 10%, 5000)); dates go with dates.
            const bool dates = args[0].type == ValueType::date;
            out.type = dates ? ValueType::date : ValueType::number;
            for (std::size_t i = 0; i < args.size(); ++i) {
                if (dates ? args[i].type != ValueType::date : !numeric(args[i].type)) need(i, args[0].type == ValueType::date ? ValueType::date : ValueType::amount);
                if (args[i].type == ValueType::amount) out.type = ValueType::amount;
            }
        } else {
            need(0, ValueType::list);
            if (n == "cuenta") out.type = ValueType::number;
            if (n == "iguales") out.type = ValueType::boolean;
            if (n == "primero" || n == "ultimo") out.type = value_type(args[0].item);
        }
        return out;
    }

    static bool accepts(FilterInput in, const Kind& k, std::size_t arguments) {
        const ValueType t = k.type;
        const bool whole = t == ValueType::number && !k.fraction;
        switch (in) {
            case FilterInput::scalar: return t != ValueType::list;
            case FilterInput::text: return t == ValueType::text;
            case FilterInput::amount: return t == ValueType::amount;
            case FilterInput::number: return whole;
            case FilterInput::date: return t == ValueType::date;
            // A number needs its nouns: letra_cifra("día", "días").
            case FilterInput::number_or_text: return (whole && arguments >= 2) || (t == ValueType::text && k.term);
            case FilterInput::sex: return k.sex;
        }
        return false;
    }

    void check_filters(const std::vector<Filter>& filters, Kind kind) {
        for (const auto& f : filters) {
            const auto* info = find_filter(f.name);
            const auto at = src_.offset_of(f.line, f.column);
            if (info == nullptr) {
                auto& e = error_at("template.unknown_filter", at).with("filter", f.name);
                if (const auto near = nearest_name(f.name, filter_names()); !near.empty()) e.with("suggestion", near);
                return;
            }
            if (f.args.size() < info->min_arguments || f.args.size() > info->max_arguments) {
                error_at("template.filter_arguments", at)
                    .with("filter", f.name)
                    .with("expected", std::to_string(info->max_arguments));
                return;
            }
            if (kind.type != ValueType::absent && !accepts(info->input, kind, f.args.size())) {
                error_at("template.filter_type", at).with("filter", f.name);
                return;
            }
            kind = Kind(ValueType::text);  // every filter writes text
        }
    }

    // Under @calendario mensual the rule decides how many payments there are: the number typed
    // in the data is not printed nor tested, so the text cannot contradict the schedule.
    void count_printed(const Expr& e) {
        std::vector<const Expr*> paths;
        collect_paths(e, paths);
        for (const auto* p : paths) {
            if (count_paths_.count(p->name) != 0) error_at("template.count_decided_by_rule", p->offset).with("name", p->name);
        }
    }

    void check(const std::vector<Node>& nodes) {
        for (const auto& n : nodes) {
            switch (n.kind) {
                case Node::Kind::field: {
                    if (n.expr.name.empty() && n.expr.kind == Expr::Kind::path) break;  // a syntax error, reported
                    const Kind k = type_of(n.expr, n.line);
                    if (k.type == ValueType::list) {
                        error_at("template.list_as_text", n.expr.offset).with("name", n.expr.name);
                    }
                    count_printed(n.expr);
                    check_filters(n.filters, k);
                    break;
                }
                case Node::Kind::reference: check_filters(n.filters, Kind(ValueType::text)); break;
                case Node::Kind::condition:
                case Node::Kind::check:
                    if (!(n.expr.name.empty() && n.expr.kind == Expr::Kind::path)) {
                        (void)type_of(n.expr, n.line);
                        count_printed(n.expr);
                    }
                    check(n.body);
                    check(n.else_body);
                    break;
                case Node::Kind::loop: loop(n); break;
                case Node::Kind::clause: check(n.body); break;
                default: break;
            }
        }
    }

    void loop(const Node& n) {
        std::size_t opened = 0;
        for (std::size_t i = 0; i < n.lists.size(); ++i) {
            Expr path;
            path.name = n.lists[i];
            path.offset = src_.offset_of(n.line, n.column);
            Kind k = path_kind(path);
            if (k.type != ValueType::list && k.type != ValueType::absent) {
                error_at("template.not_a_list", path.offset).with("name", path.name);
            }
            loops_.emplace_back(n.variables[i], k);
            ++opened;
        }
        check(n.body);
        for (std::size_t i = 0; i < opened; ++i) loops_.pop_back();
    }

    Template& tmpl_;
    SourceText& src_;
    std::set<std::string> declared_;  // derived values typed so far
    std::map<std::string, std::string> derived_records_;
    std::map<std::string, Kind> derived_kinds_;
    std::set<std::string> count_paths_;
    std::set<std::string> reported_optional_term_;
    std::vector<std::pair<std::string, Kind>> loops_;
};

}  // namespace

void check_template_types(Template& tmpl, SourceText& source) { TypeChecker(tmpl, source).run(); }

}  // namespace pacta::document::detail
