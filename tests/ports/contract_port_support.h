#pragma once
// What the contract ports' tests build on: an institution with two units and two
// signatories, people, a draft with a three-instalment schedule, and files to record. Each
// test names its own institution (so its folios), template code and CURPs, as the server's
// database is shared by the program's tests.

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine.h"
#include "pacta/platform/sha256.h"

namespace pacta::testing_ports::contract_support {

namespace d = domain;

inline d::Date day(int y, unsigned m, unsigned dd) { return *d::Date::from_ymd(y, m, dd); }

// An 18-character CURP from a test's own tag and a number.
inline std::string curp(const std::string& tag, int n) {
    std::string out = "CTR" + tag + std::to_string(n);
    out.resize(18, 'X');
    return out;
}

// The current year by the UTC clock (a draft without a signing date is numbered in it).
inline int utc_year() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    return parts.tm_year + 1900;
}

// `code` with units «U1» and «U2» and the signatories «rep» and «rep2».
inline void save_office(Engine& engine, const std::string& code) {
    d::Institution inst;
    inst.code = code;
    inst.name = "Institución " + code;
    inst.units = {{"U1", "Unidad 1", "Guerrero", "CC-1"}, {"U2", "Unidad 2", "Guerrero", "CC-2"}};
    d::Signatory rep;
    rep.code = "rep";
    rep.name = "Mauricio Roldán Parra";
    rep.title = "Coordinador Estatal";
    rep.roles = {"representante"};
    rep.valid_from = day(2024, 1, 1);
    d::Signatory other = rep;
    other.code = "rep2";
    other.name = "Rosa Ávila Núñez";
    other.sex = d::Sex::woman;
    inst.signatories = {rep, other};
    ASSERT_NO_THROW(engine.institutions().save(inst, engine.actor()));
}

inline void save_person(Engine& engine, const std::string& institution, const std::string& given,
                        const std::string& first, const std::string& second, const std::string& key) {
    d::StaffMember m;
    m.given_names = given;
    m.first_surname = first;
    m.second_surname = second;
    m.sex = d::Sex::woman;
    m.curp = key;
    m.birth_date = day(1992, 5, 14);
    ASSERT_NO_THROW((void)engine.staff().import({m}, institution, false, engine.actor()));
}

// A draft of template `code` (version 1) for `key`, signed 2024-01-29, from February to
// April 2024 in three equal instalments.
inline d::NewContract draft(const std::string& institution, const std::string& code, const std::string& key) {
    d::NewContract c;
    c.institution_code = institution;
    c.template_code = code;
    c.template_version = 1;
    c.template_title = "Contrato de prueba";
    c.template_source = "@plantilla " + code + "\n@version 1\nTexto del contrato.";
    c.staff_key = key;
    c.data_json = R"({"a":1})";
    c.total = d::Money(300'00, d::Currency::MXN);
    c.signing_date = day(2024, 1, 29);
    c.start = day(2024, 2, 1);
    c.end = day(2024, 4, 30);
    c.signatories = {{"representante", "rep"}};
    c.unit_code = "U1";
    c.budget_account = "42060206";
    c.schedule = d::build_schedule(c.total, 3, *c.start, day(2024, 4, 30), d::ScheduleRule::equal, {}, {});
    return c;
}

inline std::vector<std::string> folios_of(const std::vector<d::ContractSummary>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.folio);
    return out;
}

// A file in the temporary directory holding `bytes`, and its SHA-256; removed at the end.
struct TempFile {
    TempFile(const std::string& name, const std::string& bytes)
        : path(std::filesystem::temp_directory_path() / ("pacta-" + std::to_string(::getpid()) + "-" + name)),
          sha256(platform::sha256_hex(bytes)),
          size(bytes.size()) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() { std::filesystem::remove(path); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    std::filesystem::path path;
    std::string sha256;
    std::size_t size;
};

}  // namespace pacta::testing_ports::contract_support
