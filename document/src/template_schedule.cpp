#include "pacta/document/template_schedule.h"

#include "functions.h"

namespace pacta::document {

namespace {

class DataSource : public detail::ValueSource {
public:
    DataSource(const Template& t, const DataValue& d) : tmpl_(t), data_(d) {}
    detail::Value lookup(const std::string& path) const override {
        FieldType type = FieldType::texto;
        if (const auto* f = tmpl_.field(path)) type = f->type;
        if (const auto* d = tmpl_.derived_value(path)) type = d->type;
        return detail::typed_value(data_.find(path), type, FieldType::texto, tmpl_.info.currency);
    }

private:
    const Template& tmpl_;
    const DataValue& data_;
};

}  // namespace

std::vector<domain::Instalment> template_schedule(const Template& tmpl, const DataValue& checked,
                                                  const domain::BusinessCalendar& calendar) {
    const DataSource source(tmpl, checked);
    const detail::EvalContext ctx{&tmpl, &calendar, &checked};
    for (const auto& d : tmpl.derived) {
        const Expr& e = d.expr;
        if (e.kind != Expr::Kind::call || (e.name != "exhibiciones" && e.name != "calendario") || e.args.empty()) continue;
        const auto total = detail::evaluate(e.args[0], source, ctx, d.line, 1);
        if (total.type != detail::ValueType::amount) return {};
        int count = 0;
        if (e.args.size() > 1) {
            const auto n = detail::evaluate(e.args[1], source, ctx, d.line, 1);
            if (n.type != detail::ValueType::number || n.number.den != 1) {
                if (tmpl.info.schedule_rule != domain::ScheduleRule::monthly) return {};
            } else {
                count = n.number.num > domain::max_instalments ? domain::max_instalments + 1 : static_cast<int>(n.number.num);
            }
        }
        return detail::schedule_for(total.amount, count, ctx);
    }
    return {};
}

}  // namespace pacta::document
