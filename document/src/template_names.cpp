#include "template_names.h"

#include <set>


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
    struct Scope {};

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

    void check_nodes(const std::vector<Node>& nodes, Scope& scope, const std::set<std::string>& clauses,
                     bool in_clause = false) {
        for (const auto& n : nodes) {
            switch (n.kind) {
                case Node::Kind::text:
                case Node::Kind::page_break: break;
                case Node::Kind::field:
                case Node::Kind::check: break;
                case Node::Kind::reference:
                    if (clauses.count(n.path) == 0) {
                        error_at("template.unknown_clause", n.line, n.column).with("name", n.path);
                    }
                    break;
                case Node::Kind::condition:
                    check_nodes(n.body, scope, clauses, in_clause);
                    check_nodes(n.else_body, scope, clauses, in_clause);
                    break;
                case Node::Kind::loop: check_nodes(n.body, scope, clauses, in_clause); break;
                case Node::Kind::clause:
                    if (in_clause) error_at("template.nested_clause", n.line, n.column).with("name", n.path);
                    check_nodes(n.body, scope, clauses, true);
                    break;
                case Node::Kind::signatures: signatures(n); break;
            }
        }
    }

    // A list of records with nombre and cargo, or parties with at least a name.
    void signatures(const Node& n) {
        if (!n.parties.empty()) {
            for (const auto& p : n.parties) {
                if (tmpl_.field(p.prefix + ".nombre") == nullptr) {
                    error_at("template.bad_signer", n.line, n.column).with("name", p.prefix);
                }
            }
            return;
        }
        const auto* f = tmpl_.field(n.path);
        if (f == nullptr || f->type != FieldType::registros || !tmpl_.field(n.path + ".nombre") ||
            !tmpl_.field(n.path + ".cargo")) {
            error_at("template.bad_signatures", n.line, n.column).with("name", n.path);
        }
    }

    const Template& tmpl_;
    domain::Findings findings_;
};

}  // namespace

domain::Findings check_template_names(const Template& tmpl) { return NameChecker(tmpl).run(); }

}  // namespace pacta::document::detail
