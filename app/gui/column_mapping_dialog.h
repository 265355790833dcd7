#pragma once
// Which column of the office's spreadsheet gives what: one row per column with its header,
// a choice of field and its first values; «Aceptar» waits until the mapping can be used.

#include <vector>

#include <wx/dialog.h>

#include "pacta/presentation/contracts/column_mapping.h"

class wxButton;
class wxChoice;
class wxStaticText;

namespace pacta::gui {

class ColumnMappingDialog : public wxDialog {
public:
    ColumnMappingDialog(wxWindow* parent, presentation::ColumnMappingViewModel& model, const wxString& file);
    // For tests: what the user would pick in the row of `column`.
    void choose(std::size_t column, std::size_t target);
    [[nodiscard]] bool acceptable() const;

private:
    void show_problem();

    presentation::ColumnMappingViewModel& model_;
    std::vector<wxChoice*> choices_;
    wxStaticText* problem_ = nullptr;
    wxButton* ok_ = nullptr;
};

}  // namespace pacta::gui
