#pragma once
// Why a store could not be opened, in the user's language: the same words in pacta-cli and
// in the desktop's message box, whatever the engine.

#include <string>

#include "pacta/domain/ports/store.h"

namespace pacta::presentation {

[[nodiscard]] std::string describe(const domain::StoreUnavailable& failure);

}  // namespace pacta::presentation
