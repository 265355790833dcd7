#pragma once
// Which words a justified line must keep together: «N.º 045», «S/ 1,500.00», «$ 100», «Art. 5»
// and a date «15 de marzo de 2025».

#include <string>
#include <vector>

namespace pacta::pdf::detail {

// glue[i] is true when word i must stay on the line of word i - 1; `hard_break_after[i]` marks
// a forced line break after word i, which nothing crosses.
[[nodiscard]] std::vector<bool> bound_words(const std::vector<std::string>& words,
                                            const std::vector<bool>& hard_break_after);

}  // namespace pacta::pdf::detail
