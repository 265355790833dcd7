#include "attention_dialog.h"
#include "screen_fit.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "paged_list_ctrl.h"
#include "wx_text.h"

namespace pacta::gui {

AttentionDialog::AttentionDialog(wxWindow* parent, presentation::HomeViewModel& model,
                                 const presentation::AttentionGroup& group)
    : wxDialog(parent, wxID_ANY, to_wx(group.title), wxDefaultPosition, wxSize(820, 520),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const auto kind = group.kind;
    rows_.reset(model.group_count(kind), [&model, kind](std::size_t offset, std::size_t limit) {
        return model.group_page(kind, offset, limit);
    });
    list_ = new PagedListCtrl(this, {group.title}, {780}, [this](std::size_t row, std::size_t) {
        const auto* item = rows_.find(row);
        return item == nullptr ? std::string() : item->text;
    });
    list_->set_count(rows_.count());
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        if (e.GetIndex() < 0) return;
        if (const auto* item = rows_.find(static_cast<std::size_t>(e.GetIndex())); item != nullptr && !item->folio.empty()) {
            chosen_ = item->folio;
            EndModal(wxID_OK);
        }
    });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(this, wxID_ANY, tr_wx("Double click opens the contract.")), 0, wxALL, 8);
    box->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    box->Add(new wxButton(this, wxID_CANCEL, tr_wx("Close")), 0, wxALIGN_RIGHT | wxALL, 8);
    SetSizer(box);
    fit_to_screen(this);
    CentreOnScreen();
}

}  // namespace pacta::gui
