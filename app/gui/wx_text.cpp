#include "wx_text.h"

#include "pacta/locale/catalog.h"

namespace pacta::gui {

wxString tr_wx(const char* english) { return to_wx(locale::tr(english)); }

}  // namespace pacta::gui
