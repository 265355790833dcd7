// The form of an instalment move is decided by the service layer: the fields each move asks
// for, their defaults and which are required; the desktop only draws it.
#include "pacta/presentation/payments/instalment_move_form.h"

#include <gtest/gtest.h>

#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/payments/payments_screen.h"

namespace {

namespace d = pacta::domain;
using namespace pacta::presentation;
using State = d::InstalmentState;

d::ContractInstalment instalment(d::Currency currency) {
    d::ContractInstalment i;
    i.folio = "F-1";
    i.person = "Rosa Ramírez Cruz";
    i.supervisor = "María Teresa Díaz Martínez";
    i.record.plan.number = 2;
    i.record.plan.amount = d::Money::from_units(13771, 66, currency);
    return i;
}

std::vector<std::string> keys(const MoveForm& form) {
    std::vector<std::string> out;
    for (const auto& f : form.fields) out.push_back(f.key);
    return out;
}

const auto today = *d::Date::from_ymd(2024, 3, 15);

TEST(InstalmentMoveForm, AMexicanPaymentAsksForTheCfdiAPeruvianOneForTheReceiptAndTheCertificate) {
    const auto mx = move_form(instalment(d::Currency::MXN), State::paid, today);
    EXPECT_EQ(keys(mx), (std::vector<std::string>{"fecha", "referencia", "cfdi", "motivo"}));
    const auto pe = move_form(instalment(d::Currency::PEN), State::paid, today);
    EXPECT_EQ(keys(pe), (std::vector<std::string>{"fecha", "referencia", "recibo", "constancia", "motivo"}));
    EXPECT_EQ(pe.field("constancia")->kind, MoveField::Kind::check);
    EXPECT_EQ(pe.field("fecha")->value, "2024-03-15");
}

TEST(InstalmentMoveForm, TheApproverDefaultsToTheDesignatedSupervisor) {
    const auto form = move_form(instalment(d::Currency::MXN), State::approved, today);
    EXPECT_EQ(form.field("aprobado_por")->value, "María Teresa Díaz Martínez");
    EXPECT_EQ(form.field("referencia"), nullptr);
}

TEST(InstalmentMoveForm, SuspendingOrCancellingRequiresAReason) {
    EXPECT_TRUE(move_form(instalment(d::Currency::MXN), State::suspended, today).field("motivo")->required);
    EXPECT_TRUE(move_form(instalment(d::Currency::MXN), State::cancelled, today).field("motivo")->required);
    EXPECT_FALSE(move_form(instalment(d::Currency::MXN), State::report_delivered, today).field("motivo")->required);
}

TEST(InstalmentMoveForm, TheFilledFormBecomesTheMove) {
    auto form = move_form(instalment(d::Currency::PEN), State::paid, today);
    form.field("fecha")->value = "2024-03-20";
    form.field("referencia")->value = "TRF-99";
    form.field("recibo")->value = "E001-12";
    form.field("constancia")->value = "1";
    const auto filled = move_from_form(form, today);
    EXPECT_EQ(filled.move.to, State::paid);
    EXPECT_EQ(filled.move.on, *d::Date::from_ymd(2024, 3, 20));
    EXPECT_EQ(filled.move.reference, "TRF-99");
    EXPECT_EQ(filled.move.receipt_number, "E001-12");
    EXPECT_TRUE(filled.move.cfdi_uuid.empty());
    EXPECT_TRUE(filled.suspension_certificate);
    form.field("fecha")->value = "no es fecha";
    EXPECT_EQ(move_from_form(form, today).move.on, today);
}

TEST(InstalmentMoveForm, PagosOffersTheDayInicioCountsByInTheInstitutionsFormat) {
    const auto day = PaymentsViewModel::due_by_as_on_home(today);
    EXPECT_EQ(day.days() - today.days(), std::chrono::days(HomeViewModel::due_within_days));
    const auto caption = PaymentsViewModel::due_by_caption(*d::Date::from_ymd(2024, 3, 22));
    EXPECT_NE(caption.find("22/03/2024"), std::string::npos) << caption;
}

}  // namespace
