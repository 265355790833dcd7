#pragma once
// The contract wizard, as a view-model: person -> template -> the template's fields (typed,
// with help and errors beside each) -> signatories by role -> review (payment schedule,
// checker findings, the PDF) -> the contract stored and its files written.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/document/model.h"
#include "pacta/document/template.h"
#include "pacta/document/template_library.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

namespace pacta::presentation {

struct WizardField {
    std::string path;
    std::string label;
    std::string help;
    document::FieldType type = document::FieldType::texto;
    bool required = true;
    bool editable = true;  // lists of records (the signature block) follow the signatories
    std::string value;     // lists: one item per line; sex: «hombre» or «mujer» once readable
    std::string error;     // what is wrong with it, in Spanish; empty when fine
    // A list of records (the signature block): its fields' labels and one row per record,
    // as the contract will print them.
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// A list field's value (one item per line) as its items, empty lines left out.
[[nodiscard]] std::vector<std::string> list_items(const std::string& value);

class ContractWizardViewModel {
public:
    enum class Step { person, template_choice, fields, signatories, review, done };

    ContractWizardViewModel(const Session& session, domain::StaffRepository& staff,
                            domain::InstitutionRepository& institutions, domain::ContractDrafts& contracts,
                            document::TemplateLibrary templates, domain::Date today);

    [[nodiscard]] Step step() const { return step_; }
    [[nodiscard]] const std::string& error() const { return error_; }
    bool back();

    // 1. The person (the list is searchable as in Personal).
    StaffListViewModel people;
    bool choose_person(std::size_t visible_row);
    bool choose_person_key(const std::string& key);
    // 2. The template. The list holds those that cannot be used too, each with its problem
    // (unusable_template_line); choosing one of them fails with that as error().
    [[nodiscard]] std::vector<document::TemplateEntry> templates() const;
    bool choose_template(const std::string& id);
    bool choose_template(const document::TemplateEntry& entry);
    // 3. The fields, prefilled from the institution, the person and the signatories.
    [[nodiscard]] const std::vector<WizardField>& fields() const { return fields_; }
    // The institution's values a text field takes, offered as choices: its budget accounts
    // («…cuenta»), their information units («…unidad_informacion»), its units' cost centres
    // («…centro_costos») and names («…area», «…unidad»); empty when the field is free text.
    [[nodiscard]] std::vector<std::string> suggestions(const std::string& path) const;
    // «$» or «S/»: what the template's amounts are written in.
    [[nodiscard]] std::string currency_symbol() const;
    void set_field(const std::string& path, const std::string& value);
    bool fields_done();
    // 4. Signatories by role, among those whose powers are valid on the signing date.
    [[nodiscard]] const std::vector<SignatoryChoice>& signatories() const { return choices_; }
    void choose_signatory(const std::string& role, const std::string& code);
    bool signatories_done();
    // 5. Review: what will be stored and printed.
    [[nodiscard]] const std::vector<domain::Instalment>& schedule() const { return record_.schedule; }
    // Each instalment as the review step lists it: "1.  01/02/2024 – 29/02/2024   $13,771.66".
    [[nodiscard]] std::vector<std::string> schedule_lines() const;
    [[nodiscard]] const domain::Findings& findings() const { return findings_; }
    [[nodiscard]] std::vector<std::string> finding_lines() const;
    [[nodiscard]] const std::string& pdf() const { return pdf_; }
    // 6. Stores the contract, writes its PDF and public version into `folder`; the folio.
    std::optional<std::string> finish(const std::filesystem::path& folder);
    [[nodiscard]] const std::filesystem::path& written_pdf() const { return written_pdf_; }

    // The choices so far (person, template, the values typed, signatories, step) as JSON, to
    // keep as a draft while the wizard is open; empty before a person is chosen.
    [[nodiscard]] std::string draft_json() const;
    // A value typed but not yet submitted with «Siguiente»: kept in the draft only.
    void note_typed(const std::string& path, const std::string& value) { typed_[path] = value; }
    // Replays a draft from draft_json() up to the step it had reached (or the first that no
    // longer passes, with error() set); false with error() when the draft cannot apply (the
    // person or the template is gone, or it is unreadable).
    bool resume(const std::string& json);
    [[nodiscard]] const std::filesystem::path& written_public() const { return written_public_; }
    // Why no public version was kept (its read-back found personal data); empty when it was.
    [[nodiscard]] const std::string& public_problem() const { return public_problem_; }

    // Opens a stored draft, or a contract returned with comments, at the fields step to
    // correct it (person, template version and institution stay as stored); finish() then
    // revises it in place and rewrites its PDFs under the same folio. `source` is what
    // ContractCatalog::source() gives; the caller has checked that the contract may change
    // (ContractViewModel::check_editable). False with error() when it cannot be read.
    bool edit(const std::string& folio, const domain::StoredContract& source);
    // The folio being corrected; empty while drafting a new contract.
    [[nodiscard]] const std::string& editing() const { return editing_; }

private:
    void redraft();

    const Session& session_;
    domain::StaffRepository& staff_;
    domain::InstitutionRepository& institutions_;
    domain::ContractDrafts& contracts_;
    document::TemplateLibrary library_;
    domain::Date today_;
    Step step_ = Step::person;
    std::string error_;
    std::optional<domain::StaffMember> person_;
    std::optional<domain::Institution> institution_;
    std::optional<document::Template> template_;
    std::string template_id_;
    std::map<std::string, std::string> typed_;  // every value set or typed, by path
    std::string template_source_;
    document::DataValue extra_;
    std::map<std::string, std::string> chosen_;
    Draft draft_;
    std::vector<WizardField> fields_;
    std::vector<SignatoryChoice> choices_;
    domain::Findings findings_;
    domain::NewContract record_;
    std::string pdf_;
    std::optional<document::Document> document_;
    std::filesystem::path written_pdf_, written_public_;
    std::string public_problem_;
    std::string editing_;
    std::string editing_data_;  // the data the correction started from
};

}  // namespace pacta::presentation
