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

// "fecha_nacimiento" -> "fecha nacimiento".
std::string readable(std::string key) {
    std::replace(key.begin(), key.end(), '_', ' ');
    return key;
}

// A list's position as people count it: "0" -> "1". Only a position: an object's key made of
// digits ("2024") is a name and stays as it is.
std::string position(const std::string& index) {
    const bool small = !index.empty() && index.size() <= 9 &&
                       std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; });
    return small ? std::to_string(std::stoul(index) + 1) : index;
}

std::string value_text(const json& value) {
    if (value.is_string()) return display_date(value.get<std::string>());
    if (value.is_null()) return {};
    if (value.is_boolean()) return value.get<bool>() ? locale::tr("yes") : locale::tr("no");
    return value.dump();
}

void flatten(const json& value, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
    const auto join = [&](const std::string& segment) { return path + (path.empty() ? "" : " › ") + segment; };
    if (value.is_object() && !value.empty()) {
        for (const auto& [key, child] : value.items()) {
            if (key.rfind('/', 0) != 0) {
                flatten(child, join(readable(key)), out);
                continue;
            }
            // A JSON pointer key ("/datos/firmantes/0/nombre") names a path itself; its numbers
            // are list positions.
            std::string pointer_path = path;
            for (std::size_t start = 1; start <= key.size();) {
                const auto slash = std::min(key.find('/', start), key.size());
                if (slash > start) {
                    const auto segment = key.substr(start, slash - start);
                    pointer_path += (pointer_path.empty() ? "" : " › ") + readable(position(segment));
                }
                start = slash + 1;
            }
            flatten(child, pointer_path, out);
        }
    } else if (value.is_array() && !value.empty()) {
        for (std::size_t i = 0; i < value.size(); ++i) flatten(value[i], join(std::to_string(i + 1)), out);
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
