#pragma once
// The data a contract is generated from: a tree of text values, lists and records, read
// from JSON (json_data.h) or, later, from the database. Values are text in canonical form
// after validation ("68858.30", "2024-02-01", "mujer").

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pacta::document {

class DataValue {
public:
    using List = std::vector<DataValue>;
    using Record = std::map<std::string, DataValue, std::less<>>;

    DataValue() : value_(Record{}) {}
    DataValue(std::string text) : value_(std::move(text)) {}  // NOLINT: values read naturally
    DataValue(const char* text) : value_(std::string(text)) {}  // NOLINT
    DataValue(List list) : value_(std::move(list)) {}           // NOLINT
    DataValue(Record record) : value_(std::move(record)) {}     // NOLINT

    [[nodiscard]] bool is_text() const { return std::holds_alternative<std::string>(value_); }
    [[nodiscard]] bool is_list() const { return std::holds_alternative<List>(value_); }
    [[nodiscard]] bool is_record() const { return std::holds_alternative<Record>(value_); }

    [[nodiscard]] const std::string& text() const { return std::get<std::string>(value_); }
    [[nodiscard]] const List& list() const { return std::get<List>(value_); }
    [[nodiscard]] const Record& record() const { return std::get<Record>(value_); }
    [[nodiscard]] List& list() { return std::get<List>(value_); }
    [[nodiscard]] Record& record() { return std::get<Record>(value_); }

    // Follows a dotted path ("prestador.curp") through records, and through lists by 1-based
    // position ("firmantes.2.nombre"); nullptr when absent.
    [[nodiscard]] const DataValue* find(std::string_view path) const;
    // Sets a value at a dotted path, creating the records on the way.
    void set(std::string_view path, DataValue value);

private:
    std::variant<std::string, List, Record> value_;
};

// True for a value a condition treats as "yes": present, not empty, not "no"/"false"/"0".
[[nodiscard]] bool is_truthy(const DataValue* value);

}  // namespace pacta::document
