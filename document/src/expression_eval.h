#pragma once
// Evaluating template expressions (pacta/document/expression.h) against contract data.

#include <memory>
#include <string>

#include "pacta/document/data.h"
#include "pacta/document/expression.h"
#include "pacta/document/template.h"
#include "pacta/domain/date.h"
#include "pacta/domain/money.h"
#include "pacta/domain/schedule.h"

namespace pacta::document::detail {

enum class ValueType { absent, text, amount, number, date, boolean, list };

struct Value {
    ValueType type = ValueType::absent;
    std::string text;                       // text; a date's ISO form
    domain::Money amount{0, domain::Currency::MXN};
    Decimal number;
    bool flag = false;
    const DataValue* list = nullptr;        // a list in the data
    std::shared_ptr<const DataValue> owned; // a list computed here
    FieldType item_type = FieldType::texto; // what a list holds

    [[nodiscard]] const DataValue* list_value() const { return owned ? owned.get() : list; }
};

// Where an expression finds the values its paths name, typed by their declarations.
class ValueSource {
public:
    virtual ~ValueSource() = default;
    [[nodiscard]] virtual Value lookup(const std::string& path) const = 0;
};

struct EvalContext {
    const Template* tmpl = nullptr;
    const domain::BusinessCalendar* calendar = nullptr;
    const DataValue* data = nullptr;  // the checked data, for the term @vigencia names
};

// A data value read as the declared type says: amounts parsed, counts as numbers.
[[nodiscard]] Value typed_value(const DataValue* value, FieldType type, FieldType item_type, domain::Currency currency);

// Throws domain::RuleError (template.expression_type, template.division_by_zero...) naming
// `where` (the template) and the expression's line and column.
[[nodiscard]] Value evaluate(const Expr& e, const ValueSource& source, const EvalContext& ctx, int line, int column);

[[nodiscard]] bool truthy(const Value& v);
// The canonical text of a value: "68858.30", "2025-03-01", "5", "sí"; empty when absent.
[[nodiscard]] std::string to_text(const Value& v);
// A value as data to store: lists stay lists.
[[nodiscard]] DataValue to_data(const Value& v);

}  // namespace pacta::document::detail
