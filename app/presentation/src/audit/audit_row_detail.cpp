#include "pacta/presentation/audit/audit_row_detail.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {
namespace {

// Insertion order: the fields as the row wrote them.
using json = nlohmann::ordered_json;

// "fecha_nacimiento" -> "fecha nacimiento"; a list's position counts from 1.
std::string readable(const std::string& key) {
    std::string out = key;
    std::replace(out.begin(), out.end(), '_', ' ');
    if (!out.empty() && std::all_of(out.begin(), out.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        out = std::to_string(std::stoul(out) + 1);
    }
    return out;
}

std::string value_text(const json& value) {
    if (value.is_string()) return display_date(value.get<std::string>());
    if (value.is_null()) return {};
    if (value.is_boolean()) return value.get<bool>() ? locale::tr("yes") : locale::tr("no");
    return value.dump();
}

void flatten(const json& value, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
    const auto join = [&](const std::string& key) {
        std::string child = path;
        std::size_t start = key.rfind('/', 0) == 0 ? 1 : 0;  // a JSON pointer key names a path itself
        while (start <= key.size()) {
            const auto slash = std::min(key.find('/', start), key.size());
            if (slash > start) child += (child.empty() ? "" : " › ") + readable(key.substr(start, slash - start));
            start = slash + 1;
        }
        return child;
    };
    if (value.is_object() && !value.empty()) {
        for (const auto& [key, child] : value.items()) flatten(child, join(key), out);
    } else if (value.is_array() && !value.empty()) {
        for (std::size_t i = 0; i < value.size(); ++i) flatten(value[i], join(std::to_string(i)), out);
    } else {
        out.emplace_back(path, value_text(value));
    }
}

std::vector<std::pair<std::string, std::string>> fields_of(const std::optional<std::string>& text) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!text) return out;
    const auto parsed = json::parse(*text, nullptr, false);
    if (parsed.is_discarded()) {
        out.emplace_back(std::string(), *text);
        return out;
    }
    flatten(parsed, std::string(), out);
    return out;
}

}  // namespace

std::vector<AuditFieldChange> audit_changes(const std::optional<std::string>& before_json,
                                            const std::optional<std::string>& after_json) {
    const auto before = fields_of(before_json);
    const auto after = fields_of(after_json);
    std::vector<AuditFieldChange> out;
    std::map<std::string, std::size_t> line_of;
    const auto line = [&](const std::string& field) -> AuditFieldChange& {
        const auto [it, added] = line_of.emplace(field, out.size());
        if (added) {
            std::string label = field;
            if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
            out.push_back({label.empty() ? locale::tr("Value") : label, {}, {}});
        }
        return out[it->second];
    };
    for (const auto& [field, value] : after) line(field).after = value;
    for (const auto& [field, value] : before) line(field).before = value;
    return out;
}

}  // namespace pacta::presentation
