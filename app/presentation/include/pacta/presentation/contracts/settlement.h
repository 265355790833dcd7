#pragma once
// The settlement statement ("finiquito") of a contract ended early: what was served, what is
// earned, what was paid and the balance, each amount in figures and in words, ready to sign.

#include <string>

#include "pacta/document/model.h"
#include "pacta/domain/termination.h"

namespace pacta::presentation {

struct SettlementParties {
    std::string folio;
    std::string institution;       // "Programa IMSS-Bienestar, Guerrero"
    std::string provider;          // the person who provided the services
    std::string representative;    // who signs for the institution (may be empty)
    std::string representative_title;
    std::string country = "MX";
    std::string paper = "carta";
    domain::Money total{0, domain::Currency::MXN};
};

// The statement is a legal document: it is written in Spanish whatever the interface language.
[[nodiscard]] document::Document settlement_document(const SettlementParties& parties,
                                                     const domain::Settlement& settlement);

}  // namespace pacta::presentation
