// A recursive-descent parser for template expressions:
//   expr := and ("o" and)*        and := not ("y" not)*       not := "no" not | cmp
//   cmp  := sum (op sum)?         sum := prod (("+"|"-") prod)*
//   prod := unary (("*"|"/") unary)*                         unary := "-" unary | primary
//   primary := number ["%"] | "text" | path | name "(" [expr ("," expr)*] ")" | "(" expr ")"
#include <cctype>
#include <limits>

#include "pacta/document/expression.h"

namespace pacta::document {

namespace {

struct Token {
    enum class Kind { end, number, text, name, op };
    Kind kind = Kind::end;
    std::string text;
    Decimal number;
    std::size_t offset = 0;
};

constexpr std::size_t max_tokens = 400;

struct Failure {
    std::string code;
    std::string value;
    std::size_t offset;
};

bool name_char(unsigned char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 ||
           (!first && ((c >= '0' && c <= '9') || c == '.' || c == '-'));
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        Token t;
        t.offset = i;
        if (c >= '0' && c <= '9') {
            t.kind = Token::Kind::number;
            std::int64_t num = 0;
            std::int64_t den = 1;
            bool fraction = false;
            while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && !fraction && i + 1 < s.size() &&
                                                                     s[i + 1] >= '0' && s[i + 1] <= '9'))) {
                if (s[i] == '.') {
                    fraction = true;
                } else {
                    // Twelve digits before the point and four after are plenty for a contract.
                    if (num > std::numeric_limits<std::int64_t>::max() / 100 || den > 10'000) {
                        throw Failure{"template.number_too_large", std::string(s.substr(t.offset, i - t.offset)), t.offset};
                    }
                    num = num * 10 + (s[i] - '0');
                    if (fraction) den *= 10;
                }
                ++i;
            }
            // "1.500" reads as one and a half here but fifteen hundred to many readers.
            if (fraction && den == 1000 && num >= 1000) {
                throw Failure{"template.ambiguous_number", std::string(s.substr(t.offset, i - t.offset)), t.offset};
            }
            if (i < s.size() && s[i] == '%') {
                den *= 100;
                ++i;
            }
            // "1,500" would be read as the numbers 1 and 500.
            if (i + 3 < s.size() && s[i] == ',' && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
                std::isdigit(static_cast<unsigned char>(s[i + 2])) && std::isdigit(static_cast<unsigned char>(s[i + 3])) &&
                (i + 4 >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])))) {
                throw Failure{"template.ambiguous_number", std::string(s.substr(t.offset, i + 4 - t.offset)), t.offset};
            }
            t.number = {num, den};
            t.text = std::string(s.substr(t.offset, i - t.offset));
        } else if (c == '"') {
            const auto close = s.find('"', i + 1);
            if (close == std::string_view::npos) throw Failure{"template.unterminated_string", "", i};
            t.kind = Token::Kind::text;
            t.text = std::string(s.substr(i + 1, close - i - 1));
            i = close + 1;
        } else if (name_char(c, true)) {
            t.kind = Token::Kind::name;
            while (i < s.size() && name_char(static_cast<unsigned char>(s[i]), false)) ++i;
            t.text = std::string(s.substr(t.offset, i - t.offset));
        } else {
            t.kind = Token::Kind::op;
            static constexpr std::string_view two[] = {"==", "!=", "<=", ">="};
            bool matched = false;
            for (auto op : two) {
                if (s.substr(i, 2) == op) {
                    t.text = std::string(op);
                    i += 2;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                if (std::string_view("+-*/<>(),").find(static_cast<char>(c)) == std::string_view::npos) {
                    throw Failure{"template.bad_expression", std::string(1, static_cast<char>(c)), i};
                }
                t.text = std::string(1, static_cast<char>(c));
                ++i;
            }
        }
        out.push_back(std::move(t));
    }
    // A contract's expressions are a line long; thousands of terms only exhaust the stack.
    if (out.size() > max_tokens) throw Failure{"template.expression_too_long", std::to_string(max_tokens), 0};
    Token end;
    end.offset = s.size();
    out.push_back(end);
    return out;
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

    Expr run() {
        Expr e = expr();
        if (peek().kind != Token::Kind::end) fail("template.bad_expression", peek());
        return e;
    }

