#pragma once
// The filters and derived-value functions the template language knows, shared by the
// parser (to check a template) and the evaluator (to run it).

#include <optional>
#include <string_view>

#include "pacta/document/template.h"

namespace pacta::document::detail {

struct FilterInfo {
    std::string_view name;
    std::size_t arguments;
};

struct FunctionInfo {
    std::string_view name;
    std::size_t arguments;
    FieldType result;
};

[[nodiscard]] const FilterInfo* find_filter(std::string_view name);
[[nodiscard]] const FunctionInfo* find_function(std::string_view name);

}  // namespace pacta::document::detail
