#pragma once
// What each incremental update of a PDF changed beyond signing: a signer's update fills a
// signature field (its /V, an appearance) and adds the signature; anything else (a page's
// content, a page added, the catalog's pages) after a signature is an edit of what was signed.
#include <cstddef>
#include <string>
#include <vector>

#include "pacta/pdf/signature_check.h"

namespace pacta::pdf::detail {

// For each revision k in (first, ends.size()), ending at ends[k], what it changed beyond
// signatures: empty when only signatures were added. Entries up to `first` are empty (not
// examined). Reads each revision with PoDoFo: call inside an isolated process.
[[nodiscard]] std::vector<std::vector<LaterChange>> revision_changes(const std::string& bytes, const std::vector<std::size_t>& ends,
                                                        std::size_t first);

}  // namespace pacta::pdf::detail
