#include "pacta/document/data.h"

namespace pacta::document {

namespace {

std::pair<std::string_view, std::string_view> split_first(std::string_view path) {
    const auto dot = path.find('.');
    if (dot == std::string_view::npos) return {path, {}};
    return {path.substr(0, dot), path.substr(dot + 1)};
}

}  // namespace

const DataValue* DataValue::find(std::string_view path) const {
    const DataValue* current = this;
    while (!path.empty()) {
        if (!current->is_record()) return nullptr;
        const auto [head, rest] = split_first(path);
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
        if (!current->is_record()) *current = DataValue(Record{});
        const auto [head, rest] = split_first(path);
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
