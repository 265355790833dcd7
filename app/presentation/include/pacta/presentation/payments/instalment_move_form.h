#pragma once
// What a person fills in to move an instalment (deliver the report, approve it, pay it,
// suspend or cancel it), decided here and not in a window: which fields the move asks for,
// their labels, which are required and their defaults. A Mexican payment asks for the CFDI's
// folio fiscal; a Peruvian one for the recibo por honorarios and whether the 4th-category
// suspension certificate was shown. The desktop draws the form; the service checks the move.

#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/ports/instalments.h"

namespace pacta::presentation {

struct MoveField {
    enum class Kind { date, text, check };
    std::string key;    // fecha, referencia, cfdi, recibo, constancia, aprobado_por, motivo
    std::string label;  // in the person's language
    Kind kind = Kind::text;
    bool required = false;
    std::string value;  // the default: an ISO date, a text, or "1"/"" for a check
};

struct MoveForm {
    domain::InstalmentState to = domain::InstalmentState::pending;
    std::string heading;  // «Exhibición 2 de IMSS-…: Rosa Ramírez Cruz, $13,771.66»
    std::vector<MoveField> fields;

    [[nodiscard]] MoveField* field(const std::string& key);
    [[nodiscard]] const MoveField* field(const std::string& key) const;
};

[[nodiscard]] MoveForm move_form(const domain::ContractInstalment& instalment, domain::InstalmentState to,
                                 const domain::Date& today);

struct FilledMove {
    domain::InstalmentMove move;
    bool suspension_certificate = false;
};
// The move from the form as filled in (an unreadable date keeps `today`'s).
[[nodiscard]] FilledMove move_from_form(const MoveForm& form, const domain::Date& today);

}  // namespace pacta::presentation
