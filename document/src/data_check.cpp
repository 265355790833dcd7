#include "pacta/document/data_check.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "expression_eval.h"
#include "template_syntax.h"
#include "pacta/domain/clean_text.h"
#include "pacta/domain/identity.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/domain/utf8.h"

namespace pacta::document {

namespace {

using domain::Finding;
using domain::Findings;
using domain::Severity;

std::string shown(const FieldSpec& spec, const std::string& path) { return spec.label + " (" + path + ")"; }

// Findings from the domain name their own field ("curp", "importe"); here they concern a
// data path, so they carry its label for the message.
void adopt(Findings& out, Findings found, const FieldSpec& spec, const std::string& path) {
    for (auto& f : found) {
        f.field = path;
        f.with("field_label", shown(spec, path));
        out.push_back(std::move(f));
    }
}

bool blank(const DataValue* v) {
    if (v == nullptr) return true;
    if (v->is_text()) {
        const auto& t = v->text();
        return std::all_of(t.begin(), t.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
    }
    if (v->is_list()) return v->list().empty();
    return false;
}


// Derived values and conditions read the checked data, typed as the template declares it.
class CheckedData : public detail::ValueSource {
public:
    CheckedData(const Template& t, const DataValue& d) : tmpl_(t), data_(d) {}
    detail::Value lookup(const std::string& path) const override {
        FieldType type = FieldType::texto;
        FieldType item = FieldType::texto;
        if (const auto* f = tmpl_.field(path)) type = f->type;
        if (const auto* d = tmpl_.derived_value(path)) {
            type = d->type;
            item = d->item_type;
        }
        return detail::typed_value(data_.find(path), type, item, tmpl_.info.currency);
    }

private:
    const Template& tmpl_;
    const DataValue& data_;
};

std::vector<std::string> declared_names(const Template& tmpl) {
    std::vector<std::string> names;
    for (const auto& f : tmpl.fields) {
        names.push_back(f.path);
        // Each step of a nested path is a key of the data too ("prestador" in prestador.curp).
        for (auto dot = f.path.find('.'); dot != std::string::npos; dot = f.path.find('.', dot + 1)) {
            names.push_back(f.path.substr(0, dot));
        }
    }
    return names;
}

class Checker {
public:
    Checker(const Template& t, const DataValue& data, const domain::BusinessCalendar* calendar)
        : tmpl_(t), data_(data), calendar_(calendar) {}

    DataCheck run() {
        for (const auto& spec : tmpl_.fields) {
            if (is_record_field(spec.path)) continue;
            check_field(spec, spec.path, data_.find(spec.path), result_.data);
        }
        refuse_unknown(data_, "");
        if (!domain::has_errors(result_.findings)) required_if();
        if (!domain::has_errors(result_.findings)) derive();
        return std::move(result_);
    }

private:
    bool is_record_field(const std::string& path) const {
        for (const auto& f : tmpl_.fields) {
            if (f.type == FieldType::registros && path.rfind(f.path + ".", 0) == 0) return true;
        }
        return false;
    }

    Finding& add(const char* code, const FieldSpec& spec, const std::string& path) {
        result_.findings.emplace_back(code, Severity::error, path);
        result_.findings.back().with("field_label", shown(spec, path));
        return result_.findings.back();
    }

    // Checks one value and stores its normalised form at `path` in `out` (the result root
    // for top-level fields, a record for the fields of a list of records).
    void check_field(const FieldSpec& spec, const std::string& path, const DataValue* value, DataValue& out,
                     const std::string& store_as = "") {
        const std::string key = store_as.empty() ? path : store_as;
        if (blank(value)) {
            if (spec.required) add("data.missing", spec, path);
            return;
        }
        const bool wants_list = spec.type == FieldType::lista || spec.type == FieldType::registros;
        if (wants_list != value->is_list() || (!wants_list && !value->is_text())) {
            add("data.wrong_shape", spec, path).with("expected", std::string(field_type_name(spec.type)));
            return;
        }
        const std::string text = wants_list ? "" : value->text();
        // A control or private-use character could break the page or end a redaction early.
        if (const auto bad = domain::find_disallowed_character(text, spec.type == FieldType::texto)) {
            result_.findings.push_back(domain::disallowed_character_finding(path, *bad));
            result_.findings.back().with("field_label", shown(spec, path));
            return;
        }
        switch (spec.type) {
            case FieldType::texto: out.set(key, text); break;
            case FieldType::fecha: {
                auto parsed = domain::parse_iso_date(text, path);
                adopt(result_.findings, parsed.findings, spec, path);
                if (parsed.value) out.set(key, parsed.value->iso());
                break;
            }
            case FieldType::importe: {
                auto parsed = domain::parse_money(text, tmpl_.info.currency, path);
                adopt(result_.findings, parsed.findings, spec, path);
                if (parsed.value) out.set(key, canonical_amount(*parsed.value));
                break;
            }
            case FieldType::entero: {
                const bool digits = !text.empty() && text.size() <= 9 &&
                                    std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!digits) {
                    add("data.not_integer", spec, path).with("value", text);
                } else {
                    out.set(key, std::to_string(std::stol(text)));
                }
                break;
            }
            case FieldType::sexo: {
                auto sex = normalise_sex(text, tmpl_.info.country);
                if (!sex) {
                    add("data.bad_sex", spec, path)
                        .with("value", text)
                        .with("accepted", tmpl_.info.country == "PE" ? "M, F, masculino, femenino"
                                                                     : "H, M, hombre, mujer");
                } else {
                    out.set(key, *sex);
                }
                break;
            }
            case FieldType::curp:
            case FieldType::rfc:
            case FieldType::dni:
            case FieldType::ruc:
            case FieldType::clabe: {
                const auto kind = *domain::identity_kind_from_name(field_type_name(spec.type));
                auto check = domain::validate_identity(kind, text);
                adopt(result_.findings, check.findings, spec, path);
                out.set(key, check.normalized);
                break;
            }
            case FieldType::lista: {
                DataValue::List items;
                for (std::size_t i = 0; i < value->list().size(); ++i) {
                    const auto& item = value->list()[i];
                    const std::string item_path = path + "[" + std::to_string(i + 1) + "]";
                    if (!item.is_text() || blank(&item)) {
                        add("data.bad_item", spec, item_path);
                    } else if (const auto bad = domain::find_disallowed_character(item.text())) {
                        result_.findings.push_back(domain::disallowed_character_finding(item_path, *bad));
                    } else {
                        items.emplace_back(item.text());
                    }
                }
                out.set(key, DataValue(std::move(items)));
                break;
            }
            case FieldType::registros: {
                DataValue::List records;
                for (std::size_t i = 0; i < value->list().size(); ++i) {
                    const auto& item = value->list()[i];
                    const std::string item_path = path + "[" + std::to_string(i + 1) + "]";
                    if (!item.is_record()) {
                        add("data.bad_item", spec, item_path);
                        continue;
                    }
                    DataValue record;
                    std::vector<std::string> names;
                    for (const auto& sub : tmpl_.fields) {
                        if (sub.path.rfind(spec.path + ".", 0) != 0) continue;
                        const std::string name = sub.path.substr(spec.path.size() + 1);
                        names.push_back(name);
                        check_field(sub, item_path + "." + name, item.find(name), record, name);
                    }
                    // A misspelt key in a record ("cargp") would leave its field empty.
                    for (const auto& [item_key, _] : item.record()) {
                        if (std::find(names.begin(), names.end(), item_key) != names.end()) continue;
                        // leyenda and rol belong to every list of signatories ({% firmas %}).
                        if (item_key == "leyenda" || item_key == "rol") {
                            record.set(item_key, item.find(item_key) != nullptr && item.find(item_key)->is_text() ? item.find(item_key)->text() : "");
                            continue;
                        }
                        const std::string where = item_path + "." + item_key;
                        auto& f = result_.findings.emplace_back("data.unknown_field", Severity::error, where);
                        f.with("field_label", where);
                        if (const auto near = detail::nearest_name(item_key, names); !near.empty()) f.with("suggestion", item_path + "." + near);
                    }
                    records.push_back(std::move(record));
                }
                out.set(key, DataValue(std::move(records)));
                break;
            }
        }
    }

    // Keys in the data that no declaration mentions are typos: a clause would silently go
    // missing ("suspencion" for "suspension"), so they stop generation with the nearest name.
    void refuse_unknown(const DataValue& value, const std::string& prefix) {
        if (!value.is_record()) return;
        for (const auto& [name, child] : value.record()) {
            const std::string path = prefix.empty() ? name : prefix + "." + name;
            if (prefix.empty() && name == "_ayuda") continue;  // the hints of `plantilla esqueleto`
            const auto* spec = tmpl_.field(path);
            if (spec != nullptr) continue;
            const bool parent = std::any_of(tmpl_.fields.begin(), tmpl_.fields.end(), [&](const FieldSpec& f) {
                return f.path.rfind(path + ".", 0) == 0;
            });
            if (parent) {
                refuse_unknown(child, path);
            } else if (tmpl_.derived_value(path) != nullptr) {
                result_.findings.emplace_back("data.derived_given", Severity::warning, path);
            } else {
                auto& f = result_.findings.emplace_back("data.unknown_field", Severity::error, path);
                f.with("field_label", path);  // the key as written, not a label it may resemble
                if (const auto near = detail::nearest_name(path, declared_names(tmpl_)); !near.empty()) {
                    f.with("suggestion", near);
                }
            }
        }
    }

    // @campo ... requerido_si CONDICIÓN
    void required_if() {
        const CheckedData source(tmpl_, result_.data);
        for (const auto& spec : tmpl_.fields) {
            if (!spec.required_if || result_.data.find(spec.path) != nullptr) continue;
            detail::EvalContext ctx{&tmpl_, calendar_, &result_.data};
            try {
                if (detail::truthy(detail::evaluate(*spec.required_if, source, ctx, spec.line, 1))) {
                    add("data.missing_when", spec, spec.path).with("condition", spec.required_if_text);
                }
            } catch (const domain::RuleError& e) {
                result_.findings.push_back(e.finding());
            }
        }
    }

    void derive() {
        for (const auto& d : tmpl_.derived) {
            const CheckedData source(tmpl_, result_.data);
            detail::EvalContext ctx{&tmpl_, calendar_, &result_.data};
            try {
                const auto value = detail::evaluate(d.expr, source, ctx, d.line, 1);
                if (value.type != detail::ValueType::absent) result_.data.set(d.path, detail::to_data(value));
            } catch (const domain::RuleError& e) {
                Finding f = e.finding();
                f.field = d.path;
                f.with("field_label", d.label + " (" + d.path + ")");
                result_.findings.push_back(std::move(f));
            }
        }
    }

    const Template& tmpl_;
    const DataValue& data_;
    const domain::BusinessCalendar* calendar_;
    DataCheck result_;
};

}  // namespace

std::string canonical_amount(domain::Money amount) {
    std::string digits = domain::format_amount_digits(amount);
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return digits;
}

DataCheck check_data(const Template& tmpl, const DataValue& data, const domain::BusinessCalendar* calendar) {
    return Checker(tmpl, data, calendar).run();
}

std::optional<std::string> normalise_sex(const std::string& raw, const std::string& country) {
    const std::string v = domain::to_lower_es(raw);
    if (v == "hombre" || v == "masculino") return "hombre";
    if (v == "mujer" || v == "femenino") return "mujer";
    // Letters depend on the country: CURP uses H/M, Peruvian forms M/F.
    if (country == "PE") {
        if (v == "m") return "hombre";
        if (v == "f") return "mujer";
    } else {
        if (v == "h") return "hombre";
        if (v == "m") return "mujer";
    }
    return std::nullopt;
}

}  // namespace pacta::document
