#pragma once
// A whole group of Inicio (every contract awaiting review, returned or ending soon), read
// from the store a window at a time; double click opens the contract.

#include <optional>
#include <string>

#include <wx/dialog.h>

#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/common/row_window.h"

namespace pacta::gui {

class PagedListCtrl;

class AttentionDialog : public wxDialog {
public:
    AttentionDialog(wxWindow* parent, presentation::HomeViewModel& model, const presentation::AttentionGroup& group);
    // The folio the user opened, if any (the dialog then ends with wxID_OK).
    [[nodiscard]] const std::optional<std::string>& chosen() const { return chosen_; }

private:
    presentation::RowWindow<presentation::AttentionItem> rows_;
    PagedListCtrl* list_;
    std::optional<std::string> chosen_;
};

}  // namespace pacta::gui
