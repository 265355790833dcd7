// Peru's Portal de Transparencia Estándar lists from a real store: a CAS worker and a locador
// with signed contracts come out in their sheets (names, amounts, dates), and the bytes
// written hold no DNI, RUC, address or bank account. A Mexican institution is refused, and
// each contract's public version can be written beside the file for the portal's link.
#include <gtest/gtest.h>

#include <cstdio>

#include "office_fixture.h"
#include "pacta/presentation/reports/report_files.h"
#include "pacta/presentation/reports/transparency_service.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;

std::string output_of(const std::string& command) {
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
        ::pclose(pipe);
    }
    return out;
}

class Transparency : public OfficeFixture {
protected:
    // A Peruvian office with a CAS worker and a locador, each with a signed contract of 2025.
    void peruvian_office() {
        auto& store = office_->store();
        d::Institution sunass;
        sunass.code = "sunass";
        sunass.name = "Superintendencia Nacional de Servicios de Saneamiento";
        sunass.country = "PE";
        sunass.profile = d::FormatProfile::es_PE;
        sunass.units = {{"DU", "Dirección de Usuarios", "Lima", "CC-1"}};
        store.institutions().save(sunass, "demo");
        const auto person = [&](std::string given, std::string first, std::string second, std::string dni, d::Regime regime) {
            d::StaffMember m;
            m.given_names = std::move(given);
            m.first_surname = std::move(first);
            m.second_surname = std::move(second);
            m.sex = d::Sex::woman;
            m.dni = std::move(dni);
            m.ruc = "10" + m.dni + "5";
            m.domicile = "Jr. Ficticio 456, Cercado de Lima";
            m.bank_account = "00219300123456789012";
            m.regime = regime;
            m.unit_code = "DU";
            (void)store.staff().import({m}, "sunass", false, "demo");
            return m;
        };
        people_ = {person("Lucía", "Quispe", "Mamani", "45678912", d::Regime::cas),
                   person("Ana", "Flores", "Huamán", "41234567", d::Regime::locacion)};
        for (const auto& m : people_) {
            d::NewContract c;
            c.institution_code = "sunass";
            c.template_code = "peru-locacion-servicios";
            c.template_title = "Contrato de locación de servicios";
            c.template_source = "@plantilla peru-locacion-servicios";
            c.staff_key = m.dni;
            c.data_json = R"({"servicio":{"descripcion":"asistencia técnica en la atención de reclamos"}})";
            c.total = d::Money(1'800'000, d::Currency::PEN);
            c.signing_date = d::Date::from_ymd(2025, 1, 2);
            c.start = d::Date::from_ymd(2025, 1, 6);
            c.end = d::Date::from_ymd(2025, 3, 31);
            c.regime = m.regime;
            c.unit_code = "DU";
            c.schedule = d::build_schedule(c.total, 3, *c.start, *c.end, d::ScheduleRule::equal, {}, {});
            const auto folio = store.drafts().create(c, "demo");
            d::ContractState from = d::ContractState::borrador;
            for (const auto to : {d::ContractState::en_revision, d::ContractState::aprobado, d::ContractState::firmado}) {
                store.lifecycle().save_move({folio, from, to, "prueba", std::nullopt}, "demo");
                from = to;
            }
            folios_.push_back(folio);
        }
    }
    std::vector<d::StaffMember> people_;
    std::vector<std::string> folios_;
};

TEST_F(Transparency, ThePteListsPublishNamesAndAmountsAndNoIdentityNumberAddressOrAccount) {
    peruvian_office();
    p::TransparencyFilters period{"sunass", d::Date::from_ymd(2025, 1, 1), d::Date::from_ymd(2025, 3, 31)};
    const auto pte = office_->transparency().pte(period);
    ASSERT_EQ(pte.sections.size(), 2U);
    const auto& cas = pte.sections[0];
    const auto& orders = pte.sections[1];
    ASSERT_EQ(cas.rows.size(), 1U);
    ASSERT_EQ(orders.rows.size(), 1U);
    EXPECT_EQ(cas.columns[3].title, "Apellido paterno");
    EXPECT_EQ(cas.rows[0][3].text, "Quispe");
    EXPECT_EQ(cas.rows[0][2].text, "CAS");
    EXPECT_EQ(cas.rows[0][8].number, 600'000);  // S/ 6,000.00 a month
    EXPECT_EQ(orders.rows[0][5].text, "Ana Flores Huamán");
    EXPECT_EQ(orders.rows[0][7].number, 1'800'000);
    EXPECT_EQ(orders.rows[0][6].text, "asistencia técnica en la atención de reclamos");
    EXPECT_THROW((void)office_->transparency().sipot(period), p::ServiceError);  // Peru's institution
    period.institution = institution_code;  // a Mexican one
    EXPECT_THROW((void)office_->transparency().pte(period), p::ServiceError);

    p::write_report(pte, dir_ / "pte.xlsx");
    p::write_report(pte, dir_ / "pte.csv");
    const auto sheets = output_of("unzip -p '" + (dir_ / "pte.xlsx").string() + "' 'xl/*'");
    const auto csv = document::read_file(dir_ / "pte.csv").value_or("");
    ASSERT_NE(sheets.find("Quispe"), std::string::npos);
    for (const auto& m : people_) {
        for (const auto& secret : {m.dni, m.ruc, m.bank_account, std::string("Ficticio")}) {
            EXPECT_EQ(sheets.find(secret), std::string::npos) << secret;
            EXPECT_EQ(csv.find(secret), std::string::npos) << secret;
        }
    }
}

// The public version a transparency format links to, written by name beside it.
TEST_F(Transparency, APublicVersionIsWrittenUnderTheNameTheFormatLinksTo) {
    const auto folio = draft();
    const auto file = dir_ / p::TransparencyService::public_file_name(folio);
    (void)office_->contracts().generate_public(folio, file);
    ASSERT_TRUE(std::filesystem::exists(file));
    const auto text = output_of("pdftotext '" + file.string() + "' -");
    EXPECT_NE(text.find("SUPRIMIDO POR LEY"), std::string::npos);
    EXPECT_EQ(text.find(laura), std::string::npos);
}

}  // namespace
}  // namespace pacta::core
