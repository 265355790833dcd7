#pragma once
// Legal review of one contract: its clauses with comments and their resolutions, the
// checklist, and the comparison with the approved clause library as a redline.

#include <wx/dialog.h>

#include "pacta/presentation/review/review_screen.h"

class wxCheckListBox;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace pacta::gui {

class ReviewDialog : public wxDialog {
public:
    ReviewDialog(wxWindow* parent, presentation::ReviewViewModel& model, const std::string& folio);
    void refresh();
    // Shows the redline page (computed when first shown).
    void show_redline();

private:
    void show_clause();
    // Shows the model's error when not done; reads the review again. Returns `done`.
    bool report(bool done);

    presentation::ReviewViewModel& model_;
    wxListBox* clauses_;
    wxTextCtrl* clause_text_;
    wxListBox* comments_;
    wxCheckListBox* checklist_;
    wxStaticText* blocker_;
    wxTextCtrl* redline_;
    bool redline_shown_ = false;
};

// Colours a wdiff-style text in `view`: [-deleted-] struck through in red, {+inserted+}
// underlined in blue, as the comparison PDF does.
void show_redline_text(wxTextCtrl* view, const std::string& text);

}  // namespace pacta::gui
