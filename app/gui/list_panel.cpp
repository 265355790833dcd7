#include "list_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

ListPanel::ListPanel(wxWindow* parent, presentation::ListModel& list, const std::vector<int>& widths, std::string name,
                     std::vector<std::size_t> filters)
    : wxPanel(parent), list_(list), name_(std::move(name)) {
    auto* search = new wxSearchCtrl(this, wxID_ANY);
    search->SetDescriptiveText(tr_wx("Search (accents and capitals do not matter)"));
    search->ShowCancelButton(true);
    search_ = search;
    // Column widths as the user left them.
    std::vector<int> kept = widths;
    wxConfigBase* config = wxConfigBase::Get();
    for (std::size_t c = 0; !name_.empty() && c < kept.size(); ++c) {
        long width = kept[c];
        config->Read(wxString::Format("/listas/%s/columna%zu", to_wx(name_), c), &width, width);
        kept[c] = static_cast<int>(width);
    }
    ctrl_ = new RecordListCtrl(this, list_, kept);
    ctrl_->Bind(wxEVT_LIST_COL_END_DRAG, [this](wxListEvent& e) {
        e.Skip();
        if (name_.empty()) return;
        CallAfter([this] {
            for (int c = 0; c < ctrl_->GetColumnCount(); ++c) {
                wxConfigBase::Get()->Write(wxString::Format("/listas/%s/columna%d", to_wx(name_), c),
                                           static_cast<long>(ctrl_->GetColumnWidth(c)));
            }
        });
    });
    count_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top_ = top;
    top->Add(search_, 1, wxEXPAND | wxRIGHT, 6);
    for (const auto column : filters) {
        auto* choice = new wxChoice(this, wxID_ANY);
        choice->SetToolTip(to_wx(list_.columns().at(column)));
        filters_.emplace_back(column, choice);
        top->Add(new wxStaticText(this, wxID_ANY, to_wx(list_.columns().at(column) + ":")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3);
        top->Add(choice, 0, wxRIGHT, 6);
        choice->Bind(wxEVT_CHOICE, [this, column, choice](wxCommandEvent&) {
            list_.set_filter(column, choice->GetSelection() <= 0 ? std::string() : from_wx(choice->GetStringSelection()));
            refresh();
        });
    }
    refresh_filters();
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(top, 0, wxEXPAND | wxALL, 6);
    box->Add(ctrl_, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);
    buttons_ = new wxBoxSizer(wxHORIZONTAL);
    buttons_->Add(count_, 1, wxALIGN_CENTER_VERTICAL);
    box->Add(buttons_, 0, wxEXPAND | wxALL, 6);
    SetSizer(box);
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        list_.set_search(from_wx(search_->GetValue()));
        refresh();
    });
    // Enter in the search: one match opens it (the wizard takes the person); several put the
    // keyboard on the list, first row chosen, for the arrows.
    search_->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) {
        if (list_.count() == 1 && open_) {
            open_(0);
        } else if (list_.count() > 0) {
            ctrl_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            ctrl_->SetFocus();
        }
    });
    ctrl_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        if (open_ && e.GetIndex() >= 0) open_(static_cast<std::size_t>(e.GetIndex()));
    });
    refresh();
}

wxButton* ListPanel::add_button(const wxString& label, std::function<void(std::optional<std::size_t>)> handler) {
    auto* button = new wxButton(this, wxID_ANY, label);
    button->Bind(wxEVT_BUTTON, [this, handler](wxCommandEvent&) { handler(selected_row()); });
    buttons_->Add(button, 0, wxLEFT, 6);
    Layout();
    return button;
}

std::optional<std::size_t> ListPanel::selected_row() const {
    const long row = ctrl_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) return std::nullopt;
    return static_cast<std::size_t>(row);
}

void ListPanel::add_period_filter(std::size_t start_column, std::size_t end_column, const wxString& from_label) {
    auto make_picker = [this](const wxString& label) {
        top_->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3);
        auto* picker = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                            wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
        picker->SetValue(wxInvalidDateTime);
        top_->Add(picker, 0, wxRIGHT, 6);
        return picker;
    };
    auto* from = make_picker(from_label);
    auto* to = make_picker(tr_wx("to:"));
    auto apply = [this, from, to, start_column, end_column](wxDateEvent&) {
        const auto iso = [](wxDatePickerCtrl* p) {
            return p->GetValue().IsValid() ? from_wx(p->GetValue().FormatISODate()) : std::string();
        };
        list_.set_period(start_column, end_column, iso(from), iso(to));
        refresh();
    };
    from->Bind(wxEVT_DATE_CHANGED, apply);
    to->Bind(wxEVT_DATE_CHANGED, apply);
    Layout();
}

void ListPanel::refresh_filters() {
    for (const auto& [column, choice] : filters_) {
        const auto kept = choice->GetStringSelection();
        choice->Clear();
        choice->Append(tr_wx("(all)"));
        for (const auto& value : list_.values_of(column)) choice->Append(to_wx(value));
        if (!kept.empty() && choice->FindString(kept) != wxNOT_FOUND) {
            choice->SetStringSelection(kept);
        } else {
            choice->SetSelection(0);
        }
    }
}

void ListPanel::refresh() {
    ctrl_->refresh();
    count_->SetLabel(count_text());
    if (counted_) counted_(count_text());
}

wxString ListPanel::count_text() const {
    return to_wx(locale::fill(locale::tr("{shown} of {total}"),
                              {{"shown", std::to_string(list_.count())}, {"total", std::to_string(list_.total())}}));
}

}  // namespace pacta::gui
