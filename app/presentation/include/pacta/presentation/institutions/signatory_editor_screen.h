#pragma once
// Firmantes: one official's record as a form (name, sex, title, notarised powers, the dates
// they may sign between, the roles they play), saved into the institution through the
// institution service (administradores), with every problem shown beside its field.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/institutions.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/form_state.h"

namespace pacta::presentation {

class SignatoryEditorViewModel : public FormState {
public:
    // A new signatory of `institution_code`, or the one whose code is `existing_code`.
    // Throws ServiceError when the institution or the signatory does not exist.
    SignatoryEditorViewModel(const Session& session, domain::InstitutionRepository& institutions,
                             std::string institution_code, const std::string& existing_code = {});

    // codigo, nombre, sexo, cargo, escritura, fecha_escritura, notario, notaria,
    // folio_registro, fecha_registro, vigente_desde, vigente_hasta, roles (comma-separated).
    [[nodiscard]] static const std::vector<std::string>& field_names();
    // The roles the bundled templates ask for; templates may name others.
    [[nodiscard]] static const std::vector<std::string>& known_roles();
    void set(const std::string& field, const std::string& value);
    [[nodiscard]] bool editing() const { return !original_code_.empty(); }
    // Stores it; false with save_error() (and the fields' errors) when something is wrong.
    bool save();
    // Removes it from the institution; refused while a contract names it.
    bool remove();
    [[nodiscard]] const std::string& save_error() const { return save_error_; }

private:
    void check(const std::string& field);
    // Saves through the institution service; throws what it throws.
    // `changed` over `opened` (today's record with this signatory as the form opened it).
    void store(const domain::Institution& changed, const domain::Institution& opened);
    // Today's record with this signatory as the form opened it (absent for a new one).
    [[nodiscard]] domain::Institution as_opened() const;

    const Session& session_;
    domain::InstitutionRepository& institutions_;
    std::string institution_code_;
    std::string original_code_;
    std::optional<domain::Signatory> opened_;  // the signatory as the form opened it
    std::vector<std::string> other_codes_;
    std::string save_error_;
};

}  // namespace pacta::presentation
