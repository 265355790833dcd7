#include "pacta/domain/institution.h"

namespace pacta::domain {

std::string_view sex_name(Sex sex) { return sex == Sex::woman ? "mujer" : "hombre"; }

std::optional<Sex> sex_from_name(std::string_view name) {
    if (name == "hombre") return Sex::man;
    if (name == "mujer") return Sex::woman;
    return std::nullopt;
}

}  // namespace pacta::domain
