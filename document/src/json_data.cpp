#include "pacta/document/json_data.h"

#include <algorithm>
#include <optional>
#include <utility>
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

// Contract data nests a few levels (a person, their address); past this the file is crafted,
// and reading it would only exhaust the stack.
constexpr std::size_t max_depth = 64;

// Where the nesting first goes deeper than `max_depth` (line and column, 1-based), scanning
// outside strings; nullopt when it never does.
std::optional<std::pair<std::size_t, std::size_t>> too_deep(std::string_view text) {
    std::size_t depth = 0, line = 1, column = 0;
    bool in_string = false, escaped = false;
    for (const char c : text) {
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
        }
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return std::make_pair(line, column);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<domain::Finding> check_json_depth(std::string_view text, std::string_view name) {
    const auto at = too_deep(text);
    if (!at) return std::nullopt;
    domain::Finding f("json.too_deep", domain::Severity::error, std::string(name));
    f.with("line", std::to_string(at->first))
        .with("column", std::to_string(at->second))
        .with("limit", std::to_string(max_depth));
    return f;
}

namespace {

// A finding at byte `at` of `text`, with its line and column.
domain::Finding located(const char* code, std::string_view text, std::size_t at, std::string_view name) {
    const auto before = text.substr(0, std::min(at, text.size()));
    const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    const auto line_start = before.rfind('\n');
    const std::size_t column = before.size() - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    domain::Finding f(code, domain::Severity::error, std::string(name));
    f.with("line", std::to_string(line)).with("column", std::to_string(column));
    return f;
}

}  // namespace

JsonParse parse_json_data(std::string_view text, std::string_view name) {
    JsonParse result;
    if (auto deep = check_json_depth(text, name)) {
        result.findings.push_back(std::move(*deep));
        return result;
    }
    try {
        json j = json::parse(text.begin(), text.end());
        if (!j.is_object()) {
            result.findings.emplace_back("json.not_object", domain::Severity::error, std::string(name));
            return result;
        }
        j.erase(std::string(help_key));
        result.value = convert(j);
    } catch (const json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t at = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size());
        std::string detail = e.what();
        if (const auto colon = detail.rfind(": "); colon != std::string::npos) detail = detail.substr(colon + 2);
        result.findings.push_back(located("json.syntax", text, at, name).with("detail", detail));
    } catch (const json::out_of_range& e) {
        // "number overflow parsing '5e383'": no offset is given, so the number is looked up.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = open == std::string::npos ? open : what.find('\'', open + 1);
        const std::string number = close == std::string::npos ? std::string() : what.substr(open + 1, close - open - 1);
        const auto at = number.empty() ? std::string_view::npos : text.find(number);
        result.findings.push_back(located("json.number_out_of_range", text, at == std::string_view::npos ? 0 : at, name)
                                      .with("value", number));
    } catch (const json::exception& e) {
        result.findings.push_back(located("json.syntax", text, 0, name).with("detail", e.what()));
    }
    return result;
}

std::string to_json_text(const DataValue& value) { return to_json(value).dump(2) + "\n"; }

}  // namespace pacta::document
