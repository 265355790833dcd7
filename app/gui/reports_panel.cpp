#include "reports_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "long_task.h"
#include "report_table_ctrl.h"
#include "pacta/locale/catalog.h"
#include "problem_dialog.h"
#include "stacked_chart.h"
#include "wx_text.h"

namespace pacta::gui {

namespace p = presentation;

ReportsPanel::ReportsPanel(wxWindow* parent, GuiWorkspace& ws)
    : wxPanel(parent), ws_(ws), model_(ws.session(), ws.office->store()) {
    kind_ = new wxChoice(this, wxID_ANY);
    for (const auto& label : p::ReportsViewModel::kind_labels()) kind_->Append(to_wx(label));
    kind_->SetSelection(0);
    kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { select_kind(static_cast<std::size_t>(kind_->GetSelection())); });
    filters_ = new wxBoxSizer(wxHORIZONTAL);
    produce_ = new wxButton(this, wxID_ANY, tr_wx("&Produce"));
    produce_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { produce(); });
    save_ = new wxButton(this, wxID_ANY, tr_wx("&Save as..."));
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    save_->Disable();
    section_ = new wxChoice(this, wxID_ANY);
    section_->Hide();
    section_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_section(static_cast<std::size_t>(section_->GetSelection())); });
    message_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    chart_ = new StackedChart(this);
    table_ = new ReportTableCtrl(this);

    // The report and, when it has several tables, which one; below, its filters and actions:
    // two rows, so the widest report's filters fit at 1024 pixels.
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(this, wxID_ANY, tr_wx("Report:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    top->Add(kind_, 0, wxRIGHT, 16);
    top->Add(produce_, 0, wxRIGHT, 6);
    top->Add(save_, 0);
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actions->Add(filters_, 0, wxALIGN_CENTER_VERTICAL);
    actions->Add(section_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 6);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(top, 0, wxEXPAND | wxALL, 6);
    box->Add(actions, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    box->Add(message_, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    box->Add(chart_, 0, wxEXPAND | wxALL, 6);
    box->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    SetSizer(box);
    build_filters();
    show_section(0);
}

void ReportsPanel::select_kind(std::size_t index) {
    kind_->SetSelection(static_cast<int>(index));
    model_.set_kind(static_cast<p::ReportsViewModel::Kind>(index));
    build_filters();
    section_->Clear();
    section_->Hide();
    save_->Disable();
    message_->SetLabel(wxEmptyString);
    show_section(0);
}

void ReportsPanel::type_filter(const std::string& name, const std::string& text) {
    for (const auto& [n, control] : filter_controls_) {
        if (n != name) continue;
        if (auto* choice = dynamic_cast<wxChoice*>(control)) choice->SetStringSelection(to_wx(text));
        if (auto* box = dynamic_cast<wxTextCtrl*>(control)) box->SetValue(to_wx(text));
    }
}

void ReportsPanel::build_filters() {
    for (auto& [name, control] : filter_controls_) control->Destroy();
    filter_controls_.clear();
    filters_->Clear(true);
    for (const auto& name : model_.filter_names()) {
        filters_->Add(new wxStaticText(this, wxID_ANY, to_wx(model_.filter_label(name))), 0,
                      wxALIGN_CENTER_VERTICAL | wxRIGHT, 3);
        wxWindow* control = nullptr;
        if (name == "agrupar") {
            auto* choice = new wxChoice(this, wxID_ANY);
            for (const auto& c : model_.grouping_choices()) choice->Append(to_wx(c));
            choice->SetStringSelection(to_wx(model_.filter(name)));
            control = choice;
        } else {
            auto* text = new wxTextCtrl(this, wxID_ANY, to_wx(model_.filter(name)), wxDefaultPosition, wxSize(110, -1),
                                        wxTE_PROCESS_ENTER);
            text->SetHint(to_wx(model_.filter_hint(name)));
            text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { produce(); });
            control = text;
        }
        filters_->Add(control, 0, wxRIGHT, 10);
        filter_controls_.emplace_back(name, control);
    }
    // Tab goes from the report's choice through its filters to «Generar».
    wxWindow* previous = kind_;
    for (auto& [name, control] : filter_controls_) {
        control->MoveAfterInTabOrder(previous);
        previous = control;
    }
    produce_->MoveAfterInTabOrder(previous);
    Layout();
}

void ReportsPanel::read_filters() {
    for (const auto& [name, control] : filter_controls_) {
        if (auto* choice = dynamic_cast<wxChoice*>(control)) {
            model_.set_filter(name, from_wx(choice->GetStringSelection()));
        } else if (auto* text = dynamic_cast<wxTextCtrl*>(control)) {
            model_.set_filter(name, from_wx(text->GetValue()));
        }
    }
}

bool ReportsPanel::produce() {
    read_filters();
    // The worker replaces the report: nothing on screen may read the old one meanwhile.
    table_->show(nullptr);
    chart_->set_chart(std::nullopt);
    bool done = false;
    Job job;
    job.title = tr_wx("Reports");
    job.message = tr_wx("Adding up the records...");
    job.work = [this, &done](const domain::ProgressReport&, const std::function<void(std::size_t)>&) { done = model_.produce(); };
    job.done = [] {};
    run_job(this, job);
    section_->Clear();
    if (done && model_.report()) {
        for (const auto& s : model_.report()->sections) section_->Append(to_wx(s.title));
        section_->SetSelection(0);
    }
    section_->Show(section_->GetCount() > 1);
    save_->Enable(done);
    show_section(0);
    message_->SetLabel(to_wx(done ? model_.notes() : model_.error()));
    message_->SetForegroundColour(done && model_.report()->reconciled() ? *wxBLACK : wxColour(170, 0, 0));
    message_->Wrap(std::max(300, GetClientSize().x - 20));
    Layout();
    return done;
}

void ReportsPanel::show_section(std::size_t index) {
    const auto& report = model_.report();
    const p::ReportSection* section = report && index < report->sections.size() ? &report->sections[index] : nullptr;
    table_->show(section);
    chart_->set_chart(section ? section->chart : std::nullopt);
    chart_->Show(section != nullptr && section->chart.has_value());
    Layout();
}

void ReportsPanel::save() {
    wxFileDialog pick(this, tr_wx("Save the report"), wxEmptyString, to_wx(model_.file_name("pdf")),
                      tr_wx("PDF (*.pdf)|*.pdf|Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (pick.ShowModal() != wxID_OK) return;
    std::string path = from_wx(pick.GetPath());
    // The type chosen decides the ending when the name has none of the three.
    static const char* endings[] = {".pdf", ".xlsx", ".csv"};
    const auto ending = std::filesystem::path(path).extension().string();
    if (ending != ".pdf" && ending != ".xlsx" && ending != ".csv") path += endings[std::clamp(pick.GetFilterIndex(), 0, 2)];
    if (!model_.save(path)) {
        message_->SetLabel(to_wx(model_.error()));
        message_->SetForegroundColour(wxColour(170, 0, 0));
        Layout();
        return;
    }
    message_->SetLabel(to_wx(locale::fill(locale::tr("Saved as {file}."), {{"file", std::filesystem::path(path).filename().string()}})));
    message_->SetForegroundColour(*wxBLACK);
    Layout();
}

}  // namespace pacta::gui
