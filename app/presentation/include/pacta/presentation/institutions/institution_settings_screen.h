#pragma once
// Configuración › Institución: the institution's own settings (name, formats, the public
// version's legend, the legal basis, days of notice) as a form, saved through the institution
// service (administradores), with every problem shown beside its field.

#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/ports/institutions.h"
#include "pacta/presentation/common/form_state.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// The RFC 3161 timestamp server signatures ask for a timestamp (PAdES B-T), kept among the
// institution's settings; empty: none (signatures are B-B).
inline constexpr std::string_view timestamp_server_setting = "sello_tiempo_url";
// What transparency formats link to and name, asked once: where the public versions of
// contracts are published (a folder's address; each file's name is added), the rules that
// govern the contracts, and the area responsible for the information.
inline constexpr std::string_view public_versions_url_setting = "transparencia_url_versiones";
inline constexpr std::string_view rules_url_setting = "transparencia_url_normatividad";
inline constexpr std::string_view responsible_area_setting = "transparencia_area";
// An institution setting's value ("" when not set).
[[nodiscard]] std::string institution_setting(const domain::Institution& institution, std::string_view key);
// Form field -> setting key, for the transparency settings.
[[nodiscard]] const std::vector<std::pair<std::string, std::string>>& transparency_settings();
[[nodiscard]] std::string timestamp_server(const domain::Institution& institution);
void set_timestamp_server(domain::Institution& institution, const std::string& url);

// Configuración: the institution's own settings (administradores).
class InstitutionSettingsViewModel : public FormState {
public:
    InstitutionSettingsViewModel(const Session& session, domain::InstitutionRepository& institutions,
                                 const std::string& institution_code);
    // nombre, perfil (es_MX / es_PE), leyenda, fundamento, dias_aviso, sello_tiempo, url_versiones,
    // url_normatividad, area_transparencia.
    [[nodiscard]] static const std::vector<std::string>& field_names();
    void set(const std::string& field, const std::string& value);
    // "UMM-0231  Unidad Médica Móvil 0231  (Guerrero; centro de costo 073204)".
    [[nodiscard]] std::vector<std::string> unit_lines() const;
    // Whether the user may change them (the form is read-only otherwise).
    [[nodiscard]] bool editable() const;
    bool save();
    [[nodiscard]] const std::string& save_error() const { return save_error_; }
    [[nodiscard]] const domain::Institution& institution() const { return institution_; }

private:
    void check(const std::string& field);

    const Session& session_;
    domain::InstitutionRepository& institutions_;
    domain::Institution institution_;
    std::string save_error_;
};

}  // namespace pacta::presentation
