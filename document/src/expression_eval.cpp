#include "expression_eval.h"

#include <algorithm>
#include <charconv>
#include <numeric>

#include "functions.h"
#include "pacta/document/data_check.h"
#include "pacta/domain/finding.h"

namespace pacta::document::detail {

namespace {

__extension__ typedef __int128 Wide;

[[noreturn]] void refuse(const char* code, const EvalContext& ctx, int line, int column, std::string value = {}) {
    domain::Finding f(code, domain::Severity::error, ctx.tmpl != nullptr ? ctx.tmpl->name : "plantilla");
    f.with("line", std::to_string(line)).with("column", std::to_string(column));
    if (!value.empty()) f.with("value", std::move(value));
    throw domain::RuleError(std::move(f));
}

Decimal reduce(Wide num, Wide den, const EvalContext& ctx, int line, int column) {
    if (den < 0) {
        num = -num;
        den = -den;
    }
    Wide a = num < 0 ? -num : num;
    Wide b = den;
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    if (a > 1) {
        num /= a;
        den /= a;
    }
    constexpr Wide limit = Wide{1} << 62;
    if (num >= limit || num <= -limit || den >= limit) refuse("template.number_too_large", ctx, line, column);
    return {static_cast<std::int64_t>(num), static_cast<std::int64_t>(den)};
}

// num/den rounded to the nearest integer, halves away from zero (the cent rule).
Wide round_half_away(Wide num, Wide den) {
    const bool negative = (num < 0) != (den < 0);
    if (num < 0) num = -num;
    if (den < 0) den = -den;
    Wide q = num / den;
    if ((num % den) * 2 >= den) ++q;
    return negative ? -q : q;
}

Value number(Decimal d) {
    Value v;
    v.type = ValueType::number;
    v.number = d;
    return v;
}

Value money(Wide cents, domain::Currency c, const EvalContext& ctx, int line, int column) {
    if (cents > domain::Money::max_minor_units || cents < -domain::Money::max_minor_units) {
        refuse("template.number_too_large", ctx, line, column);
    }
    Value v;
    v.type = ValueType::amount;
    v.amount = domain::Money(static_cast<std::int64_t>(cents), c);
    return v;
}

Value boolean(bool b) {
    Value v;
    v.type = ValueType::boolean;
    v.flag = b;
    return v;
}

// Amounts and numbers compared as exact fractions of a unit.
std::pair<Wide, Wide> as_fraction(const Value& v) {
    if (v.type == ValueType::amount) return {v.amount.minor_units(), 100};
    return {v.number.num, v.number.den};
}

bool numeric(const Value& v) { return v.type == ValueType::amount || v.type == ValueType::number; }

std::optional<int> compare(const Value& a, const Value& b) {
    if (numeric(a) && numeric(b)) {
        const auto [an, ad] = as_fraction(a);
        const auto [bn, bd] = as_fraction(b);
        const Wide l = an * bd;
        const Wide r = bn * ad;
        return l < r ? -1 : (l > r ? 1 : 0);
    }
    if (a.type == ValueType::date && b.type == ValueType::date) return a.text.compare(b.text) < 0 ? -1 : (a.text == b.text ? 0 : 1);
    return std::nullopt;
}

class Evaluator {
public:
    Evaluator(const ValueSource& s, const EvalContext& c, int line, int column) : src_(s), ctx_(c), line_(line), column_(column) {}

    Value eval(const Expr& e) {
        switch (e.kind) {
            case Expr::Kind::path: return src_.lookup(e.name);
            case Expr::Kind::text: {
                Value v;
                v.type = ValueType::text;
                v.text = e.text;
                return v;
            }
            case Expr::Kind::number: return number(e.number);
            case Expr::Kind::unary: {
                const Value a = eval(e.args[0]);
                if (e.name == "no") return boolean(!truthy(a));
                if (a.type == ValueType::absent) return a;
                if (a.type == ValueType::amount) return money(-Wide{a.amount.minor_units()}, a.amount.currency(), ctx_, line_, column_);
                if (a.type == ValueType::number) return number({-a.number.num, a.number.den});
                wrong_type(e);
            }
            case Expr::Kind::binary: return binary(e);
            case Expr::Kind::call: {
                std::vector<Value> args;
                args.reserve(e.args.size());
                for (const auto& a : e.args) args.push_back(eval(a));
                return call_function(e.name, args, ctx_, line_, column_);
            }
        }
        wrong_type(e);
    }

private:
    [[noreturn]] void wrong_type(const Expr& e) const { refuse("template.expression_type", ctx_, line_, column_, e.name); }

    Value binary(const Expr& e) {
        const std::string& op = e.name;
        if (op == "y") return boolean(truthy(eval(e.args[0])) && truthy(eval(e.args[1])));
        if (op == "o") return boolean(truthy(eval(e.args[0])) || truthy(eval(e.args[1])));
        const Value a = eval(e.args[0]);
        const Value b = eval(e.args[1]);
        if (op == "==" || op == "!=") {
            const auto c = compare(a, b);
            const bool same = c ? *c == 0 : (a.type != ValueType::absent && b.type != ValueType::absent && to_text(a) == to_text(b));
            return boolean(op == "==" ? same : !same);
        }
        if (op == "<" || op == "<=" || op == ">" || op == ">=") {
            if (a.type == ValueType::absent || b.type == ValueType::absent) return boolean(false);
            const auto c = compare(a, b);
            if (!c) wrong_type(e);
            return boolean(op == "<" ? *c < 0 : op == "<=" ? *c <= 0 : op == ">" ? *c > 0 : *c >= 0);
        }
        if (a.type == ValueType::absent || b.type == ValueType::absent) return {};
        return arithmetic(e, a, b);
    }

