// Paying in a year Pacta ships no ISR table for (2027) is refused until an administrator
// imports that year's table in Configuración; then the payment goes through with its ISR
// withheld by the imported table, on a real store.
#include <gtest/gtest.h>

#include "office_fixture.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/payments/isr_tariffs.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;

TEST_F(OfficeFixture, PayingIn2027WorksOnceItsIsrTableIsImportedInConfiguracion) {
    template_ = p::load_template("imss-bienestar-honorarios");
    p::DraftRequest request;
    request.tmpl = &template_;
    request.person_key = laura;
    auto extra = document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or("");
    for (const auto& [from, to] : {std::pair{"\"2024\"", "\"2027\""}, std::pair{"2024-02-01", "2027-02-01"},
                                   std::pair{"2024-06-30", "2027-06-30"}, std::pair{"2024-01-29", "2027-01-29"}}) {
        for (auto at = extra.find(from); at != std::string::npos; at = extra.find(from)) {
            extra.replace(at, std::string(from).size(), to);
        }
    }
    request.extra = json(extra);
    request.today = *d::Date::from_ymd(2027, 1, 20);
    const auto folio = office_->contracts().draft(request).folio;
    auto& lifecycle = office_->store().lifecycle();
    d::ContractState from = d::ContractState::borrador;
    for (const auto to : {d::ContractState::en_revision, d::ContractState::aprobado, d::ContractState::firmado}) {
        lifecycle.save_move({folio, from, to, "prueba", std::nullopt}, "demo");
        from = to;
    }
    office_->accounts().create({"fer", {d::Role::finanzas}, {}, "clave-de-fer-1"});
    auto fer = Office::open(database());
    ASSERT_TRUE(fer->log_in("fer", "clave-de-fer-1").user);
    d::InstalmentMove move;
    move.on = *d::Date::from_ymd(2027, 3, 1);
    move.to = d::InstalmentState::report_delivered;
    move.reference = "INF-01";
    (void)fer->payments().record(folio, 1, move, false);
    move.to = d::InstalmentState::approved;
    (void)fer->payments().record(folio, 1, move, false);
    move.to = d::InstalmentState::paid;
    move.reference = "SPEI-1";
    move.cfdi_uuid = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    EXPECT_THROW((void)fer->payments().record(folio, 1, move, false), d::RuleError);  // no table for 2027

    p::IsrTariffsViewModel tables(office_->session(), office_->store().institutions(), institution_code);
    const auto bundled = document::read_file(PACTA_SOURCE_DIR "/domain/datos/isr-mensual-2026.csv").value_or("");
    ASSERT_TRUE(tables.read(bundled, "isr-mensual-2027.csv")) << tables.error();
    ASSERT_TRUE(tables.save()) << tables.error();
    const auto paid = fer->payments().record(folio, 1, move, false);
    ASSERT_TRUE(paid.paid);
    EXPECT_GT(paid.paid->withheld.minor_units(), 0);
    EXPECT_EQ(paid.paid->gross.minor_units(), paid.paid->withheld.minor_units() + paid.paid->net.minor_units());
}

}  // namespace
}  // namespace pacta::core