private:
    static constexpr int max_depth = 64;

    const Token& peek() const { return t_[i_]; }
    bool at_op(std::string_view op) const { return peek().kind == Token::Kind::op && peek().text == op; }
    bool at_word(std::string_view w) const { return peek().kind == Token::Kind::name && peek().text == w; }

    [[noreturn]] static void fail(const char* code, const Token& t) {
        throw Failure{code, t.kind == Token::Kind::end ? "" : t.text, t.offset};
    }

    struct Deeper {
        explicit Deeper(Parser& p) : p_(p) {
            if (++p_.depth_ > max_depth) throw Failure{"template.expression_too_deep", std::to_string(max_depth), p_.peek().offset};
        }
        ~Deeper() { --p_.depth_; }
        Parser& p_;
    };

    static Expr binary(std::string op, Expr a, Expr b, std::size_t offset) {
        Expr e;
        e.kind = Expr::Kind::binary;
        e.name = std::move(op);
        e.offset = offset;
        e.args.push_back(std::move(a));
        e.args.push_back(std::move(b));
        return e;
    }

    Expr expr() {
        const Deeper guard(*this);
        Expr left = conjunction();
        while (at_word("o")) {
            const auto at = peek().offset;
            ++i_;
            left = binary("o", std::move(left), conjunction(), at);
        }
        return left;
    }

    Expr conjunction() {
        Expr left = negation();
        while (at_word("y")) {
            const auto at = peek().offset;
            ++i_;
            left = binary("y", std::move(left), negation(), at);
        }
        return left;
    }

    Expr negation() {
        if (at_word("no")) {
            const Deeper guard(*this);
            Expr e;
            e.kind = Expr::Kind::unary;
            e.name = "no";
            e.offset = peek().offset;
            ++i_;
            e.args.push_back(negation());
            return e;
        }
        return comparison();
    }

    Expr comparison() {
        Expr left = sum();
        for (std::string_view op : {"==", "!=", "<=", ">=", "<", ">"}) {
            if (at_op(op)) {
                const auto at = peek().offset;
                ++i_;
                return binary(std::string(op), std::move(left), sum(), at);
            }
        }
        return left;
    }

    Expr sum() {
        Expr left = product();
        while (at_op("+") || at_op("-")) {
            const Token op = peek();
            ++i_;
            left = binary(op.text, std::move(left), product(), op.offset);
        }
        return left;
    }

    Expr product() {
        Expr left = unary();
        while (at_op("*") || at_op("/")) {
            const Token op = peek();
            ++i_;
            left = binary(op.text, std::move(left), unary(), op.offset);
        }
        return left;
    }

    Expr unary() {
        if (at_op("-")) {
            const Deeper guard(*this);
            Expr e;
            e.kind = Expr::Kind::unary;
            e.name = "-";
            e.offset = peek().offset;
            ++i_;
            e.args.push_back(unary());
            return e;
        }
        return primary();
    }

    Expr primary() {
        const Token t = peek();
        Expr e;
        e.offset = t.offset;
        switch (t.kind) {
            case Token::Kind::number:
                ++i_;
                e.kind = Expr::Kind::number;
                e.number = t.number;
                return e;
            case Token::Kind::text:
                ++i_;
                e.kind = Expr::Kind::text;
                e.text = t.text;
                return e;
            case Token::Kind::name:
                ++i_;
                if (t.text == "y" || t.text == "o" || t.text == "no") fail("template.bad_expression", t);
                if (at_op("(")) {
                    const Deeper guard(*this);
                    ++i_;
                    e.kind = Expr::Kind::call;
                    e.name = t.text;
                    if (!at_op(")")) {
                        e.args.push_back(expr());
                        while (at_op(",")) {
                            ++i_;
                            e.args.push_back(expr());
                        }
                    }
                    if (!at_op(")")) fail("template.bad_expression", peek());
                    ++i_;
                    return e;
                }
                e.kind = Expr::Kind::path;
                e.name = t.text;
                return e;
            case Token::Kind::op:
                if (t.text == "(") {
                    ++i_;
                    e = expr();
                    if (!at_op(")")) fail("template.bad_expression", peek());
                    ++i_;
                    return e;
                }
                fail("template.bad_expression", t);
            case Token::Kind::end: fail("template.incomplete_expression", t);
        }
        fail("template.bad_expression", t);
    }

    std::vector<Token> t_;
    std::size_t i_ = 0;
    int depth_ = 0;
};

}  // namespace

ExprParse parse_expression(std::string_view source) {
    ExprParse r;
    try {
        r.expr = Parser(tokenize(source)).run();
    } catch (const Failure& f) {
        r.error = f.code;
        r.error_value = f.value;
        r.error_offset = f.offset;
    }
    return r;
}

void collect_paths(const Expr& e, std::vector<const Expr*>& out) {
    if (e.kind == Expr::Kind::path) out.push_back(&e);
    for (const auto& a : e.args) collect_paths(a, out);
}

}  // namespace pacta::document
