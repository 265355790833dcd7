#pragma once
// A contract template, parsed: its header (identity, country, fields it declares, values it
// derives) and its body (Markdown text with fields, conditions, loops and clauses).
// The language is described for legal reviewers in docs/plantillas.md.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/document/expression.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/money.h"
#include "pacta/domain/ordinals.h"
#include "pacta/domain/schedule.h"

namespace pacta::document {

enum class FieldType { texto, fecha, importe, entero, sexo, curp, rfc, dni, ruc, clabe, lista, registros };

[[nodiscard]] std::string_view field_type_name(FieldType type);
[[nodiscard]] std::optional<FieldType> field_type_from_name(std::string_view name);

struct FieldSpec {
    std::string path;   // "prestador.curp"; a record field of a list: "firmantes.nombre"
    FieldType type = FieldType::texto;
    bool required = true;
    bool personal = false;
    std::string label;  // "CURP": in forms, messages and the public version's legend
    std::string help;
    int line = 0;
    // @campo ... requerido_si CONDICION: required when the condition holds.
    std::optional<Expr> required_if;
    std::string required_if_text;
};

struct DerivedSpec {
    std::string path;                // "prestador.edad"
    Expr expr;                       // edad(prestador.fecha_nacimiento, firma.fecha); pago.total * 10%
    std::string source;              // the expression as written, for listings
    std::string function;            // "edad" when the expression is a call of paths
    std::vector<std::string> args;   //   and those paths
    FieldType type = FieldType::texto;
    FieldType item_type = FieldType::texto;  // what a list holds (exhibiciones: importe)
    bool personal = false;           // true when any input is personal
    std::string label;
    std::string help;
    int line = 0;
};

struct Filter {
    std::string name;
    std::vector<std::string> args;
    int line = 0;
    int column = 0;
};

// A party who signs: {% firmas representante "LA ENTIDAD", locador "EL LOCADOR" %} reads
// PREFIJO.nombre, .cargo and the first identity number the template declares (.dni, .curp...).
struct SignerParty {
    std::string prefix;
    std::string caption;
};

struct Node {
    enum class Kind { text, field, reference, condition, loop, clause, page_break, signatures, check };
    Kind kind = Kind::text;
    std::string text;              // text: the literal; clause: its title; check: the author's message
    std::string path;              // field (a bare path), loop's first list, signatures list; clause or reference key
    Expr expr;                     // field, condition, check
    std::vector<Filter> filters;   // field, reference
    std::vector<std::string> variables;  // loop: one per list, walked together by position
    std::vector<std::string> lists;      // loop
    std::vector<SignerParty> parties;    // signatures from the parties' own fields
    std::vector<Node> body;        // condition (then), loop, clause
    std::vector<Node> else_body;   // condition
    int line = 0;
    int column = 0;
};

// @clausulas: how a clause's heading reads. {ORDINAL} PRIMERA, {ordinal} primera, {N} 1,
// {TITULO} the title given in {% clausula clave "TÍTULO" %}.
struct ClauseStyle {
    std::string pattern = "{ORDINAL}.- {TITULO}.";
    bool own_line = false;  // the heading is a paragraph of its own, kept with the text after it
};

// @firmante ROL PREFIJO [PREFIJO_DEL_PODER]: the signatory who plays ROL fills PREFIJO.nombre,
// .sexo and .cargo, and their powers fill PREFIJO_DEL_PODER.escritura, .fecha, .notario,
// .notaria, .folio, .folio_registro and .fecha_registro (only the fields the template declares).
struct SignatoryBinding {
    std::string role;
    std::string prefix;
    std::string powers_prefix;
};

struct TemplateInfo {
    std::string id;
    int version = 1;
    std::string title;
    std::string author;   // @autor: literal text, or a field path whose value is used
    std::string subject;  // @asunto: likewise
    std::string country = "MX";
    domain::Currency currency = domain::Currency::MXN;
    std::string paper = "carta";
    bool initials_box = true;  // @rubrica si|no: a box for initials in every page's margin
    std::string person_prefix; // @persona PREFIJO: a staff record fills PREFIJO.nombre, .curp...
    std::vector<SignatoryBinding> signatories;
    domain::OrdinalStyle ordinal_style = domain::OrdinalStyle::two_words;
    // @calendario: how the contract's instalments are split and when they fall due.
    domain::ScheduleRule schedule_rule = domain::ScheduleRule::equal;
    domain::DueRule due_rule;
    // @vigencia INICIO FIN: the fields that hold the contract's term (default vigencia.inicio
    // and vigencia.fin when declared); the schedule and the monthly rule read them.
    std::string term_start;
    std::string term_end;
    ClauseStyle clause_style;
    // @vacios advertir|error: what an optional field that prints empty gives.
    bool empty_is_error = false;
    // @firmas_a_la_vez ROL ROL...: signers whose fields (firma_ROL) may be signed in any order
    // among themselves once every field before them in the signature block is; one group per
    // directive. Every other field waits for the ones before it.
    std::vector<std::vector<std::string>> parallel_signers;
};

struct Template {
    std::string name;  // where it came from, for messages ("imss-bienestar-honorarios.md")
    TemplateInfo info;
    std::vector<FieldSpec> fields;
    std::vector<DerivedSpec> derived;
    std::vector<Node> body;

    [[nodiscard]] const FieldSpec* field(std::string_view path) const;
    [[nodiscard]] const DerivedSpec* derived_value(std::string_view path) const;
};

struct TemplateParse {
    std::optional<Template> value;
    domain::Findings findings;  // field = template name; params line, column
};

// Parses and checks a template: every field it uses is declared (or derived, or a loop
// variable), every block is closed, every filter and function exists, every clause
// reference names a clause. All problems are reported, each with its line and column.
[[nodiscard]] TemplateParse parse_template(std::string_view text, std::string_view name);

}  // namespace pacta::document
