#pragma once
// Amounts in words as Mexican and Peruvian documents print them (domain-es.md §1):
//   MXN  SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N.
//   PEN  SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO CON 30/100 SOLES

#include <string>

#include "pacta/domain/money.h"

namespace pacta::domain {

enum class TextCase {
    upper,     // the legal form: "UN MILLÓN DE PESOS 00/100 M.N."
    sentence,  // for running text: "Un millón de pesos 00/100 M.N."
};

// Every amount from 0.00 to 999,999,999,999.99; throws RuleError outside that range.
[[nodiscard]] std::string amount_in_words(Money amount, TextCase text_case = TextCase::upper);

// "$68,858.30 (SESENTA Y OCHO MIL ... PESOS 30/100 M.N.)", the way contracts quote amounts.
[[nodiscard]] std::string amount_with_words(Money amount);

}  // namespace pacta::domain
