#include "pacta/document/data.h"

#include <optional>

namespace pacta::document {

namespace {

// "2" -> 1: a 1-based position in a list, as people count.
std::optional<std::size_t> list_index(std::string_view segment) {
    if (segment.empty() || segment.size() > 6) return std::nullopt;
    std::size_t n = 0;
    for (char c : segment) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    if (n == 0) return std::nullopt;
    return n - 1;
}

std::pair<std::string_view, std::string_view> split_first(std::string_view path) {
    const auto dot = path.find('.');
    if (dot == std::string_view::npos) return {path, {}};
    return {path.substr(0, dot), path.substr(dot + 1)};
}

}  // namespace

const DataValue* DataValue::find(std::string_view path) const {
    const DataValue* current = this;
    while (!path.empty()) {
        const auto [head, rest] = split_first(path);
        if (current->is_list()) {
            const auto index = list_index(head);
            if (!index || *index >= current->list().size()) return nullptr;
            current = &current->list()[*index];
            path = rest;
            continue;
        }
        if (!current->is_record()) return nullptr;
        const auto& rec = current->record();
        const auto it = rec.find(head);
        if (it == rec.end()) return nullptr;
        current = &it->second;
        path = rest;
    }
    return current;
}

void DataValue::set(std::string_view path, DataValue value) {
    DataValue* current = this;
    while (true) {
        const auto [head, rest] = split_first(path);
        if (current->is_list() && list_index(head)) {
            // "firmantes.2.nombre": the second record of a list, created if missing.
            auto& items = current->list();
            const auto index = *list_index(head);
            if (index >= items.size()) items.resize(index + 1);
            current = &items[index];
            if (rest.empty()) {
                *current = std::move(value);
                return;
            }
            path = rest;
            continue;
        }
        if (!current->is_record()) *current = DataValue(Record{});
        auto& slot = current->record()[std::string(head)];
        if (rest.empty()) {
            slot = std::move(value);
            return;
        }
        current = &slot;
        path = rest;
    }
}

bool is_truthy(const DataValue* value) {
    if (value == nullptr) return false;
    if (value->is_list()) return !value->list().empty();
    if (value->is_record()) return !value->record().empty();
    const std::string& t = value->text();
    return !t.empty() && t != "no" && t != "false" && t != "0";
}

}  // namespace pacta::document
