// The template model's lookups and the names of its field types.
#include "pacta/document/template.h"

namespace pacta::document {

std::string_view field_type_name(FieldType type) {
    switch (type) {
        case FieldType::texto: return "texto";
        case FieldType::fecha: return "fecha";
        case FieldType::importe: return "importe";
        case FieldType::entero: return "entero";
        case FieldType::sexo: return "sexo";
        case FieldType::curp: return "curp";
        case FieldType::rfc: return "rfc";
        case FieldType::dni: return "dni";
        case FieldType::ruc: return "ruc";
        case FieldType::clabe: return "clabe";
        case FieldType::lista: return "lista";
        case FieldType::registros: return "registros";
    }
    return "texto";
}

std::optional<FieldType> field_type_from_name(std::string_view name) {
    for (auto t : {FieldType::texto, FieldType::fecha, FieldType::importe, FieldType::entero, FieldType::sexo,
                   FieldType::curp, FieldType::rfc, FieldType::dni, FieldType::ruc, FieldType::clabe,
                   FieldType::lista, FieldType::registros}) {
        if (field_type_name(t) == name) return t;
    }
    return std::nullopt;
}

const FieldSpec* Template::field(std::string_view path) const {
    for (const auto& f : fields) {
        if (f.path == path) return &f;
    }
    return nullptr;
}

const DerivedSpec* Template::derived_value(std::string_view path) const {
    for (const auto& d : derived) {
        if (d.path == path) return &d;
    }
    return nullptr;
}

}  // namespace pacta::document