    Value arithmetic(const Expr& e, const Value& a, const Value& b) {
        const std::string& op = e.name;
        const auto currency = a.type == ValueType::amount ? a.amount.currency() : b.amount.currency();
        if (op == "+" || op == "-") {
            const int sign = op == "+" ? 1 : -1;
            if (a.type == ValueType::amount && b.type == ValueType::amount) {
                return money(Wide{a.amount.minor_units()} + sign * Wide{b.amount.minor_units()}, currency, ctx_, line_, column_);
            }
            if (a.type == ValueType::number && b.type == ValueType::number) {
                return number(reduce(Wide{a.number.num} * b.number.den + sign * Wide{b.number.num} * a.number.den,
                                     Wide{a.number.den} * b.number.den, ctx_, line_, column_));
            }
            if (a.type == ValueType::date && b.type == ValueType::number && b.number.den == 1) {
                // A century either way is more than any contract counts.
                if (b.number.num > 36'500 || b.number.num < -36'500) refuse("template.number_too_large", ctx_, line_, column_);
                Value v = a;
                const auto d = domain::parse_iso_date(a.text).value;
                if (d) v.text = d->add_days(static_cast<int>(sign * b.number.num)).iso();
                return v;
            }
            wrong_type(e);
        }
        if (op == "*") {
            if (a.type == ValueType::number && b.type == ValueType::number) {
                return number(reduce(Wide{a.number.num} * b.number.num, Wide{a.number.den} * b.number.den, ctx_, line_, column_));
            }
            const Value& m = a.type == ValueType::amount ? a : b;
            const Value& n = a.type == ValueType::amount ? b : a;
            if (m.type != ValueType::amount || n.type != ValueType::number) wrong_type(e);
            return money(round_half_away(Wide{m.amount.minor_units()} * n.number.num, n.number.den), currency, ctx_, line_, column_);
        }
        // "/"
        const auto [bn, bd] = as_fraction(b);
        if (!numeric(a) || !numeric(b)) wrong_type(e);
        if (bn == 0) refuse("template.division_by_zero", ctx_, line_, column_);
        if (a.type == ValueType::amount && b.type == ValueType::number) {
            return money(round_half_away(Wide{a.amount.minor_units()} * bd, bn), currency, ctx_, line_, column_);
        }
        if (b.type == ValueType::amount && a.type == ValueType::number) wrong_type(e);
        const auto [an, ad] = as_fraction(a);
        return number(reduce(an * bd, ad * bn, ctx_, line_, column_));
    }

    const ValueSource& src_;
    const EvalContext& ctx_;
    int line_;
    int column_;
};

}  // namespace

Value typed_value(const DataValue* value, FieldType type, FieldType item_type, domain::Currency currency) {
    Value v;
    if (value == nullptr) return v;
    if (value->is_list()) {
        v.type = ValueType::list;
        v.list = value;
        v.item_type = item_type;
        return v;
    }
    if (!value->is_text()) return v;
    const std::string& t = value->text();
    switch (type) {
        case FieldType::importe:
            if (auto m = domain::parse_money(t, currency).value) {
                v.type = ValueType::amount;
                v.amount = *m;
                return v;
            }
            break;
        case FieldType::entero: {
            std::int64_t n = 0;
            if (const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), n); ec == std::errc() && p == t.data() + t.size()) {
                return number({n, 1});
            }
            break;
        }
        case FieldType::fecha:
            if (domain::parse_iso_date(t).value) {
                v.type = ValueType::date;
                v.text = t;
                return v;
            }
            break;
        default: break;
    }
    if (t.empty()) return v;
    v.type = ValueType::text;
    v.text = t;
    return v;
}

Value evaluate(const Expr& e, const ValueSource& source, const EvalContext& ctx, int line, int column) {
    return Evaluator(source, ctx, line, column).eval(e);
}

bool truthy(const Value& v) {
    switch (v.type) {
        case ValueType::absent: return false;
        case ValueType::boolean: return v.flag;
        case ValueType::number: return v.number.num != 0;
        case ValueType::amount: return v.amount.minor_units() != 0;
        case ValueType::list: return v.list_value() != nullptr && !v.list_value()->list().empty();
        case ValueType::date: return true;
        case ValueType::text: {
            const DataValue d(v.text);
            return is_truthy(&d);
        }
    }
    return false;
}

std::string to_text(const Value& v) {
    switch (v.type) {
        case ValueType::absent:
        case ValueType::list: return "";
        case ValueType::boolean: return v.flag ? "sí" : "no";
        case ValueType::amount: return canonical_amount(v.amount);
        case ValueType::number: {
            if (v.number.den == 1) return std::to_string(v.number.num);
            // Four decimals at most, trailing zeros dropped: 1/3 -> 0.3333, 1/2 -> 0.5.
            const auto scaled = static_cast<std::int64_t>(round_half_away(Wide{v.number.num} * 10'000, v.number.den));
            std::string digits = std::to_string(scaled < 0 ? -scaled : scaled);
            while (digits.size() < 5) digits.insert(digits.begin(), '0');
            std::string out = (scaled < 0 ? "-" : "") + digits.substr(0, digits.size() - 4) + "." + digits.substr(digits.size() - 4);
            while (out.back() == '0') out.pop_back();
            if (out.back() == '.') out.pop_back();
            return out;
        }
        case ValueType::date:
        case ValueType::text: return v.text;
    }
    return "";
}

DataValue to_data(const Value& v) {
    if (v.type == ValueType::list && v.list_value() != nullptr) return *v.list_value();
    return DataValue(to_text(v));
}

}  // namespace pacta::document::detail
