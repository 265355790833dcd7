#pragma once
// An institution (a public body's office) and what contracts need from it: units, budget
// accounts, settings and the officials who sign with their powers and roles.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/money.h"

namespace pacta::domain {

enum class Sex { man, woman };

// "hombre" / "mujer": the neutral form stored everywhere.
[[nodiscard]] std::string_view sex_name(Sex sex);
[[nodiscard]] std::optional<Sex> sex_from_name(std::string_view name);

struct Unit {
    std::string code;         // "UMM-0231"
    std::string name;
    std::string region;
    std::string cost_centre;  // "073204"

    friend bool operator==(const Unit&, const Unit&) = default;
};

struct BudgetAccount {
    std::string code;              // "42060206"
    std::string name;
    std::string information_unit;  // "620301"

    friend bool operator==(const BudgetAccount&, const BudgetAccount&) = default;
};

// A notarised power of attorney and the dates between which it may be used.
struct Powers {
    std::string deed_number;
    std::optional<Date> deed_date;
    std::string notary;
    std::string notary_number;
    std::string registry_folio;
    std::optional<Date> registry_date;

    friend bool operator==(const Powers&, const Powers&) = default;
};

struct Signatory {
    std::string code;  // stable key inside the institution: "representante-2024"
    std::string name;
    Sex sex = Sex::man;
    std::string title;
    Powers powers;
    Date valid_from = *Date::from_ymd(2000, 1, 1);
    std::optional<Date> valid_to;
    std::vector<std::string> roles;  // "representante", "supervisor", "juridico", "personal"...
    // Who they are, as their signing certificate says it: the RFC (Mexico) or the DNI (Peru);
    // empty when not on record (signatures are then matched by name).
    std::string rfc;
    std::string dni;

    // True when the powers can be used on `day`.
    [[nodiscard]] bool valid_on(Date day) const { return day >= valid_from && (!valid_to || day <= *valid_to); }

    friend bool operator==(const Signatory&, const Signatory&) = default;
};

struct Institution {
    std::string code;  // "imss-bienestar-gro"
    std::string name;
    std::string country = "MX";  // "MX" or "PE"
    FormatProfile profile = FormatProfile::es_MX;
    std::string public_legend = "[ELIMINADO: {etiqueta}]";
    std::string legal_basis;
    int notice_days = 30;  // for early termination
    std::map<std::string, std::string> settings;
    std::vector<Unit> units;
    std::vector<BudgetAccount> accounts;
    std::vector<Signatory> signatories;

    friend bool operator==(const Institution&, const Institution&) = default;
};

}  // namespace pacta::domain
