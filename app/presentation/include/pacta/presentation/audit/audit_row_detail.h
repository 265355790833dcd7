#pragma once
// An audit row's values as a person reads them: one line per field that the row records,
// with its value before and after, instead of two blocks of JSON.

#include <optional>
#include <string>
#include <vector>

namespace pacta::presentation {

struct AuditFieldChange {
    std::string field;   // "Datos › prestador › honorarios", "Fecha nacimiento"
    std::string before;  // empty when that side does not have it
    std::string after;
};

struct AuditRowDetail {
    std::string heading;  // "Fila 12, 15/03/2024 10:20:30, por ana: crear contrato F-1"
    std::vector<AuditFieldChange> changes;
};

// The fields of both sides, nested objects and lists flattened into paths (a JSON pointer
// key, "/datos/prestador/honorarios", counts as a path too), in the order the row wrote
// them; dates read dd/mm/aaaa. A side that is not an object becomes one line.
[[nodiscard]] std::vector<AuditFieldChange> audit_changes(const std::optional<std::string>& before_json,
                                                          const std::optional<std::string>& after_json);

}  // namespace pacta::presentation
