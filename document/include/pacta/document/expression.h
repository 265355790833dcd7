#pragma once
// Expressions of the template language: what {{ ... }} prints, what {% si ... %} tests, what
// @derivado computes and what {% comprobar ... %} requires (docs/plantillas.md §3).
//   pago.total * 10%        min(pago.total * 10%, 5000)      cuenta(entregables) == cuenta(pagos)
//   pago.importe > 1500 y no locador.suspension_retenciones
// Amounts are exact: arithmetic on them rounds to the cent once, half away from zero.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::document {

// An exact rational number: 10% is 1/10, 0.5 is 1/2. den > 0.
struct Decimal {
    std::int64_t num = 0;
    std::int64_t den = 1;
};

struct Expr {
    enum class Kind { path, text, number, call, unary, binary };
    Kind kind = Kind::path;
    std::string name;        // path; function; operator: "no", "-", "+", "*", "/", "==", "<", "y", "o"...
    std::string text;        // a "text" literal
    Decimal number;          // a number literal
    std::vector<Expr> args;  // call arguments; one operand (unary); two (binary)
    std::size_t offset = 0;  // byte offset in the expression's source, for messages
};

struct ExprParse {
    std::optional<Expr> expr;
    std::string error;        // a finding code when the text is not an expression
    std::string error_value;  // the token at fault
    std::size_t error_offset = 0;
};

// Parses an expression; refuses more than 64 levels of nesting (a crafted template).
[[nodiscard]] ExprParse parse_expression(std::string_view source);

// True when the expression is a bare path ("prestador.nombre").
[[nodiscard]] inline bool is_bare_path(const Expr& e) { return e.kind == Expr::Kind::path; }

// Every path the expression reads, in order.
void collect_paths(const Expr& e, std::vector<const Expr*>& out);

}  // namespace pacta::document
