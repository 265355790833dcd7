#pragma once
// The staff editor, as a view-model: each value checked as it is typed (identity numbers
// with the domain's Spanish messages beside the field), the age computed, a warning when the
// person is already recorded, and saving through the staff service (audited).

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/form_state.h"

namespace pacta::presentation {

class StaffEditorViewModel : public FormState {
public:
    // A new person, or `existing` to edit one (matched by its CURP, DNI or card).
    StaffEditorViewModel(const Session& session, domain::StaffRepository& staff, std::string institution_code,
                         domain::Date today, std::optional<domain::StaffMember> existing = std::nullopt);

    // The editable fields, by the import's column names: nombre, primer_apellido,
    // segundo_apellido, sexo, fecha_nacimiento, nacionalidad, estado_civil, curp, rfc, dni,
    // ruc, domicilio, telefono, correo, clabe, profesion, categoria, regimen, unidad.
    [[nodiscard]] static const std::vector<std::string>& field_names();
    void set(const std::string& field, const std::string& value);
    // "34 años", from the birth date; empty until it is a real date.
    [[nodiscard]] std::string age_text() const;
    // Set when a new person's CURP or DNI is already recorded.
    [[nodiscard]] const std::string& duplicate_warning() const { return duplicate_; }
    // Stores the person; false with save_error() when something is wrong.
    bool save();
    [[nodiscard]] const std::string& save_error() const { return save_error_; }

private:
    void check(const std::string& field);

    const Session& session_;
    domain::StaffRepository& staff_;
    std::string institution_code_;
    domain::Date today_;
    bool editing_ = false;
    std::map<std::string, std::string> started_from_;  // the record as opened (or last saved)
    std::string opened_key_;                          // its key then
    std::int64_t opened_version_ = 0;                  // and its version (StaffRepository::version)
    std::string duplicate_;
    std::string save_error_;
};

}  // namespace pacta::presentation
