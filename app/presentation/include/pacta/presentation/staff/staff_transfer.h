#pragma once
// Loading a staff spreadsheet into the database, and writing everyone out, as long work:
// both report progress and may be cancelled, leaving nothing half-done (the import is one
// transaction; the export is written to a temporary name and renamed when complete).
// pacta-cli and the desktop application share these.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/finding.h"
#include "pacta/domain/progress.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// The institution an import goes to: the one named, else the only one there is ("" when
// there is none yet). Throws ServiceError when there are several and none was named.
[[nodiscard]] std::string import_institution(domain::InstitutionRepository& institutions,
                                             const std::optional<std::string>& named);
// The institution's unit codes (a staff row must name one of them).
[[nodiscard]] std::vector<std::string> unit_codes(domain::InstitutionRepository& institutions, const std::string& code);

struct StaffImportOptions {
    std::string institution_code;
    std::vector<std::string> units;  // the institution's unit codes
    bool update_existing = false;    // else a person already recorded rejects the row
    bool partial = false;            // import the valid rows even when others are rejected
};

struct StaffRejection {
    std::size_t line = 0;
    domain::Findings findings;  // errors only
};

struct StaffImportReport {
    domain::Findings file_findings;  // the file could not be read as a whole: nothing imported
    std::size_t rows = 0;
    std::vector<StaffRejection> rejections;
    bool imported = false;  // false when rows were rejected without `partial`
    domain::StaffImportResult stored;
    std::filesystem::path rejected_file;  // "<file>.rechazados.csv", written when rows were rejected
};

// `progress` hears of rows stored (the total is the number of valid rows, known once the file
// is read: `on_total`). Throws domain::Cancelled when cancelled (nothing stored).
[[nodiscard]] StaffImportReport import_staff_file(const Session& session, domain::StaffRepository& staff,
                                                  const std::filesystem::path& file, const StaffImportOptions& options,
                                                  const std::function<void(std::size_t total)>& on_total = {},
                                                  const domain::ProgressReport& progress = {});

// Writes everyone to `file` (.csv or .xlsx), audited as an export; the number of people.
// Throws ServiceError for another extension or a file that cannot be written, and
// domain::Cancelled when cancelled (no file left behind).
std::size_t export_staff_file(const Session& session, domain::StaffRepository& staff, const std::filesystem::path& file,
                              const domain::ProgressReport& progress = {});

// The same for one user, the institution and its units looked up in the records.
class StaffFiles {
public:
    StaffFiles(const Session& session, domain::StaffRepository& staff, domain::InstitutionRepository& institutions)
        : session_(session), staff_(staff), institutions_(institutions) {}
    // Into `institution` (the only one there is when nullopt).
    [[nodiscard]] StaffImportReport import(const std::filesystem::path& file, const std::optional<std::string>& institution,
                                           bool update_existing, bool partial,
                                           const std::function<void(std::size_t total)>& on_total = {},
                                           const domain::ProgressReport& progress = {});
    std::size_t export_to(const std::filesystem::path& file, const domain::ProgressReport& progress = {}) {
        return export_staff_file(session_, staff_, file, progress);
    }

private:
    const Session& session_;
    domain::StaffRepository& staff_;
    domain::InstitutionRepository& institutions_;
};

}  // namespace pacta::presentation
