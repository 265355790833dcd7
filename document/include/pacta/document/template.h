#pragma once
// A contract template, parsed: its header (identity, country, fields it declares, values it
// derives) and its body (Markdown text with fields, conditions, loops and clauses).
// The language is described for legal reviewers in docs/plantillas.md.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
};

struct DerivedSpec {
    std::string path;                // "prestador.edad"
    std::string function;            // "edad"
    std::vector<std::string> args;   // paths of its inputs
    FieldType type = FieldType::texto;
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

struct Condition {
    enum class Op { truthy, falsy, equals, not_equals };
    Op op = Op::truthy;
    std::string path;
    std::string value;
};

struct Node {
    enum class Kind { text, field, reference, condition, loop, clause, page_break, signatures };
    Kind kind = Kind::text;
    std::string text;              // text: the literal
    std::string path;              // field, loop list, signatures list; clause or reference key
    std::vector<Filter> filters;   // field
    Condition condition;           // condition
    std::string variable;          // loop
    std::vector<Node> body;        // condition (then), loop, clause
    std::vector<Node> else_body;   // condition
    int line = 0;
    int column = 0;
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
