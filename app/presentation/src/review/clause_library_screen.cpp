#include "pacta/presentation/review/clause_library_screen.h"

#include "pacta/locale/labels.h"

#include <functional>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/review_service.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::tr;

ClauseLibraryViewModel::ClauseLibraryViewModel(const Session& session, d::ClauseLibrary& library)
    : list({tr("Clause"), tr("Version"), tr("Title"), tr("State"), tr("Written by"), tr("Decided by")}),
      session_(session), library_(library) {}

void ClauseLibraryViewModel::reload() {
    clauses_ = ClauseLibraryService(session_, library_).list();
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : clauses_) {
        rows.push_back({c.key, std::to_string(c.version), c.title, locale::clause_status_label(c.status), c.created_by, c.decided_by});
    }
    list.set_rows(std::move(rows));
}

bool ClauseLibraryViewModel::attempt(const std::function<void()>& action) {
    if (!presentation::attempt(error_, action)) return false;
    reload();
    return true;
}

bool ClauseLibraryViewModel::approve(std::size_t row) {
    const auto chosen = at(row);
    return attempt([&] { ClauseLibraryService(session_, library_).approve(chosen.key, chosen.version); });
}

bool ClauseLibraryViewModel::retire(std::size_t row) {
    const auto chosen = at(row);
    return attempt([&] { ClauseLibraryService(session_, library_).retire(chosen.key, chosen.version); });
}

bool ClauseLibraryViewModel::add(const std::string& clause_key, const std::string& clause_title, const std::string& text,
                                 const std::string& legal_basis) {
    // Said in the screen's words (the service's refusal names pacta-cli's options).
    if (clause_title.find_first_not_of(" \n\t") == std::string::npos ||
        text.find_first_not_of(" \n\t") == std::string::npos) {
        error_ = tr("a clause needs a title and its text.");
        return false;
    }
    d::LibraryClause clause;
    clause.key = clause_key;
    clause.title = clause_title;
    clause.text = text;
    clause.legal_basis = legal_basis;
    return attempt([&] { (void)ClauseLibraryService(session_, library_).add(clause); });
}

}  // namespace pacta::presentation
