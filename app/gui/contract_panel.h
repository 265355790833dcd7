#pragma once

#include <filesystem>
// One contract: its state, a button for each move the user's roles allow, and its history.

#include <functional>

#include <wx/panel.h>

#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

class wxStaticText;
class wxListBox;
class wxBoxSizer;

namespace pacta::gui {

class ContractPanel : public wxPanel {
public:
    ContractPanel(wxWindow* parent, presentation::ContractViewModel& model);
    // What «Revisión jurídica…» opens (set by the main window, which owns the repositories).
    void on_review(std::function<void(const std::string& folio)> handler) { review_ = std::move(handler); }
    // What «Corregir los datos…» opens (the wizard at its data step), for drafts and
    // contracts returned with comments.
    void on_correct(std::function<void(const std::string& folio)> handler) { correct_ = std::move(handler); }
    // What «Firmar…» opens, for approved contracts.
    void on_sign(std::function<void(const std::string& folio)> handler) { sign_ = std::move(handler); }
    // What «Verificar firmas» opens, for contracts with a PDF from approval on.
    void on_verify(std::function<void(const std::string& folio)> handler) { verify_ = std::move(handler); }
    // «Ejemplares para firmar a mano…», offered once the contract is approved.
    void on_print(std::function<void(const std::string& folio)> handler) { print_ = std::move(handler); }
    // Opens a file on this desk with the system's viewer, or offers to save a copy.
    void open_file(const std::filesystem::path& file);
    // Why a step was refused, in red under the buttons ("" hides it).
    void show_problem(const std::string& text);
    // What the last step did, in the place of problems but not in red.
    void show_notice(const std::string& text);
    void show(const std::string& folio);
    // Why the last step was refused, in red under the buttons ("" when it was not).
    [[nodiscard]] wxString problem() const;
    // The files kept with the contract, as listed.
    [[nodiscard]] wxListBox* file_list() const { return files_; }

private:
    void rebuild();
    void open_selected_file();
    // «Guardar una copia…»: the selected file copied where the person chooses.
    void save_selected_file();
    void save_copy(const std::filesystem::path& file, const wxString& title, const std::string& if_cancelled);

    presentation::ContractViewModel& model_;
    wxStaticText* title_;
    wxStaticText* state_;
    wxStaticText* summary_;
    wxBoxSizer* moves_;
    wxStaticText* problem_;
    wxListBox* history_;
    wxListBox* files_;
    wxListBox* instalments_;
    wxListBox* audit_;
    std::function<void(const std::string&)> review_;
    std::function<void(const std::string&)> correct_;
    std::function<void(const std::string&)> sign_;
    std::function<void(const std::string&)> verify_;
    std::function<void(const std::string&)> print_;
};

}  // namespace pacta::gui
