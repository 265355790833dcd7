#include "catalogue.h"

namespace pacta::document::detail {

namespace {

constexpr FilterInfo filters[] = {
    {"mayusculas", 0},     {"minusculas", 0},     {"oracion", 0},          {"moneda", 0},
    {"importe_letra", 0},  {"importe_letra_oracion", 0}, {"fecha_larga", 0}, {"fecha_larga_dd", 0},
    {"numero_letra", 0},   {"ejemplares_letra", 0}, {"ordinal", 0},        {"genero", 2},
};

constexpr FunctionInfo functions[] = {
    {"edad", 2, FieldType::entero},       {"vigencia", 2, FieldType::texto},
    {"vigencia_letra", 2, FieldType::texto}, {"exhibiciones", 2, FieldType::lista},
    {"iguales", 1, FieldType::texto},     {"primero", 1, FieldType::texto},
    {"ultimo", 1, FieldType::texto},      {"cuenta", 1, FieldType::entero},
    {"concordar", 2, FieldType::texto},
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

}  // namespace pacta::document::detail
