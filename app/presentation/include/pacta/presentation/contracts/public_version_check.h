#pragma once
// Public versions checked, not assumed: the file written is read back (the text of every
// page, the PDF's Info and XMP, form fields, annotations, any other string, its name) and
// kept only when no personal value of the contract appears in it (document/leak_check.h).

#include <filesystem>
#include <string>
#include <vector>

#include "pacta/document/leak_check.h"
#include "pacta/document/data.h"
#include "pacta/document/model.h"
#include "pacta/document/template.h"
#include "pacta/presentation/contracts/contract_output.h"

namespace pacta::presentation {

struct PublicVersionCheck {
    bool readable = true;  // false: the file could not be read back, so nothing is proven
    std::vector<document::Leak> leaks;
    [[nodiscard]] bool clean() const { return readable && leaks.empty(); }
};

// Whose bytes are read: a file from anywhere is parsed by PoDoFo in a limited child process;
// a file Pacta has just written, in this process (batches write from several threads).
enum class BytesFrom { outside, pacta };

// What a reader of the file sees, source by source ("página 2", "propiedades del PDF").
[[nodiscard]] std::vector<document::TextSource> public_text_sources(const std::string& bytes, OutputFormat format,
                                                                    const std::filesystem::path& file, bool& readable,
                                                                    BytesFrom from = BytesFrom::outside);

[[nodiscard]] PublicVersionCheck check_public_version(const document::Document& doc, const std::string& bytes,
                                                      OutputFormat format, const std::filesystem::path& file,
                                                      BytesFrom from = BytesFrom::outside);

// "«x-publica.pdf» shows personal data: CURP in page 1; Domicilio in the XMP metadata…":
// `written` when Pacta was writing it (and so did not keep it), else a file being checked.
[[nodiscard]] std::string public_version_problem(const PublicVersionCheck& check, const std::filesystem::path& file,
                                                 bool written);

// The bytes of a file given to check (at most 100 MB); throws ServiceError when it cannot be read.
[[nodiscard]] std::string read_public_candidate(const std::filesystem::path& file);

// publica verificar ARCHIVO --datos D --plantilla P: the file against the personal values of
// a contract generated from a template and data given (no records involved).
[[nodiscard]] PublicVersionCheck check_public_file_against(const document::Template& tmpl,
                                                           const document::DataValue& data,
                                                           const std::filesystem::path& file);

// Writes a public version under a temporary name, reads it back from the disk and renames it
// into place only when it is clean; otherwise removes it and throws ServiceError.
void write_public_version(const document::Document& doc, const std::filesystem::path& file, const std::string& bytes,
                          OutputFormat format);

}  // namespace pacta::presentation
