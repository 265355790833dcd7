#include "wx_text.h"

#include "pacta/domain/utf8.h"
#include "pacta/locale/catalog.h"

namespace pacta::gui {

wxString tr_wx(const char* english) { return to_wx(locale::tr(english)); }

wxString message_wx(const std::string& text) { return to_wx(domain::capitalize_first(text)); }

}  // namespace pacta::gui
