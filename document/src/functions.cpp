#include "functions.h"

#include <algorithm>

#include "pacta/document/data_check.h"
#include "pacta/domain/gender_agreement.h"
#include "pacta/domain/spanish_dates.h"

namespace pacta::document::detail {

namespace {

__extension__ typedef __int128 Wide;

[[noreturn]] void refuse(const char* code, const std::string& name, const EvalContext& ctx, int line, int column) {
    domain::Finding f(code, domain::Severity::error, ctx.tmpl != nullptr ? ctx.tmpl->name : "plantilla");
    f.with("line", std::to_string(line)).with("column", std::to_string(column)).with("name", name);
    throw domain::RuleError(std::move(f));
}

domain::Date date_of(const Value& v) { return *domain::parse_iso_date(v.text).value; }

Value text(std::string t) {
    Value v;
    v.type = t.empty() ? ValueType::absent : ValueType::text;
    v.text = std::move(t);
    return v;
}

Value list(DataValue::List items, FieldType item_type) {
    Value v;
    v.type = ValueType::list;
    v.owned = std::make_shared<const DataValue>(std::move(items));
    v.item_type = item_type;
    return v;
}

const DataValue* text_at(const DataValue* data, const std::string& path) {
    const DataValue* v = data != nullptr && !path.empty() ? data->find(path) : nullptr;
    return v != nullptr && v->is_text() ? v : nullptr;
}

}  // namespace

std::vector<domain::Instalment> schedule_for(domain::Money total, int count, const EvalContext& ctx) {
    const auto& info = ctx.tmpl->info;
    const auto* start = text_at(ctx.data, info.term_start);
    const auto* end = text_at(ctx.data, info.term_end);
    if (start == nullptr || end == nullptr) return {};
    const auto from = domain::parse_iso_date(start->text()).value;
    const auto to = domain::parse_iso_date(end->text()).value;
    if (!from || !to) return {};
    static const domain::BusinessCalendar no_holidays;
    return domain::build_schedule(total, count, *from, *to, info.schedule_rule, info.due_rule,
                                  ctx.calendar != nullptr ? *ctx.calendar : no_holidays);
}

Value call_function(const std::string& name, const std::vector<Value>& a, const EvalContext& ctx, int line, int column) {
    // A value missing from the data leaves the result missing: the template decides what to say.
    if (std::any_of(a.begin(), a.end(), [](const Value& v) { return v.type == ValueType::absent; })) {
        if (name == "cuenta") {
            Value zero;
            zero.type = ValueType::number;
            return zero;
        }
        return {};
    }
    auto need = [&](std::size_t i, ValueType t) {
        if (i >= a.size() || a[i].type != t) refuse("template.function_input", name, ctx, line, column);
    };
    if (name == "edad") {
        need(0, ValueType::date);
        need(1, ValueType::date);
        Value v;
        v.type = ValueType::number;
        v.number = {domain::age_at(date_of(a[0]), date_of(a[1])), 1};
        return v;
    }
    if (name == "vigencia" || name == "vigencia_letra") {
        need(0, ValueType::date);
        need(1, ValueType::date);
        return text(domain::term_in_words(domain::term_between(date_of(a[0]), date_of(a[1])), name == "vigencia_letra"));
    }
    if (name == "concordar") {
        if (a.size() != 2 || a[0].type != ValueType::text || a[1].type != ValueType::text) {
            refuse("template.function_input", name, ctx, line, column);
        }
        return text(domain::agree_phrase(a[0].text, a[1].text == "mujer"));
    }
    if (name == "exhibiciones" || name == "calendario") {
        need(0, ValueType::amount);
        const domain::Money total = a[0].amount;
        int count = 0;
        if (a.size() > 1) {
            need(1, ValueType::number);
            const auto& n = a[1].number;
            count = n.den == 1 && n.num > 0 && n.num <= domain::max_instalments ? static_cast<int>(n.num)
                                                                                  : domain::max_instalments + 1;
            if (n.num < 1) count = 0;
        }
        // Past the limit the refusal names it, whatever the term.
        if (count > domain::max_instalments) (void)total.split_evenly(count);
        auto schedule = schedule_for(total, count, ctx);
        if (schedule.empty() && name == "exhibiciones") {
            // No term in the data: equal parts, the cents left over in the last one.
            DataValue::List parts;
            for (auto part : total.split_evenly(count)) parts.emplace_back(canonical_amount(part));
            return list(std::move(parts), FieldType::importe);
        }
        DataValue::List items;
        for (const auto& i : schedule) {
            if (name == "exhibiciones") {
                items.emplace_back(canonical_amount(i.amount));
                continue;
            }
            DataValue record;
            record.set("numero", std::to_string(i.number));
            record.set("inicio", i.period_start.iso());
            record.set("fin", i.period_end.iso());
            record.set("vence", i.due.iso());
            record.set("importe", canonical_amount(i.amount));
            items.push_back(std::move(record));
        }
        return list(std::move(items), name == "exhibiciones" ? FieldType::importe : FieldType::registros);
    }
    if (name == "min" || name == "max") {
        if (a.size() < 2) refuse("template.function_input", name, ctx, line, column);
        // Amounts and plain numbers mix: a number is that many units of the amount's currency.
        const auto amount = std::find_if(a.begin(), a.end(), [](const Value& v) { return v.type == ValueType::amount; });
        auto as_amount = [&](Value v) {
            if (amount == a.end() || v.type != ValueType::number) return v;
            Value m;
            m.type = ValueType::amount;
            const Wide cents = Wide{v.number.num} * 100;
            const Wide q = cents / v.number.den + ((cents % v.number.den) * 2 >= v.number.den ? 1 : 0);
            m.amount = domain::Money(static_cast<std::int64_t>(q), amount->amount.currency());
            return m;
        };
        Value best = as_amount(a[0]);
        for (std::size_t i = 1; i < a.size(); ++i) {
            const Value v = as_amount(a[i]);
            const bool amounts = v.type == ValueType::amount && best.type == ValueType::amount;
            const bool numbers = v.type == ValueType::number && best.type == ValueType::number;
            const bool dates = v.type == ValueType::date && best.type == ValueType::date;
            if (!amounts && !numbers && !dates) refuse("template.function_input", name, ctx, line, column);
            bool less = false;
            if (amounts) less = v.amount < best.amount;
            if (numbers) less = Wide{v.number.num} * best.number.den < Wide{best.number.num} * v.number.den;
            if (dates) less = v.text < best.text;
            if (less == (name == "min")) best = v;
        }
        return best;
    }
    // The list functions.
    need(0, ValueType::list);
    const auto& items = a[0].list_value()->list();
    if (name == "cuenta") {
        Value v;
        v.type = ValueType::number;
        v.number = {static_cast<std::int64_t>(items.size()), 1};
        return v;
    }
    if (items.empty()) return {};
    if (name == "primero" || name == "ultimo") {
        const DataValue& item = name == "primero" ? items.front() : items.back();
        return typed_value(&item, a[0].item_type, FieldType::texto, ctx.tmpl->info.currency);
    }
    if (name == "iguales") {
        const bool same = std::all_of(items.begin(), items.end(), [&](const DataValue& v) {
            return v.is_text() && items.front().is_text() && v.text() == items.front().text();
        });
        Value v;
        v.type = ValueType::boolean;
        v.flag = same;
        return v;
    }
    refuse("template.unknown_function", name, ctx, line, column);
}

}  // namespace pacta::document::detail
