#include "template_names.h"

#include <set>

#include "catalogue.h"

namespace pacta::document::detail {

namespace {

using domain::Finding;
using domain::Severity;

class NameChecker {
public:
    explicit NameChecker(const Template& tmpl) : tmpl_(tmpl) {}

    domain::Findings run() {
        std::set<std::string> clause_keys;
        collect_clauses(tmpl_.body, clause_keys);
        Scope scope;
        check_nodes(tmpl_.body, scope, clause_keys);
        return std::move(findings_);
    }

private:
    struct Scope {
        std::vector<std::pair<std::string, std::string>> loops;  // variable -> list path
    };

    void collect_clauses(const std::vector<Node>& nodes, std::set<std::string>& keys) {
        for (const auto& n : nodes) {
            if (n.kind == Node::Kind::clause && !n.path.empty()) {
                if (!keys.insert(n.path).second) {
                    error_at("template.duplicate_clause", n.line, n.column).with("name", n.path);
                }
            }
            collect_clauses(n.body, keys);
            collect_clauses(n.else_body, keys);
        }
    }

    Finding& error_at(std::string code, int line, int column) {
        findings_.emplace_back(std::move(code), Severity::error, tmpl_.name);
        findings_.back().with("line", std::to_string(line)).with("column", std::to_string(column));
        return findings_.back();
    }

    bool is_list_path(const std::string& path) const {
        if (const auto* f = tmpl_.field(path)) return f->type == FieldType::lista || f->type == FieldType::registros;
        if (const auto* d = tmpl_.derived_value(path)) return d->type == FieldType::lista;
        return false;
    }

    // True when `path` names something a template may print or test in this scope.
    bool resolves(const std::string& path, const Scope& scope, bool allow_lists) const {
        for (auto it = scope.loops.rbegin(); it != scope.loops.rend(); ++it) {
            const auto& [var, list] = *it;
            if (path == var) return true;
            if (path.rfind(var + ".", 0) == 0) return tmpl_.field(list + path.substr(var.size())) != nullptr;
        }
        if (!scope.loops.empty() && (path == "para.numero" || path == "para.primero" || path == "para.ultimo" ||
                                     path == "para.total")) {
            return true;
        }
        if (const auto* f = tmpl_.field(path)) {
            if (is_record_field(path)) return false;
            return allow_lists || (f->type != FieldType::lista && f->type != FieldType::registros);
        }
        if (const auto* d = tmpl_.derived_value(path)) return allow_lists || d->type != FieldType::lista;
        return false;
    }

    bool is_record_field(const std::string& path) const {
        for (const auto& f : tmpl_.fields) {
            if (f.type == FieldType::registros && path.rfind(f.path + ".", 0) == 0) return true;
        }
        return false;
    }

    void check_nodes(const std::vector<Node>& nodes, Scope& scope, const std::set<std::string>& clauses,
                     bool in_clause = false) {
        for (const auto& n : nodes) {
            switch (n.kind) {
                case Node::Kind::text:
                case Node::Kind::page_break: break;
                case Node::Kind::field:
                    if (!resolves(n.path, scope, false)) {
                        const bool list = is_list_path(n.path);
                        error_at(list ? "template.list_as_text" : "template.unknown_field", n.line, n.column)
                            .with("name", n.path);
                    }
                    for (const auto& f : n.filters) {
                        const auto* info = detail::find_filter(f.name);
                        if (info == nullptr) {
                            error_at("template.unknown_filter", f.line, f.column).with("filter", f.name);
                        } else if (info->arguments != f.args.size()) {
                            error_at("template.filter_arguments", f.line, f.column)
                                .with("filter", f.name)
                                .with("expected", std::to_string(info->arguments));
                        }
                    }
                    break;
                case Node::Kind::reference:
                    if (clauses.count(n.path) == 0) {
                        error_at("template.unknown_clause", n.line, n.column).with("name", n.path);
                    }
                    break;
                case Node::Kind::condition:
                    if (!n.condition.path.empty() && !resolves(n.condition.path, scope, true)) {
                        error_at("template.unknown_field", n.line, n.column).with("name", n.condition.path);
                    }
                    check_nodes(n.body, scope, clauses, in_clause);
                    check_nodes(n.else_body, scope, clauses, in_clause);
                    break;
                case Node::Kind::loop:
                    if (!n.path.empty() && !is_list_path(n.path) && !resolves(n.path, scope, true)) {
                        error_at("template.unknown_field", n.line, n.column).with("name", n.path);
                    } else if (!n.path.empty() && !is_list_path(n.path)) {
                        error_at("template.not_a_list", n.line, n.column).with("name", n.path);
                    }
                    scope.loops.emplace_back(n.variable, n.path);
                    check_nodes(n.body, scope, clauses, in_clause);
                    scope.loops.pop_back();
                    break;
                case Node::Kind::clause:
                    if (in_clause) error_at("template.nested_clause", n.line, n.column).with("name", n.path);
                    check_nodes(n.body, scope, clauses, true);
                    break;
                case Node::Kind::signatures: {
                    const auto* f = tmpl_.field(n.path);
                    if (f == nullptr || f->type != FieldType::registros || !tmpl_.field(n.path + ".nombre") ||
                        !tmpl_.field(n.path + ".cargo")) {
                        error_at("template.bad_signatures", n.line, n.column).with("name", n.path);
                    }
                    break;
                }
            }
        }
    }

    const Template& tmpl_;
    domain::Findings findings_;
};

}  // namespace

domain::Findings check_template_names(const Template& tmpl) { return NameChecker(tmpl).run(); }

}  // namespace pacta::document::detail
