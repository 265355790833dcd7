#pragma once
// The contract use cases pacta-cli and the desktop share: drafting from the records,
// generating its files, editing a draft, amending a signed contract, printing the copies to
// sign, checking it, reading it. Each checks the user's permission and scope first; each
// write is one transaction in the store.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/generate.h"
#include "pacta/document/template.h"
#include "pacta/domain/ports/store.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/contracts/public_version_check.h"
#include "pacta/presentation/review/review_service.h"

namespace pacta::presentation {

// A template with the exact text it was read from (stored with every contract made from it).
struct TemplateWithSource {
    document::Template tmpl;
    std::string source;
    domain::Findings warnings;  // what the parser noticed without refusing it
};

// A bundled or office template by id, or a template file by path. Throws ServiceError when
// there is none, InvalidInput with the parser's findings when it cannot be used.
[[nodiscard]] TemplateWithSource load_template(const std::string& id_or_path);

// «rosa guardó este contrato el 07/12/2026 a las 10:42 mientras usted lo corregía; …»: a
// correction refused because someone saved the contract meanwhile, in the user's words.
[[nodiscard]] std::string concurrent_edit_text(const domain::ConcurrentEdit& e);

// The institution a contract is for: `code`, or the only one there is (else
// AmbiguousInstitution); ServiceError when there is none by that code.
[[nodiscard]] domain::Institution contract_institution(domain::Store& store, const std::string& code);

struct DraftRequest {
    const TemplateWithSource* tmpl = nullptr;
    std::string institution_code;  // empty: the only institution there is
    std::string person_key;        // CURP, DNI or foreign card
    std::map<std::string, std::string> signatories;  // role -> signatory code, chosen
    document::DataValue extra;                        // what only this contract says
    domain::Date today = *domain::Date::from_ymd(2000, 1, 1);
};

struct Drafted {
    std::string folio;
    std::string person;
    domain::Findings warnings;
};

// A contract with its signed documents and its history of moves.
struct ContractView {
    domain::StoredContract contract;
    std::vector<domain::SignedDocument> signed_documents;
    std::vector<domain::ContractHistoryEntry> history;
};

struct GeneratedFiles {
    std::vector<WrittenFile> files;
    domain::Findings warnings;  // what generating it again noticed without refusing it
};

struct PaperCopies {
    int copies = 0;
    std::string sha256;
};

class ContractService {
public:
    ContractService(const Session& session, domain::Store& store) : session_(session), store_(store) {}

    [[nodiscard]] Drafted draft(const DraftRequest& request);
    // The contracts of the user's institutions, newest first.
    [[nodiscard]] std::vector<domain::ContractSummary> list();
    // Whether a contract has this folio (a name given on the command line may be a file's).
    [[nodiscard]] bool exists(const std::string& folio) { return store_.contracts().find(folio).has_value(); }
    [[nodiscard]] ContractView view(const std::string& folio);
    // Writes the contract as `file` (.pdf, .html or .txt) and, when given, its public
    // version, in the institution's legend; both recorded with the contract.
    [[nodiscard]] GeneratedFiles generate(const std::string& folio, const std::filesystem::path& file,
                                          const std::optional<std::filesystem::path>& public_file);
    // Writes only the public version (for a transparency portal), recorded with the contract.
    [[nodiscard]] GeneratedFiles generate_public(const std::string& folio, const std::filesystem::path& public_file);
    // Applies `changes` over a draft's (or a returned contract's) data; its content and
    // schedule are replaced in one transaction (a schedule the template does not compute,
    // entered by hand, stays). Returns the warnings.
    [[nodiscard]] domain::Findings edit(const std::string& folio, const document::DataValue& changes);
    // Drafts an amendment ("convenio modificatorio", in Peru "adenda") of a signed contract in
    // force.
    [[nodiscard]] Drafted amend(const std::string& folio, const document::DataValue& changes, domain::Date today);
    // `copies` numbered copies for signing by hand (from the contract when nullopt), once
    // approved; audited.
    [[nodiscard]] PaperCopies print_copies(const std::string& folio, std::optional<int> copies,
                                           const std::filesystem::path& file);
    // The contract checker on a stored contract (with the person's other contracts, the
    // signatories' powers and its stored schedule).
    [[nodiscard]] domain::Findings check(const std::string& folio);
    // The contract generated again from its stored template version and data.
    [[nodiscard]] document::Generation generated(const std::string& folio);

    // Reads `file` back as a public version of the contract `folio` (publica verificar):
    // which of its personal values the file shows, and where. Needs the right to see the
    // contract's personal data (the answer reveals whether a value is one of them); audited.
    [[nodiscard]] PublicVersionCheck check_public_file(const std::string& folio, const std::filesystem::path& file);
    // The contract as the approved clause library would word it: its template with each
    // clause the library has approved in the library's wording, generated with its data.
    [[nodiscard]] document::Generation generated_with_library(const std::string& folio);
    // The text of a template version stored with the contracts made from it.
    [[nodiscard]] std::optional<std::string> stored_template(const std::string& code, int version);
    // The clauses of a stored contract by key, with their ordinals (for review comments).
    [[nodiscard]] std::vector<ClauseName> clause_names(const std::string& folio);

    // Without a permission check: for checks the caller has already authorised.
    [[nodiscard]] domain::StoredContract stored(const std::string& folio);
    [[nodiscard]] static document::Generation generate_stored(const domain::StoredContract& contract);

private:
    [[nodiscard]] domain::StoredContract readable(const std::string& folio, const std::string& what);

    const Session& session_;
    domain::Store& store_;
};

}  // namespace pacta::presentation
