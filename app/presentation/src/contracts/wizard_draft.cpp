#include "pacta/presentation/contracts/wizard_draft.h"

#include "pacta/document/template_library.h"
#include "pacta/platform/atomic_file.h"

namespace pacta::presentation {

WizardDraft WizardDraft::for_account(const std::filesystem::path& drafts_folder, const std::string& actor) {
    return WizardDraft(drafts_folder / ("asistente-" + actor + ".json"));
}

std::optional<std::string> WizardDraft::pending() const {
    if (file_.empty()) return std::nullopt;
    auto text = document::read_file(file_);
    if (!text || text->empty()) return std::nullopt;
    return text;
}

void WizardDraft::keep(const std::string& json) const {
    if (file_.empty()) return;
    if (json.empty()) {
        discard();
        return;
    }
    try {
        std::filesystem::create_directories(file_.parent_path());
        platform::write_file_atomically(file_, json);
    } catch (const std::exception&) {
        // A convenience: the wizard goes on without it.
    }
}

void WizardDraft::discard() const {
    if (file_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(file_, ignored);
}

}  // namespace pacta::presentation
