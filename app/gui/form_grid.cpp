#include "form_grid.h"

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "pacta/locale/labels.h"
#include "wheel_guard.h"
#include "wx_text.h"

namespace pacta::gui {

FormGrid::FormGrid(wxWindow* parent, const std::vector<FormField>& fields, const presentation::FormState& state,
                   std::function<void(const std::string&, const std::string&)> set, std::function<void()> changed)
    : wxScrolledWindow(parent), state_(state) {
    SetScrollRate(0, 12);
    auto edited = [set, changed, this](const std::string& name, const std::string& value) {
        set(name, value);
        refresh_errors();
        if (changed) changed();
    };
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 2));
    grid->AddGrowableCol(1);
    for (const auto& f : fields) {
        const std::string name = f.name;
        const std::string current = state_.value(name);
        grid->Add(new wxStaticText(this, wxID_ANY, tr_wx(f.label)), 0, wxALIGN_CENTER_VERTICAL);
        auto* cell = new wxBoxSizer(wxVERTICAL);
        switch (f.kind) {
            case FormField::choice: {
                auto* choice = new wxChoice(this, wxID_ANY);
                for (std::size_t i = 0; i < f.choices.size(); ++i) {
                    choice->Append(to_wx(locale::choice_label(name, f.choices[i])));
                    if (current == f.choices[i]) choice->SetSelection(static_cast<int>(i));
                }
                const auto choices = f.choices;
                choice->Bind(wxEVT_CHOICE, [edited, name, choices](wxCommandEvent& e) {
                    edited(name, choices.at(static_cast<std::size_t>(e.GetSelection())));
                });
                choice->SetName(to_wx(name));
                scroll_form_unless_focused(choice);
                cell->Add(choice, 0, wxEXPAND);
                break;
            }
            case FormField::checks: {
                // The offered values, then any other the record already holds (an office's own).
                std::vector<std::string> keys(f.choices.begin(), f.choices.end());
                const auto ticked = presentation::FormState::split_list(current);
                for (const auto& k : ticked) {
                    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
                }
                auto* list = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 90));
                for (std::size_t i = 0; i < keys.size(); ++i) {
                    list->Append(to_wx(locale::choice_label(name, keys[i])));
                    if (std::find(ticked.begin(), ticked.end(), keys[i]) != ticked.end()) list->Check(static_cast<unsigned>(i));
                }
                list->Bind(wxEVT_CHECKLISTBOX, [edited, name, keys, list](wxCommandEvent&) {
                    std::vector<std::string> ticked_now;
                    for (std::size_t i = 0; i < keys.size(); ++i) {
                        if (list->IsChecked(static_cast<unsigned>(i))) ticked_now.push_back(keys[i]);
                    }
                    edited(name, presentation::FormState::join_list(ticked_now));
                });
                list->SetName(to_wx(name));
                cell->Add(list, 0, wxEXPAND);
                break;
            }
            case FormField::date: {
                auto* picker = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                                    wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
                wxDateTime when;
                if (when.ParseISODate(to_wx(current))) picker->SetValue(when);
                picker->Bind(wxEVT_DATE_CHANGED, [edited, name](wxDateEvent& e) {
                    edited(name, e.GetDate().IsValid() ? from_wx(e.GetDate().FormatISODate()) : std::string());
                });
                picker->SetName(to_wx(name));
                cell->Add(picker, 0);
                break;
            }
            case FormField::text:
            case FormField::lines: {
                const bool lines = f.kind == FormField::lines;
                auto* text = new wxTextCtrl(this, wxID_ANY, to_wx(current), wxDefaultPosition,
                                            lines ? wxSize(-1, 70) : wxDefaultSize, lines ? wxTE_MULTILINE : 0);
                text->Bind(wxEVT_TEXT, [edited, name, text](wxCommandEvent&) { edited(name, from_wx(text->GetValue())); });
                text->SetName(to_wx(name));
                cell->Add(text, 0, wxEXPAND);
                break;
            }
        }
        auto* error = new wxStaticText(this, wxID_ANY, wxEmptyString);
        error->SetForegroundColour(*wxRED);
        errors_[name] = error;
        order_.push_back(name);
        cell->Add(error, 0, wxEXPAND);
        grid->Add(cell, 1, wxEXPAND);
    }
    auto* inner = new wxBoxSizer(wxVERTICAL);
    inner->Add(grid, 0, wxEXPAND | wxALL, 10);
    SetSizer(inner);
    refresh_errors();
}

void FormGrid::show_first_error() {
    for (const auto& name : order_) {
        if (state_.error(name).empty()) continue;
        int unit_x = 0;
        int unit_y = 0;
        GetScrollPixelsPerUnit(&unit_x, &unit_y);
        const wxPoint at = CalcUnscrolledPosition(errors_.at(name)->GetPosition());
        if (unit_y > 0) Scroll(-1, std::max(0, at.y - 60) / unit_y);
        return;
    }
}

void FormGrid::refresh_errors() {
    for (const auto& [name, label] : errors_) {
        label->SetLabel(message_wx(state_.error(name)));
        label->Wrap(480);
    }
    Layout();
}

}  // namespace pacta::gui
