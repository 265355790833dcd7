#pragma once
// The files kept with a contract (its generated PDFs, public version and signed document),
// listed and opened from any desk: on the office server their bytes live in the database, so
// a desk opens a copy it writes for itself; on one desk the recorded file itself is opened.

#include <filesystem>
#include <string>
#include <vector>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct ContractDocument {
    enum class Kind { complete, public_version, signed_copy };
    Kind kind = Kind::complete;
    std::string file_name;    // as it was recorded, without the folder of the desk that wrote it
    std::string sha256;
    std::string recorded_at;  // UTC, ISO 8601; empty for a signed document
};

class ContractDocumentService {
public:
    ContractDocumentService(const Session& session, domain::ContractCatalog& contracts,
                            domain::ContractLifecycleRepository& lifecycle)
        : session_(session), contracts_(contracts), lifecycle_(lifecycle) {}

    // The contract's files, generated ones first, in the order they were recorded.
    [[nodiscard]] std::vector<ContractDocument> list(const std::string& folio);
    // The bytes of the file with this SHA-256, as recorded. Throws ServiceError when the
    // contract has no such file or the store can no longer give it as recorded.
    [[nodiscard]] std::string contents(const std::string& folio, const std::string& sha256);
    // A file on this desk to open: the recorded one when it is here unchanged, else a private
    // copy written (under a temporary name, then renamed) as `folder`/<folio>/<file name>.
    [[nodiscard]] std::filesystem::path local_copy(const std::string& folio, const std::string& sha256,
                                                   const std::filesystem::path& folder);

private:
    struct Recorded {
        ContractDocument document;
        std::string path;
    };
    [[nodiscard]] std::vector<Recorded> recorded(const std::string& folio);

    const Session& session_;
    domain::ContractCatalog& contracts_;
    domain::ContractLifecycleRepository& lifecycle_;
};

// How a list names one: «Contrato completo · PACTA-2024-0001.pdf · 03/12/2026 10:22».
[[nodiscard]] std::string document_line(const ContractDocument& document);

}  // namespace pacta::presentation
