#pragma once
// What the contract commands share: reading a template with its exact text, the figures
// a contract record keeps (amount, dates, account), regenerating a stored contract, and
// writing its files.

#include <filesystem>
#include <optional>
#include <string>

#include "console.h"
#include "pacta/db/contract_repository.h"
#include "pacta/document/generate.h"
#include "pacta/document/render.h"
#include "pacta/document/template.h"
#include "pacta/domain/institution.h"

namespace pacta::cli {

struct TemplateWithSource {
    document::Template tmpl;
    std::string source;  // the exact text, stored with the contract
};

// A bundled template by id, or a template file; reports why not and returns nullopt.
[[nodiscard]] std::optional<TemplateWithSource> load_template_with_source(const std::string& id_or_path,
                                                                           const Console& console);

// The amount, dates and budget account of generated data, as the contract record keeps them.
[[nodiscard]] db::ContractContent content_of(const document::Template& tmpl, const document::DataValue& generated,
                                             const std::string& inputs_json);

// The stored contract generated again from its stored template version and data; findings
// are reported and nullopt returned when it cannot be.
[[nodiscard]] std::optional<document::Generation> regenerate(const db::ContractRecord& record, const Console& console);

// Render options for the institution (public-version legend and legal basis).
[[nodiscard]] document::RenderOptions render_options(const std::optional<domain::Institution>& institution,
                                                     const document::Document& doc, bool public_version);

}  // namespace pacta::cli
