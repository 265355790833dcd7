#pragma once
// «Verificar firmas»: what each signature of the contract's signed PDF proves, as the
// verification service judged it, in text a person can read and copy.

#include <string>
#include <vector>

#include <wx/dialog.h>

class wxTextCtrl;

namespace pacta::gui {

class VerificationDialog : public wxDialog {
public:
    VerificationDialog(wxWindow* parent, const std::string& folio, const std::vector<std::string>& lines, bool all_good);
    [[nodiscard]] wxTextCtrl* text() const { return text_; }

private:
    wxTextCtrl* text_;
};

}  // namespace pacta::gui
