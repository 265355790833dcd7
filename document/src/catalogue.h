#pragma once
// The filters and functions the template language knows, with the kind of value each takes,
// shared by the checker (template_types.cpp) and the evaluator.

#include <optional>
#include <string_view>

#include "pacta/document/template.h"

namespace pacta::document::detail {

// What a filter can be given.
enum class FilterInput {
    scalar,
    text,
    amount,
    number,          // a whole number
    date,
    number_or_text,  // letra_cifra: a whole number with its nouns, or a term ("5 meses")
    sex,             // genero: a field of type sexo
};

struct FilterInfo {
    std::string_view name;
    std::size_t min_arguments;
    std::size_t max_arguments;
    FilterInput input;
};

struct FunctionInfo {
    std::string_view name;
    std::size_t min_arguments;
    std::size_t max_arguments;
};

[[nodiscard]] const FilterInfo* find_filter(std::string_view name);
[[nodiscard]] const FunctionInfo* find_function(std::string_view name);
// Every filter and function name, for suggesting the nearest to a misspelt one.
[[nodiscard]] std::vector<std::string> filter_names();
[[nodiscard]] std::vector<std::string> function_names();

}  // namespace pacta::document::detail
