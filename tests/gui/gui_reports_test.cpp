// Reportes under Xvfb: the reference office's contract signed and its first instalment paid;
// the payments, headcount and due-date reports produced from the screen's own controls (the
// way a person fills them in), a reversed range refused with a message beside the filters,
// and the report saved as a PDF that qpdf accepts. Screenshots at 1024×700 are kept.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "gui_support.h"
#include "main_frame.h"
#include "report_table_ctrl.h"
#include "reports_panel.h"
#include "wx_text.h"

namespace {

namespace fs = std::filesystem;
namespace d = pacta::domain;
using namespace pacta;
using namespace pacta::gui_testing;

// The sample contract signed and its first instalment paid, through the store's ports.
void sign_and_pay(gui::GuiWorkspace& ws, const std::string& folio) {
    auto& lifecycle = ws.office->store().lifecycle();
    d::ContractState from = d::ContractState::borrador;
    for (const auto to : {d::ContractState::en_revision, d::ContractState::aprobado, d::ContractState::firmado}) {
        lifecycle.save_move({folio, from, to, "prueba", std::nullopt}, "ana");
        from = to;
    }
    d::WithholdingRules rules;
    rules.add_tariff(d::parse_monthly_tariff(2024, "0.01,,0.00,10.00\n"));
    const d::PaymentContext payment{d::Regime::honorarios, false, &rules};
    auto current = ws.instalments.for_contract(folio).front().record;
    auto on = *d::Date::from_ymd(2024, 3, 1);
    for (const auto to : {d::InstalmentState::report_delivered, d::InstalmentState::approved, d::InstalmentState::paid}) {
        const d::InstalmentMove m{to, on, "REF-1", "", "", "Supervisora", "", "R-1", ""};
        const auto next = d::apply_move(current, m, payment);
        ws.instalments.save_move(folio, current, next, "ana");
        current = next;
        on = on.add_days(1);
    }
}

TEST(GuiReports, PaymentsHeadcountAndDueDatesFromTheScreenAndASavedPdf) {
    auto office = open_office("reportes");
    ASSERT_TRUE(office.ws);
    sign_and_pay(*office.ws, office.folio);
    auto* frame = new gui::MainFrame(*office.ws);
    frame->Show();
    frame->show_screen(gui::MainFrame::reports);
    settle();
    auto* panel = frame->reports_panel();
    ASSERT_NE(panel, nullptr);

    // Payments of 2024, by month and budget account.
    panel->select_kind(1);
    panel->type_filter("desde", "01/2024");
    panel->type_filter("hasta", "12/2024");
    ASSERT_TRUE(panel->produce()) << gui::from_wx(panel->message()->GetLabel());
    auto* table = panel->table();
    ASSERT_GT(table->GetItemCount(), 1);
    wxListItem column;
    table->GetColumn(0, column);
    EXPECT_EQ(gui::from_wx(column.GetText()), "Mes");
    const long totals = table->GetItemCount() - 1;
    EXPECT_EQ(gui::from_wx(table->GetItemText(totals, 0)), "TOTAL");
    const auto& report = *panel->model().report();
    EXPECT_TRUE(report.reconciled());
    settle();
    screenshot("reportes-pagos");

    // Saved as a PDF a person can print: qpdf finds nothing wrong.
    const fs::path pdf = office.dir / "reporte-pagos.pdf";
    ASSERT_TRUE(panel->model().save(pdf)) << panel->model().error();
    FILE* check = ::popen(("qpdf --check '" + pdf.string() + "' >/dev/null 2>&1").c_str(), "r");
    ASSERT_NE(check, nullptr);
    EXPECT_EQ(::pclose(check), 0);

    // Headcount: a reversed range is refused beside the filters, then corrected.
    panel->select_kind(0);
    panel->type_filter("desde", "2025");
    panel->type_filter("hasta", "2023");
    EXPECT_FALSE(panel->produce());
    EXPECT_NE(gui::from_wx(panel->message()->GetLabel()).find("invertidos"), std::string::npos)
        << gui::from_wx(panel->message()->GetLabel());
    settle();
    screenshot("reportes-error");
    panel->type_filter("desde", "2023");
    panel->type_filter("hasta", "2024");
    panel->type_filter("corte", "30/06");  // the contract runs from February to June 2024
    ASSERT_TRUE(panel->produce()) << gui::from_wx(panel->message()->GetLabel());
    ASSERT_EQ(panel->table()->GetItemCount(), 2);  // Honorarios · Asistencial, and TOTAL
    EXPECT_EQ(gui::from_wx(panel->table()->GetItemText(0, 3)), "1");  // in 2024
    settle();
    screenshot("reportes-personal");

    // Contracts by state and template: the one contract, signed.
    panel->select_kind(2);
    ASSERT_TRUE(panel->produce());
    EXPECT_EQ(gui::from_wx(panel->table()->GetItemText(0, 0)), "firmado");
    settle();
    screenshot("reportes-contratos");

    // Due dates: two tables, the ending contracts and the overdue steps.
    panel->select_kind(3);
    panel->type_filter("dias", "120");  // on 15/03/2024 the contract ends within 120 days
    ASSERT_TRUE(panel->produce());
    ASSERT_EQ(panel->model().report()->sections.size(), 2U);
    EXPECT_EQ(panel->model().report()->sections[0].rows.size(), 1U);
    settle();
    screenshot("reportes-vencimientos");
    frame->Destroy();
    settle();
}

}  // namespace
