#include "list_panel.h"

#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

ListPanel::ListPanel(wxWindow* parent, presentation::RecordList& list, const std::vector<int>& widths)
    : wxPanel(parent), list_(list) {
    auto* search = new wxSearchCtrl(this, wxID_ANY);
    search->SetDescriptiveText(tr_wx("Search (accents and capitals do not matter)"));
    search->ShowCancelButton(true);
    search_ = search;
    ctrl_ = new RecordListCtrl(this, list_, widths);
    count_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(search_, 0, wxEXPAND | wxALL, 6);
    box->Add(ctrl_, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);
    box->Add(count_, 0, wxEXPAND | wxALL, 6);
    SetSizer(box);
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        list_.set_search(from_wx(search_->GetValue()));
        refresh();
    });
    ctrl_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        if (open_ && e.GetIndex() >= 0) open_(static_cast<std::size_t>(e.GetIndex()));
    });
    refresh();
}

void ListPanel::refresh() {
    ctrl_->refresh();
    count_->SetLabel(to_wx(locale::fill(locale::tr("{shown} of {total}"),
                                        {{"shown", std::to_string(list_.count())}, {"total", std::to_string(list_.total())}})));
}

}  // namespace pacta::gui
