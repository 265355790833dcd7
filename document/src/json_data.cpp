#include "pacta/document/json_data.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace pacta::document {

namespace {

using nlohmann::json;

std::optional<DataValue> convert(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return std::nullopt;
        case json::value_t::string: return DataValue(j.get<std::string>());
        case json::value_t::boolean: return DataValue(j.get<bool>() ? "sí" : "no");
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return DataValue(j.dump());
        case json::value_t::array: {
            DataValue::List list;
            for (const auto& item : j) {
                if (auto v = convert(item)) list.push_back(std::move(*v));
            }
            return DataValue(std::move(list));
        }
        case json::value_t::object: {
            DataValue::Record record;
            for (const auto& [key, item] : j.items()) {
                if (auto v = convert(item)) record.emplace(key, std::move(*v));
            }
            return DataValue(std::move(record));
        }
        default: return std::nullopt;
    }
}

json to_json(const DataValue& v) {
    if (v.is_text()) return v.text();
    if (v.is_list()) {
        json a = json::array();
        for (const auto& item : v.list()) a.push_back(to_json(item));
        return a;
    }
    json o = json::object();
    for (const auto& [key, item] : v.record()) o[key] = to_json(item);
    return o;
}

}  // namespace

JsonParse parse_json_data(std::string_view text, std::string_view name) {
    JsonParse result;
    try {
        const json j = json::parse(text.begin(), text.end());
        if (!j.is_object()) {
            result.findings.emplace_back("json.not_object", domain::Severity::error, std::string(name));
            return result;
        }
        result.value = convert(j);
    } catch (const json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t at = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const auto before = text.substr(0, at);
        const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
        const auto line_start = before.rfind('\n');
        const std::size_t column = at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
        std::string detail = e.what();
        if (const auto colon = detail.rfind(": "); colon != std::string::npos) detail = detail.substr(colon + 2);
        result.findings.emplace_back("json.syntax", domain::Severity::error, std::string(name));
        result.findings.back()
            .with("line", std::to_string(line))
            .with("column", std::to_string(column))
            .with("detail", detail);
    }
    return result;
}

std::string to_json_text(const DataValue& value) { return to_json(value).dump(2) + "\n"; }

}  // namespace pacta::document
