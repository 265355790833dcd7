#include "office_seed.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "../generated_people.h"
#include "pacta/core/office.h"

namespace pacta::bench {

namespace {

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

std::string as_user(const std::string& user) {
    return "PACTA_USUARIO=" + user + " PACTA_CLAVE=" + password_of(user) + " ";
}

void must(const std::string& command) {
    if (run_timed(command) < 0) throw std::runtime_error("falló: " + command);
}

// The RFC that goes with a CURP: its first ten characters, a homoclave and the check character.
std::string rfc_for(const std::string& curp) {
    const std::string base = curp.substr(0, 10) + "A1";
    for (const char check : std::string("0123456789A")) {
        const auto result = domain::validate_rfc(base + check);
        if (result.valid() && result.findings.empty()) return base + check;
    }
    return base + '0';
}

// The roster: `people` rows with valid CURPs, a third asistencial, a quarter CAS.
std::vector<std::string> write_roster(const fs::path& csv, std::size_t people) {
    std::mt19937 rng(2024);
    std::vector<std::string> curps;
    curps.reserve(people);
    std::ofstream out(csv);
    // Every field the bundled contract template asks of the person.
    out << "nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,estado_civil,curp,rfc,"
           "domicilio,profesion,categoria,regimen\n";
    const auto& given = given_names();
    const auto& family = surnames();
    for (std::size_t i = 0; i < people; ++i) {
        const bool woman = i % 2 == 0;
        const int year = 1950 + static_cast<int>(rng() % 50);
        const int month = 1 + static_cast<int>(rng() % 12);
        const int day = 1 + static_cast<int>(rng() % 28);
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        curps.push_back(curp_for(i, year, month, day, woman));
        out << given[rng() % given.size()] << ',' << family[rng() % family.size()] << ','
            << family[rng() % family.size()] << ',' << (woman ? 'M' : 'H') << ',' << date << ",mexicana,"
            << (woman ? "soltera" : "soltero") << ',' << curps.back() << ',' << rfc_for(curps.back())
            << ",\"Calle Hidalgo " << 1 + i % 300 << ", Chilpancingo, Guerrero\",Medicina,"
            << (i % 3 == 0 ? "asistencial" : "administrativo") << ',' << (i % 4 == 0 ? "cas" : "honorarios")
            << '\n';
    }
    return curps;
}

// What every contract of the campaign shares: the reference contract's data, in this
// year, with the size's number of instalments.
void write_common_data(const fs::path& fixtures, const fs::path& target, std::size_t instalments) {
    std::ifstream in(fixtures / "datos" / "contrato-imss-extra.json");
    auto data = nlohmann::json::parse(in);
    data["programa"]["ejercicio"] = "2026";
    data["honorarios"]["exhibiciones"] = std::to_string(instalments);
    data["vigencia"] = {{"inicio", "2026-01-01"}, {"fin", "2026-12-31"}};
    data["firma"]["fecha"] = "2025-12-20";
    std::ofstream(target) << data.dump(2);
}

std::unique_ptr<core::Office> logged_in(const fs::path& database, const std::string& user) {
    auto office = core::Office::open(database);
    if (!office->log_in(user, password_of(user)).user) throw std::runtime_error("no se pudo entrar como " + user);
    return office;
}

// A scanned page standing for the signed copies: a 2x2 grey PNG (a scan must decode).
fs::path write_scan(const fs::path& dir) {
    const fs::path scan = dir / "firmado.png";
    static const char png[] =
        "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00\x00\x02"
        "\x08\x00\x00\x00\x00\x57\xDD\x52\xF8\x00\x00\x00\x0E\x49\x44\x41\x54\x78\x9C\x63\x68\x68\x60\x68"
        "\x68\x00\x00\x06\x06\x02\x01\x2C\xC1\x50\xD7\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60\x82";
    std::ofstream(scan, std::ios::binary) << std::string(png, sizeof png - 1);
    return scan;
}

void sign_and_pay(const fs::path& database, const std::vector<std::string>& folios, const fs::path& scan) {
    auto clerk = logged_in(database, "ana");
    auto reviewer = logged_in(database, "rita");
    auto finance = logged_in(database, "fer");
    auto sending = clerk->lifecycle();
    auto approving = reviewer->lifecycle();
    for (const auto& folio : folios) {
        sending.move(folio, domain::ContractState::en_revision, "", std::nullopt);
        approving.move(folio, domain::ContractState::aprobado, "Sin observaciones", std::nullopt);
        sending.move(folio, domain::ContractState::firmado, "", scan);
    }
    // The dates move them on (firmado -> vigente) when the office is next opened.
    auto payments = logged_in(database, "fer");
    auto paying = payments->payments();
    std::size_t uuid = 0;
    for (const auto& folio : folios) {
        for (int number = 1; number <= 2; ++number) {
            domain::InstalmentMove move;
            move.to = domain::InstalmentState::report_delivered;
            move.on = *domain::Date::from_ymd(2026, static_cast<unsigned>(2 * number), 2);
            move.reference = "INF-" + std::to_string(number);
            paying.record(folio, number, move, false);
            move.to = domain::InstalmentState::approved;
            move.on = *domain::Date::from_ymd(2026, static_cast<unsigned>(2 * number), 3);
            paying.record(folio, number, move, false);
            move.to = domain::InstalmentState::paid;
            move.on = *domain::Date::from_ymd(2026, static_cast<unsigned>(2 * number), 5);
            move.reference = "SPEI-" + std::to_string(++uuid);
            char cfdi[40];
            std::snprintf(cfdi, sizeof cfdi, "6F9A1C2D-3B4E-4F50-8A6B-%012zX", uuid);
            move.cfdi_uuid = cfdi;
            paying.record(folio, number, move, false);
        }
    }
    (void)finance;
}

// Record views (personal ver) until the trail holds `target` rows.
void fill_trail(const fs::path& database, const std::vector<std::string>& curps, std::size_t target) {
    auto clerk = logged_in(database, "ana");
    const auto rows = clerk->maintenance().verify_audit_trail().rows;
    auto staff = clerk->staff();
    for (std::size_t n = rows; n < target; ++n) (void)staff.view(curps[n % curps.size()]);
}

}  // namespace

double run_timed(const std::string& command) {
    const auto start = clock_type::now();
    const int status = std::system(command.c_str());
    const double seconds = std::chrono::duration<double>(clock_type::now() - start).count();
    return status == 0 ? seconds : -1;
}

SeededOffice seed_office(const OfficeSize& size, const fs::path& dir, const std::string& cli,
                         const fs::path& fixtures) {
    SeededOffice office;
    office.database = dir / "oficina.sqlite3";
    office.staff_csv = dir / "personal.csv";
    const std::string db = cli + " --db " + office.database.string() + " ";
    const auto curps = write_roster(office.staff_csv, size.people);

    const auto start = clock_type::now();
    must("echo " + password_of("ana") + " | " + db +
         "usuario crear --usuario ana --rol administrador --rol capturista --clave-stdin >/dev/null");
    for (const std::string who : {"rita:revisor_juridico", "fer:finanzas"}) {
        const auto name = who.substr(0, who.find(':'));
        must("echo " + password_of(name) + " | " + as_user("ana") + db + "usuario crear --usuario " + name +
             " --rol " + who.substr(who.find(':') + 1) + " --clave-stdin >/dev/null");
    }
    must(as_user("ana") + db + "institucion importar " + (fixtures / "datos" / "institucion-imss-bienestar-gro.json").string() +
         " >/dev/null");
    office.staff_import_seconds = run_timed(as_user("ana") + db + "personal importar " + office.staff_csv.string() + " >/dev/null");
    if (office.staff_import_seconds < 0) throw std::runtime_error("no se pudo importar el personal");

    // Contracts: a campaign spreadsheet per 5,000, as an office records a hiring round.
    const fs::path common = dir / "comunes.json";
    write_common_data(fixtures, common, size.instalments);
    constexpr std::size_t per_sheet = 5000;
    for (std::size_t first = 0; first < size.contracts; first += per_sheet) {
        const fs::path sheet = dir / ("campana-" + std::to_string(first / per_sheet + 1) + ".csv");
        {
            std::ofstream out(sheet);
            out << "persona,honorarios.total,vigencia.inicio,vigencia.fin\n";
            for (std::size_t i = first; i < std::min(size.contracts, first + per_sheet); ++i) {
                out << curps[i % curps.size()] << ',' << 40000 + i % 50000 << ".00,2026-01-01,2026-12-31\n";
            }
        }
        must(as_user("ana") + db + "contrato importar " + sheet.string() +
             " --plantilla imss-bienestar-honorarios --datos " + common.string() + " >/dev/null");
    }
    // Folios in the order they were recorded, numbered in the signing date's year: IMSS-BIENESTAR-GRO-2025-0001...
    for (std::size_t i = 1; i <= size.contracts; ++i) {
        char folio[40];
        std::snprintf(folio, sizeof folio, "IMSS-BIENESTAR-GRO-2025-%04zu", i);
        (i % size.signed_every == 0 ? office.signed_folios : office.draft_folios).push_back(folio);
    }
    sign_and_pay(office.database, office.signed_folios, write_scan(dir));
    fill_trail(office.database, curps, size.audit_rows);
    office.seeding_seconds = std::chrono::duration<double>(clock_type::now() - start).count() - office.staff_import_seconds;
    return office;
}

}  // namespace pacta::bench
