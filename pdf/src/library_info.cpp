#include "pacta/pdf/library_info.h"

#include <podofo/base/PdfDefines.h>

namespace pacta::pdf {

std::string pdf_library_version() {
    return "PoDoFo " + std::to_string(PODOFO_VERSION_MAJOR) + "." +
           std::to_string(PODOFO_VERSION_MINOR) + "." + std::to_string(PODOFO_VERSION_PATCH);
}

}  // namespace pacta::pdf
