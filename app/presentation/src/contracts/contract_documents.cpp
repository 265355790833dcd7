#include "pacta/presentation/contracts/contract_documents.h"

#include <system_error>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

namespace {

// Only the last part of a path another desk recorded: a copy is never written outside the
// folder it is asked for, whatever the row says.
std::string plain_name(const std::string& recorded, const std::string& folio, const char* fallback_extension) {
    std::string name = fs::path(recorded).filename().string();
    if (name.empty() || name == "." || name == ".." || name.find('\\') != std::string::npos) {
        name = folio + fallback_extension;
    }
    return name;
}

}  // namespace

std::vector<ContractDocumentService::Recorded> ContractDocumentService::recorded(const std::string& folio) {
    const auto contract = contracts_.find(folio);
    if (!contract) throw ServiceError(fill(tr("there is no contract «{folio}»; check its folio."), {{"folio", folio}}));
    session_.require(d::Permission::read_records, "contrato " + folio, contract->institution_code);
    std::vector<Recorded> out;
    for (const auto& file : contract->files) {
        ContractDocument doc;
        doc.kind = file.kind == "publico" ? ContractDocument::Kind::public_version : ContractDocument::Kind::complete;
        doc.file_name = plain_name(file.path, folio, ".pdf");
        doc.sha256 = file.sha256;
        doc.recorded_at = file.created_at;
        out.push_back({doc, file.path});
    }
    for (const auto& signed_doc : lifecycle_.signed_documents(folio)) {
        ContractDocument doc;
        doc.kind = ContractDocument::Kind::signed_copy;
        doc.file_name = plain_name(signed_doc.path, folio, "-firmado.pdf");
        doc.sha256 = signed_doc.sha256;
        out.push_back({doc, signed_doc.path});
    }
    return out;
}

std::vector<ContractDocument> ContractDocumentService::list(const std::string& folio) {
    std::vector<ContractDocument> out;
    for (auto& r : recorded(folio)) out.push_back(std::move(r.document));
    return out;
}

std::string ContractDocumentService::contents(const std::string& folio, const std::string& sha256) {
    for (const auto& r : recorded(folio)) {
        if (r.document.sha256 != sha256) continue;
        if (auto bytes = contracts_.file_contents(folio, sha256)) return std::move(*bytes);
        throw ServiceError(fill(tr("the file «{file}» of contract {folio} is no longer as it was recorded: it was moved "
                                   "or changed on the computer that kept it. Generate the contract again, or ask for "
                                   "the signed copy to be recorded again."),
                                {{"file", r.document.file_name}, {"folio", folio}}));
    }
    throw ServiceError(fill(tr("contract {folio} has no file with that fingerprint; its view lists the files it keeps."),
                            {{"folio", folio}}));
}

fs::path ContractDocumentService::local_copy(const std::string& folio, const std::string& sha256,
                                             const fs::path& folder) {
    for (const auto& r : recorded(folio)) {
        if (r.document.sha256 != sha256) continue;
        // On the desk that recorded it, the file itself, while it is unchanged.
        if (!r.path.empty()) {
            if (const auto bytes = document::read_file(r.path); bytes && platform::sha256_hex(*bytes) == sha256) {
                return fs::absolute(r.path);
            }
        }
        const std::string bytes = contents(folio, sha256);
        const fs::path target = folder / plain_name(folio, folio, "") / r.document.file_name;
        if (const auto there = document::read_file(target); there && platform::sha256_hex(*there) == sha256) return target;
        try {
            fs::create_directories(target.parent_path());
            platform::write_file_atomically(target, bytes);
        } catch (const std::exception&) {
            throw ServiceError(fill(tr("the copy of «{file}» could not be written on this computer; check that its "
                                       "disk has room and try again."),
                                    {{"file", r.document.file_name}}));
        }
        return target;
    }
    throw ServiceError(fill(tr("contract {folio} has no file with that fingerprint; its view lists the files it keeps."),
                            {{"folio", folio}}));
}

std::string document_line(const ContractDocument& document) {
    std::string kind;
    switch (document.kind) {
        case ContractDocument::Kind::complete: kind = tr("Complete contract"); break;
        case ContractDocument::Kind::public_version: kind = tr("Public version"); break;
        case ContractDocument::Kind::signed_copy: kind = tr("Signed document"); break;
    }
    std::string line = kind + " · " + document.file_name;
    if (!document.recorded_at.empty()) line += " · " + display_timestamp(document.recorded_at);
    return line;
}

}  // namespace pacta::presentation
