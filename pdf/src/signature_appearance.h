#pragma once
// What a signed field shows: a Form XObject with the signer's lines (name, identity, time,
// certificate serial) in Liberation Serif, embedded as a subset of exactly those characters,
// sized to fit the field.
#include <podofo/podofo.h>

#include <string>
#include <vector>

namespace pacta::pdf::detail {

// Adds the appearance to `doc` (its objects get the next free numbers) and returns it.
// Throws std::runtime_error when the font is not installed.
PoDoFo::PdfReference add_signature_appearance(PoDoFo::PdfMemDocument& doc, double width, double height,
                                              const std::vector<std::string>& lines);

}  // namespace pacta::pdf::detail
