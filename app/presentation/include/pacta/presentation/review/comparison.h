#pragma once
// Comparisons for legal reviewers (domain/text_compare.h): the segments of a generated
// contract, of a template's text, or of a file; and the result as plain text (wdiff style:
// [-deleted-] {+inserted+}) or as a document whose PDF underlines insertions in blue and
// strikes deletions through in red, clause by clause.

#include <map>
#include <string>
#include <vector>

#include "pacta/document/model.h"
#include "pacta/domain/text_compare.h"

namespace pacta::presentation {

// A generated contract: text before the clauses, each clause under its template key, text after.
[[nodiscard]] std::vector<domain::Segment> segments_of(const document::Document& doc);

// A template's source: each {% clausula KEY %} block under its key, and the text around them.
[[nodiscard]] std::vector<domain::Segment> segments_of_template(const std::string& source);

// The template's source with the body of each clause named in `texts` replaced by that text
// (the approved library's wording), everything else untouched.
[[nodiscard]] std::string with_clause_texts(const std::string& source, const std::map<std::string, std::string>& texts);

struct ComparisonSummary {
    std::size_t unchanged = 0, changed = 0, inserted = 0, deleted = 0, moved = 0;
};
[[nodiscard]] ComparisonSummary summarize(const std::vector<domain::SegmentComparison>& result);

// The comparison as pieces of text, each with its style, for a screen to draw (struck red,
// underlined blue) without parsing text again; redline_text writes them wdiff style.
struct RedlinePiece {
    enum class Style { plain, heading, inserted, deleted };
    Style style = Style::plain;
    std::string text;
};
[[nodiscard]] std::vector<RedlinePiece> comparison_pieces(const std::vector<domain::SegmentComparison>& result,
                                                          const std::string& a, const std::string& b);
[[nodiscard]] std::string redline_text(const std::vector<RedlinePiece>& pieces);

[[nodiscard]] std::string comparison_text(const std::vector<domain::SegmentComparison>& result, const std::string& a,
                                          const std::string& b);
[[nodiscard]] document::Document comparison_document(const std::vector<domain::SegmentComparison>& result,
                                                     const std::string& a, const std::string& b);

}  // namespace pacta::presentation
