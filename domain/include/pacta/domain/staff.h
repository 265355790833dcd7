#pragma once
// A staff record: who a contract is made with, and what HR offices report on.

#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/institution.h"

namespace pacta::domain {

enum class Category { asistencial, administrativo };
enum class Regime { honorarios, cas, locacion, planilla };

[[nodiscard]] std::string_view category_name(Category c);
[[nodiscard]] std::optional<Category> category_from_name(std::string_view name);
// "honorarios" (asimilados a salarios), "cas", "locacion" (de servicios), "planilla".
[[nodiscard]] std::string_view regime_name(Regime r);
// Accepts the stored names and the usual ways of writing them ("CAS", "locación de servicios").
[[nodiscard]] std::optional<Regime> regime_from_name(std::string_view name);

struct StaffMember {
    std::string given_names;
    std::string first_surname;
    std::string second_surname;
    Sex sex = Sex::man;
    Date birth_date = *Date::from_ymd(1990, 1, 1);
    std::string nationality;
    std::string civil_status;
    std::string curp;          // Mexico
    std::string rfc;           // Mexico
    std::string dni;           // Peru
    std::string foreign_card;  // Peru: carné de extranjería
    std::string ruc;           // Peru
    std::string domicile;
    std::string phone;
    std::string email;
    std::string bank_account;  // CLABE (18 digits) or Peru's CCI (20 digits)
    std::string profession;
    Category category = Category::administrativo;
    Regime regime = Regime::honorarios;
    std::optional<int> suspension_year;  // SUNAT 4th-category retention suspension
    std::string unit_code;
    bool active = true;

    // "María Luisa Martínez Martínez"
    [[nodiscard]] std::string full_name() const;
    // The identity number that identifies the person: CURP, else DNI, else foreign card.
    [[nodiscard]] std::string key() const;
};

// Cross-field rules: the CURP agrees with the birth date and sex; CLABE or CCI well formed.
// Field-level validation (each identity number) is done where the values are read.
[[nodiscard]] Findings check_staff_consistency(const StaffMember& s, std::string_view where);

}  // namespace pacta::domain
