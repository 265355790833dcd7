#pragma once
// Types in a template: every path an expression names resolves (in the scope of its loops),
// every function and filter gets values of the kind it needs, so that what passes
// `plantilla validar` does not fail at `generar`. Also types the derived values.

#include "template_syntax.h"

namespace pacta::document::detail {

// Sets each derived value's type, item type and personal flag; findings carry line and column.
// Findings go to the source's list.
void check_template_types(Template& tmpl, SourceText& source);

}  // namespace pacta::document::detail
