#include "home_panel.h"

#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "bar_chart.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/today.h"
#include "wx_text.h"

namespace pacta::gui {

HomePanel::HomePanel(wxWindow* parent, GuiWorkspace& ws, std::function<void(const std::string&)> open_contract,
                     std::function<void(presentation::AttentionKind)> show_all)
    : wxPanel(parent), model_(ws.session(), ws.contracts, ws.instalments, ws.staff, presentation::today()),
      open_contract_(std::move(open_contract)), show_all_(std::move(show_all)) {
    attention_ = new wxListBox(this, wxID_ANY);
    attention_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& e) {
        if (e.GetSelection() >= 0) open_line(static_cast<std::size_t>(e.GetSelection()));
    });
    const auto money = [this](double minor) { return to_wx(model_.amount_text(minor)); };
    payments_ = new BarChart(this, tr_wx("Instalments per month"), {tr_wx("planned"), tr_wx("paid")}, money);
    staff_ = new BarChart(this, tr_wx("Active staff by regime"), {to_wx(presentation::HomeViewModel::staff_series()[0]), to_wx(presentation::HomeViewModel::staff_series()[1])},
                          [](double count) { return wxString::Format("%.0f", count); });
    auto* charts = new wxBoxSizer(wxHORIZONTAL);
    charts->Add(payments_, 3, wxEXPAND | wxRIGHT, 6);
    charts->Add(staff_, 2, wxEXPAND);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(this, wxID_ANY, tr_wx("Needs your attention (double click opens the contract or the whole group)")), 0,
             wxALL, 6);
    box->Add(attention_, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);
    box->Add(charts, 2, wxEXPAND | wxALL, 6);
    SetSizer(box);
    // Filled when shown (the main window opens on it): read once, not twice, at start.
}

void HomePanel::open_line(std::size_t line) {
    if (line >= lines_.size()) return;
    // Copied: opening reloads the list.
    const auto chosen = lines_[line];
    if (chosen.more) {
        show_all_(*chosen.more);
    } else if (!chosen.folio.empty()) {
        open_contract_(chosen.folio);
    }
}

void HomePanel::reload() {
    model_.reload();
    attention_->Clear();
    lines_.clear();
    if (model_.attention().empty()) {
        attention_->Append(tr_wx("Nothing needs your attention today."));
        lines_.emplace_back();
    }
    for (const auto& group : model_.attention()) {
        attention_->Append(to_wx(group.title));
        lines_.emplace_back();
        for (const auto& item : group.items) {
            attention_->Append("    " + to_wx(item.text));
            lines_.push_back({item.folio, std::nullopt});
        }
        if (!group.more.empty()) {
            attention_->Append(to_wx("    " + group.more + "\u2026"));
            lines_.push_back({{}, group.kind});
        }
    }
    std::vector<BarGroup> months;
    for (const auto& m : model_.months()) {
        months.push_back({to_wx(m.caption),
                          {static_cast<double>(m.planned), static_cast<double>(m.paid)}});
    }
    payments_->set_groups(std::move(months));
    std::vector<BarGroup> regimes;
    for (const auto& r : model_.staff()) {
        regimes.push_back({to_wx(r.regime), {static_cast<double>(r.asistencial), static_cast<double>(r.administrativo)}});
    }
    staff_->set_groups(std::move(regimes));
}

}  // namespace pacta::gui
