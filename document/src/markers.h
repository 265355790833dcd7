#pragma once
// Private-use characters the evaluator puts in the Markdown it hands to md4c, so that what
// Markdown cannot say (personal data, clause boundaries, page breaks, signature blocks,
// lettered lists) survives parsing and reaches the document model. They never reach output.

#include <string_view>

namespace pacta::document::detail::marker {

// A personal value is never in the Markdown: only its index into Expansion::personal_values,
// so nothing in a value can end a redaction early.
inline constexpr std::string_view personal_begin = "\uE000";  // then the index
inline constexpr std::string_view personal_end = "\uE002";
inline constexpr std::string_view clause_begin = "\uE010";    // a paragraph: the clause index
inline constexpr std::string_view clause_index_end = "\uE011";
inline constexpr std::string_view clause_end = "\uE012";      // a paragraph of its own
inline constexpr std::string_view page_break = "\uE013";      // a paragraph of its own
inline constexpr std::string_view signatures_begin = "\uE014";  // then the block index
inline constexpr std::string_view signatures_end = "\uE015";
inline constexpr std::string_view lettered_item = "\uE016";   // first text of an "a)" item

}  // namespace pacta::document::detail::marker
