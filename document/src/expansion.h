#pragma once
// First stage of generation: the template's body, evaluated with the data, becomes Markdown
// text with markers (markers.h) plus the tables the markers point into.

#include <string>
#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/model.h"
#include "pacta/document/template.h"

namespace pacta::document::detail {

struct ClauseInfo {
    std::string key;
    int number = 0;
    std::string ordinal;
    std::string heading;    // as the template's @clausulas style writes it: "CLÁUSULA PRIMERA: OBJETO"
    bool own_line = false;  // the heading is a paragraph of its own
};

// A personal value and the label its redaction shows.
struct MarkedValue {
    std::string label;
    std::string value;
};

struct Expansion {
    std::string markdown;
    std::vector<MarkedValue> personal_values;
    std::vector<ClauseInfo> clauses;
    std::vector<std::vector<Signatory>> signature_blocks;
    domain::Findings findings;  // warnings: optional values that printed empty
};

// Throws domain::RuleError when a value does not suit its filter or a reference names a
// clause this contract leaves out.
[[nodiscard]] Expansion expand(const Template& tmpl, const DataValue& data,
                               const domain::BusinessCalendar* calendar = nullptr);

// Second stage: md4c parses the Markdown into the document model.
[[nodiscard]] std::vector<Block> build_blocks(const Expansion& expansion);

}  // namespace pacta::document::detail
