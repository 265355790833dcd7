#pragma once
// The institution file (docs/datos.md): one JSON document with an institution's settings,
// units, budget accounts and signatories, read by `pacta-cli institucion importar` and
// written by `institucion exportar`.

#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/finding.h"
#include "pacta/domain/institution.h"

namespace pacta::presentation {

struct InstitutionFileRead {
    std::optional<domain::Institution> institution;
    domain::Findings findings;  // field = JSON path ("firmantes[2].vigente_desde")
};

// Every problem in the file is reported at once, each with its path.
[[nodiscard]] InstitutionFileRead read_institution_file(std::string_view json_text, std::string_view file_name);

[[nodiscard]] std::string write_institution_file(const domain::Institution& institution);

}  // namespace pacta::presentation
