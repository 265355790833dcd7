#include "pacta/document/data_check.h"

#include <algorithm>
#include <charconv>
#include <set>

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

bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// "mexicano" -> "mexicana", "soltero" -> "soltera", "inglés" -> "inglesa", "español" ->
// "española" when `sex` is "mujer"; invariable words ("estadounidense", "belga") stay.
std::string agree_in_gender(const std::string& masculine, const std::string& sex) {
    if (sex != "mujer") return masculine;
    std::string w = masculine;
    if (ends_with(w, "o")) {
        w.back() = 'a';
    } else if (ends_with(w, "és")) {
        w.replace(w.size() - 3, 3, "esa");
    } else if (ends_with(w, "án")) {
        w.replace(w.size() - 3, 3, "ana");
    } else if (ends_with(w, "ón")) {
        w.replace(w.size() - 3, 3, "ona");
    } else if (ends_with(w, "ol") || ends_with(w, "or")) {
        w += "a";
    }
    return w;
}

class Checker {
public:
    Checker(const Template& t, const DataValue& data) : tmpl_(t), data_(data) {}

    DataCheck run() {
        for (const auto& spec : tmpl_.fields) {
            if (is_record_field(spec.path)) continue;
            check_field(spec, spec.path, data_.find(spec.path), result_.data);
        }
        warn_unknown(data_, "");
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
                    for (const auto& sub : tmpl_.fields) {
                        if (sub.path.rfind(spec.path + ".", 0) != 0) continue;
                        const std::string name = sub.path.substr(spec.path.size() + 1);
                        check_field(sub, item_path + "." + name, item.find(name), record, name);
                    }
                    records.push_back(std::move(record));
                }
                out.set(key, DataValue(std::move(records)));
                break;
            }
        }
    }

    // Keys in the data that no declaration mentions are probably typos: say so.
    void warn_unknown(const DataValue& value, const std::string& prefix) {
        if (!value.is_record()) return;
        for (const auto& [name, child] : value.record()) {
            const std::string path = prefix.empty() ? name : prefix + "." + name;
            const auto* spec = tmpl_.field(path);
            if (spec != nullptr) continue;
            const bool parent = std::any_of(tmpl_.fields.begin(), tmpl_.fields.end(), [&](const FieldSpec& f) {
                return f.path.rfind(path + ".", 0) == 0;
            });
            if (parent) {
                warn_unknown(child, path);
            } else if (tmpl_.derived_value(path) != nullptr) {
                result_.findings.emplace_back("data.derived_given", Severity::warning, path);
            } else {
                result_.findings.emplace_back("data.unknown_field", Severity::warning, path);
            }
        }
    }

    void derive() {
        for (const auto& d : tmpl_.derived) {
            std::vector<const DataValue*> args;
            for (const auto& a : d.args) args.push_back(result_.data.find(a));
            if (std::any_of(args.begin(), args.end(), [](const DataValue* v) { return v == nullptr; })) continue;
            try {
                if (auto value = compute(d, args)) result_.data.set(d.path, std::move(*value));
            } catch (const domain::RuleError& e) {
                Finding f = e.finding();
                f.field = d.path;
                f.with("field_label", d.label + " (" + d.path + ")");
                result_.findings.push_back(std::move(f));
            }
        }
    }

    std::optional<DataValue> compute(const DerivedSpec& d, const std::vector<const DataValue*>& a) const {
        auto date = [](const DataValue* v) { return *domain::parse_iso_date(v->text()).value; };
        if (d.function == "edad") return DataValue(std::to_string(domain::age_at(date(a[0]), date(a[1]))));
        if (d.function == "vigencia" || d.function == "vigencia_letra") {
            const auto term = domain::term_between(date(a[0]), date(a[1]));
            return DataValue(domain::term_in_words(term, d.function == "vigencia_letra"));
        }
        if (d.function == "concordar") return DataValue(agree_in_gender(a[0]->text(), a[1]->text()));
        if (d.function == "exhibiciones") {
            const auto total = *domain::parse_money(a[0]->text(), tmpl_.info.currency).value;
            DataValue::List parts;
            // @calendario mensual: the amounts follow the days of the term in each month, exactly
            // as the stored schedule will (the count is then the months the term touches).
            const auto* start = result_.data.find("vigencia.inicio");
            const auto* end = result_.data.find("vigencia.fin");
            if (tmpl_.info.schedule_rule == domain::ScheduleRule::monthly && start != nullptr && end != nullptr &&
                start->is_text() && end->is_text()) {
                const auto from = domain::parse_iso_date(start->text()).value;
                const auto to = domain::parse_iso_date(end->text()).value;
                if (from && to) {
                    for (const auto& i : domain::build_schedule(total, 1, *from, *to, domain::ScheduleRule::monthly, {}, {})) {
                        parts.emplace_back(canonical_amount(i.amount));
                    }
                    return DataValue(std::move(parts));
                }
            }
            // A count too large for an int is refused as too many, not as a crash.
            int count = domain::max_instalments + 1;
            const auto& text = a[1]->text();
            if (const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
                ec != std::errc() || p != text.data() + text.size()) {
                count = ec == std::errc::result_out_of_range ? domain::max_instalments + 1 : 0;
            }
            for (auto part : total.split_evenly(count)) parts.emplace_back(canonical_amount(part));
            return DataValue(std::move(parts));
        }
        if (!a[0]->is_list()) return std::nullopt;
        const auto& list = a[0]->list();
        if (d.function == "cuenta") return DataValue(std::to_string(list.size()));
        if (list.empty()) return std::nullopt;
        if (d.function == "primero") return list.front();
        if (d.function == "ultimo") return list.back();
        if (d.function == "iguales") {
            const bool same = std::all_of(list.begin(), list.end(), [&](const DataValue& v) {
                return v.is_text() && list.front().is_text() && v.text() == list.front().text();
            });
            return DataValue(same ? "sí" : "no");
        }
        return std::nullopt;
    }

    const Template& tmpl_;
    const DataValue& data_;
    DataCheck result_;
};

}  // namespace

std::string canonical_amount(domain::Money amount) {
    std::string digits = domain::format_amount_digits(amount);
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return digits;
}

DataCheck check_data(const Template& tmpl, const DataValue& data) { return Checker(tmpl, data).run(); }

}  // namespace pacta::document
