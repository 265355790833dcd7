#pragma once
// The formats public bodies must publish about the people they hire, filled from the
// contracts Pacta holds: Mexico's homologated format for contracts "por honorarios" (SIPOT,
// formato 11 of the general transparency law's guidelines) and Peru's Portal de
// Transparencia Estándar lists (CAS staff; locadores de servicios as service orders).
// Personal data are limited to what the formats publish: names, sex, amounts and dates,
// never an identity number, an address or a bank account (docs/reportes.md).

#include <filesystem>
#include <optional>
#include <string>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/reports/report.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct TransparencyFilters {
    std::string institution;  // required when the account covers several
    // The period reported (SIPOT reports each quarter): contracts in force at some time in it.
    // Nullopt: this year's current quarter.
    std::optional<domain::Date> from, to;
};

class TransparencyService {
public:
    TransparencyService(const Session& session, domain::Store& store) : session_(session), store_(store) {}

    // Mexico only (ServiceError for an institution of Peru). Each row's link points to its
    // public version at the address set in Configuración; what is missing there is named in
    // the report's note.
    [[nodiscard]] Report sipot(const TransparencyFilters& filters);
    // Peru only: a sheet of CAS staff and a sheet of locadores de servicios.
    [[nodiscard]] Report pte(const TransparencyFilters& filters);
    // The file name each contract's public version is published under ("GRO-2024-0001-publica.pdf").
    [[nodiscard]] static std::string public_file_name(const std::string& folio);

private:
    struct Period {
        domain::Date from, to;
    };
    [[nodiscard]] domain::Institution institution(const std::string& code, const char* report);
    [[nodiscard]] Period period(const TransparencyFilters& filters) const;

    const Session& session_;
    domain::Store& store_;
};

}  // namespace pacta::presentation
