#pragma once
// Plain text and HTML renderings of a document. The public version (versión pública)
// replaces every personal-data run with a legend, so the value never reaches the output.

#include <string>

#include "pacta/document/model.h"

namespace pacta::document {

struct RenderOptions {
    bool public_version = false;
    // {label} is replaced by the field's label: "[ELIMINADO: CURP]".
    std::string legend = "[ELIMINADO: {label}]";
    // The legal basis for the removals, printed at the end of a public version.
    std::string legal_basis;
};

// The usual legal basis of a public version in each country ("MX", "PE"), until the
// institution configures its own.
[[nodiscard]] std::string default_legal_basis(const std::string& country);

// The closing note of a public version (empty for the full version or without a basis).
[[nodiscard]] std::string public_version_note(const RenderOptions& options);

[[nodiscard]] std::string render_text(const Document& doc, const RenderOptions& options = {});
[[nodiscard]] std::string render_html(const Document& doc, const RenderOptions& options = {});

// Text safe inside HTML or XML content and attribute values (& < > ").
[[nodiscard]] std::string escape_markup(std::string_view text);

// The text a run shows under `options` (its value, or the legend in a public version).
[[nodiscard]] std::string visible_text(const Run& run, const RenderOptions& options);

}  // namespace pacta::document
