// The settlement statement of a contract ended early: the term, the cause, each instalment's
// outcome, what was earned, paid and is owed, each amount in figures and in words, and the
// two signatures; a balance against the provider reads as an amount to pay back.
#include <gtest/gtest.h>

#include "pacta/document/render.h"
#include "pacta/domain/schedule.h"
#include "pacta/domain/withholding.h"
#include "pacta/presentation/contracts/settlement.h"

namespace pacta::presentation {
namespace {

namespace d = domain;

struct Ended {
    SettlementParties parties;
    d::Settlement settlement;
};

// Three instalments of $100,000.00 (February to April 2024), the first one paid; the provider
// leaves on 15 March after notice given on 20 February.
Ended ended_in_march(bool march_paid) {
    Ended e;
    e.parties.folio = "GRO-2024-0001";
    e.parties.institution = "Programa IMSS-Bienestar, Guerrero";
    e.parties.provider = "Rosa Ramírez Cruz";
    e.parties.representative = "Mauricio Roldán Parra";
    e.parties.representative_title = "Encargado del Despacho";
    e.parties.total = d::Money(300'000'00, d::Currency::MXN);
    std::vector<d::InstalmentRecord> records;
    for (const auto& plan : d::build_schedule(e.parties.total, 3, *d::Date::from_ymd(2024, 2, 1),
                                              *d::Date::from_ymd(2024, 4, 30), d::ScheduleRule::equal, {}, {})) {
        d::InstalmentRecord r;
        r.plan = plan;
        if (plan.number == 1 || (march_paid && plan.number == 2)) {
            r.state = d::InstalmentState::paid;
            r.paid = d::Withholding{plan.amount, d::Money(0, d::Currency::MXN), plan.amount};
        }
        records.push_back(r);
    }
    d::TerminationRequest request;
    request.term_start = *d::Date::from_ymd(2024, 2, 1);
    request.term_end = *d::Date::from_ymd(2024, 4, 30);
    request.last_day = *d::Date::from_ymd(2024, 3, 15);
    request.notice_given = *d::Date::from_ymd(2024, 2, 20);
    request.notice_days = 15;
    request.reason = "Cambio de adscripción";
    e.settlement = d::settle_termination(records, d::Currency::MXN, request);
    return e;
}

TEST(Settlement, TheStatementSaysWhatWasServedEarnedPaidAndOwedInFiguresAndWords) {
    const auto e = ended_in_march(false);
    const auto doc = settlement_document(e.parties, e.settlement);
    const auto text = document::render_text(doc);
    EXPECT_NE(text.find("FINIQUITO DEL CONTRATO GRO-2024-0001"), std::string::npos) << text;
    EXPECT_NE(text.find("con vigencia del 1 de febrero de 2024 al 30 de abril de 2024"), std::string::npos) << text;
    EXPECT_NE(text.find("$300,000.00 (TRESCIENTOS MIL PESOS 00/100 M.N.)"), std::string::npos) << text;
    EXPECT_NE(text.find("por aviso dado el 20 de febrero de 2024, con 15 días naturales de anticipación"),
              std::string::npos) << text;
    EXPECT_NE(text.find("El último día de servicios es el 15 de marzo de 2024. Motivo: Cambio de adscripción."),
              std::string::npos) << text;
    EXPECT_NE(text.find("Exhibición 1"), std::string::npos);
    EXPECT_NE(text.find("devengada y pagada."), std::string::npos) << text;
    EXPECT_NE(text.find("por 15 de 31 días servidos, hasta el 15 de marzo de 2024."), std::string::npos) << text;
    EXPECT_NE(text.find("se cancela."), std::string::npos) << text;
    // $100,000.00 earned in February and 15/31 of March's $100,000.00; February was paid.
    EXPECT_EQ(e.settlement.earned.minor_units(), 148'387'10);
    EXPECT_NE(text.find("Saldo a favor del prestador de los servicios: $48,387.10 (CUARENTA Y OCHO MIL TRESCIENTOS "
                        "OCHENTA Y SIETE PESOS 10/100 M.N.)"),
              std::string::npos) << text;
    const auto& signatures = doc.blocks.back();
    ASSERT_EQ(signatures.kind, document::Block::Kind::signatures);
    ASSERT_EQ(signatures.signatories.size(), 2U);
    EXPECT_EQ(signatures.signatories[0].name, "Mauricio Roldán Parra");
    EXPECT_EQ(signatures.signatories[1].name, "Rosa Ramírez Cruz");
}

TEST(Settlement, AnInstalmentPaidBeyondTheLastDayIsAnAmountToPayBack) {
    const auto e = ended_in_march(true);
    ASSERT_LT(e.settlement.balance.minor_units(), 0);
    const auto text = document::render_text(settlement_document(e.parties, e.settlement));
    EXPECT_NE(text.find("Importe que el prestador de los servicios debe reintegrar: $51,612.90 (CINCUENTA Y UN MIL "
                        "SEISCIENTOS DOCE PESOS 90/100 M.N.)."),
              std::string::npos) << text;
    EXPECT_EQ(text.find("-$"), std::string::npos);  // never a negative amount in words
}

}  // namespace
}  // namespace pacta::presentation
