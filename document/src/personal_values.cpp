#include "pacta/document/personal_values.h"

#include <cstdio>
#include <span>

#include "pacta/document/leak_check.h"
#include "pacta/domain/date.h"
#include "pacta/domain/spanish_dates.h"

namespace pacta::document {

namespace {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= path.size();) {
        const auto dot = std::min(path.find('.', start), path.size());
        out.emplace_back(path.substr(start, dot - start));
        start = dot + 1;
    }
    return out;
}

// The texts at a field's path, through every item of the lists on the way.
void collect(const DataValue& value, std::span<const std::string> path, std::vector<std::string>& out) {
    if (value.is_list()) {
        for (const auto& item : value.list()) collect(item, path, out);
        return;
    }
    if (path.empty()) {
        if (value.is_text() && !value.text().empty()) out.push_back(value.text());
        return;
    }
    if (!value.is_record()) return;
    const auto it = value.record().find(path.front());
    if (it != value.record().end()) collect(it->second, path.subspan(1), out);
}

std::vector<std::string> values_at(const DataValue& data, const std::string& path) {
    std::vector<std::string> out;
    const auto parts = split_path(path);
    collect(data, parts, out);
    return out;
}

// "2024-01-29" in the forms a contract prints it.
std::vector<std::string> date_forms(const std::string& iso) {
    const auto parsed = domain::parse_iso_date(iso);
    if (!parsed.value) return {iso};
    const auto& d = *parsed.value;
    char numeric[16];
    std::snprintf(numeric, sizeof numeric, "%02u/%02u/%04d", d.day(), d.month(), d.year());
    char short_day[16];
    std::snprintf(short_day, sizeof short_day, "%u/%u/%04d", d.day(), d.month(), d.year());
    return {iso, numeric, short_day, domain::long_date(d), domain::long_date(d, {false, true})};
}

bool looks_identifying(const std::string& text) {
    if (text.find_first_of("0123456789@") != std::string::npos) return true;
    return folded_tokens(text).size() >= 3;
}

bool is_identifying_type(FieldType type) {
    switch (type) {
        case FieldType::curp:
        case FieldType::rfc:
        case FieldType::dni:
        case FieldType::ruc:
        case FieldType::clabe:
        case FieldType::fecha: return true;
        default: return false;
    }
}

}  // namespace

std::vector<PersonalValue> personal_values(const Template& tmpl, const DataValue& data) {
    std::vector<PersonalValue> out;
    for (const auto& spec : tmpl.fields) {
        if (!spec.personal) continue;
        for (const auto& value : values_at(data, spec.path)) {
            PersonalValue pv;
            pv.label = spec.label;
            pv.field = spec.path;
            if (spec.type == FieldType::fecha) {
                pv.forms = date_forms(value);
            } else {
                pv.forms = {value};
            }
            const bool text = spec.type == FieldType::texto || spec.type == FieldType::lista;
            pv.identifying = is_identifying_type(spec.type) || (text && looks_identifying(value));
            out.push_back(std::move(pv));
        }
    }
    for (const auto& spec : tmpl.derived) {
        if (!spec.personal) continue;
        for (const auto& value : values_at(data, spec.path)) out.push_back({spec.label, spec.path, false, {value}});
    }
    return out;
}

domain::Findings personal_values_elsewhere(const Template& tmpl, const DataValue& data,
                                           const std::vector<PersonalValue>& personal) {
    domain::Findings findings;
    for (const auto& spec : tmpl.fields) {
        if (spec.personal || (spec.type != FieldType::texto && spec.type != FieldType::lista)) continue;
        for (const auto& value : values_at(data, spec.path)) {
            const auto tokens = folded_tokens(value);
            for (const auto& pv : personal) {
                if (!pv.identifying) continue;
                bool found = false;
                for (const auto& form : pv.forms) {
                    const auto needle = folded_tokens(form);
                    found = found || (worth_looking_for(needle) && contains_tokens(tokens, needle));
                }
                if (!found) continue;
                findings.emplace_back("data.personal_elsewhere", domain::Severity::error, spec.path);
                findings.back().with("field_label", spec.label).with("personal_label", pv.label);
                break;
            }
        }
    }
    return findings;
}

}  // namespace pacta::document
