#include "catalogue.h"

namespace pacta::document::detail {

namespace {

using In = FilterInput;

constexpr FilterInfo filters[] = {
    {"mayusculas", 0, 0, In::scalar},        {"minusculas", 0, 0, In::scalar},
    {"oracion", 0, 0, In::scalar},           {"nombre_propio", 0, 0, In::text},
    {"moneda", 0, 0, In::amount},            {"importe_letra", 0, 0, In::amount},
    {"importe_letra_oracion", 0, 0, In::amount},
    {"fecha_larga", 0, 0, In::date},         {"fecha_larga_dd", 0, 0, In::date},
    {"fecha", 0, 0, In::date},
    {"numero_letra", 0, 0, In::number},      {"ejemplares_letra", 0, 0, In::number},
    {"ordinal", 0, 0, In::number},           {"ordinal_femenino", 0, 0, In::number},
    {"ordinal_masculino", 0, 0, In::number}, {"ordinal_apocopado", 0, 0, In::number},
    {"numero_signo", 0, 0, In::number},      {"letra_cifra", 0, 3, In::number_or_text},
    {"genero", 2, 2, In::sex},              {"cita", 0, 0, In::text},
};

constexpr FunctionInfo functions[] = {
    {"edad", 2, 2},         {"vigencia", 2, 2},    {"vigencia_letra", 2, 2}, {"exhibiciones", 1, 2},
    {"calendario", 1, 2},   {"iguales", 1, 1},     {"primero", 1, 1},        {"ultimo", 1, 1},
    {"cuenta", 1, 1},       {"concordar", 2, 2},   {"min", 2, 8},            {"max", 2, 8},
};

}  // namespace

const FilterInfo* find_filter(std::string_view name) {
    for (const auto& f : filters) {
        if (f.name == name) return &f;
    }
    return nullptr;
}

const FunctionInfo* find_function(std::string_view name) {
    for (const auto& f : functions) {
        if (f.name == name) return &f;
    }
    return nullptr;
}

std::vector<std::string> filter_names() {
    std::vector<std::string> out;
    for (const auto& f : filters) out.emplace_back(f.name);
    return out;
}

std::vector<std::string> function_names() {
    std::vector<std::string> out;
    for (const auto& f : functions) out.emplace_back(f.name);
    return out;
}

}  // namespace pacta::document::detail
