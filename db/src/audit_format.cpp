#include "pacta/db/audit_format.h"

#include <nlohmann/json.hpp>

namespace pacta::db {

std::pair<std::string, std::string> changed_fields(const std::string& before_json, const std::string& after_json) {
    const auto flat_before = nlohmann::json::parse(before_json, nullptr, false).flatten();
    const auto flat_after = nlohmann::json::parse(after_json, nullptr, false).flatten();
    nlohmann::json before = nlohmann::json::object();
    nlohmann::json after = nlohmann::json::object();
    for (const auto& [pointer, value] : flat_before.items()) {
        const auto other = flat_after.find(pointer);
        if (other == flat_after.end() || *other != value) before[pointer] = value;
    }
    for (const auto& [pointer, value] : flat_after.items()) {
        const auto other = flat_before.find(pointer);
        if (other == flat_before.end() || *other != value) after[pointer] = value;
    }
    return {before.dump(), after.dump()};
}

}  // namespace pacta::db
