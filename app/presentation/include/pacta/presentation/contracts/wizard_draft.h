#pragma once
// Where an unfinished contract wizard is kept so that a crash, a kill or a power cut loses
// nothing: one file per account in the office's drafts folder, rewritten whole (atomically,
// private) after every step and edit, removed when the contract is finished or the person
// discards it. Keeping it is a convenience: a failure to write never stops the wizard.

#include <filesystem>
#include <optional>
#include <string>

namespace pacta::presentation {

class WizardDraft {
public:
    // No file: nothing is kept (correcting a stored contract keeps no draft).
    WizardDraft() = default;
    explicit WizardDraft(std::filesystem::path file) : file_(std::move(file)) {}
    // The draft of `actor` in `drafts_folder` ("asistente-ana.json").
    [[nodiscard]] static WizardDraft for_account(const std::filesystem::path& drafts_folder, const std::string& actor);

    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    // What an earlier wizard left unfinished, when there is something.
    [[nodiscard]] std::optional<std::string> pending() const;
    // Keeps `json` (the wizard's draft_json()); an empty one removes the file.
    void keep(const std::string& json) const;
    void discard() const;

private:
    std::filesystem::path file_;
};

}  // namespace pacta::presentation
