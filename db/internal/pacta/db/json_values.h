#pragma once
// A list of values as a JSON array: the one parameter `json_each` turns into a set, so a
// query takes any number of keys, codes or states without building its text from them.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pacta::db {

inline std::string json_array(const std::vector<std::string>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : values) out.push_back(v);
    return out.dump();
}

}  // namespace pacta::db
