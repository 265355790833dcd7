#pragma once
// The signature fields of a loaded PDF: shared by the signer (which fills one) and the
// checker (which asks which field each signature belongs to).
#include <podofo/podofo.h>

#include <string>
#include <vector>

namespace pacta::pdf::detail {

struct SignatureField {
    PoDoFo::PdfObject* object = nullptr;  // the field (merged with its widget, usually)
    std::string name;                     // its full name: parents' names joined by "."
    unsigned value_object = 0;            // the object number /V points to; 0 when unsigned
};

// Every /FT /Sig field under the AcroForm's /Fields, depth-first (at most 16 levels).
[[nodiscard]] std::vector<SignatureField> signature_fields_of(PoDoFo::PdfMemDocument& doc);

}  // namespace pacta::pdf::detail
