#pragma once
// A report list's columns, never narrower than their titles (with room for the sort arrow):
// «Vigente desde», not «Vigente desd».

#include <algorithm>
#include <string>
#include <vector>

#include <wx/listctrl.h>

#include "wx_text.h"

namespace pacta::gui {

// `widths[c]` for column c as wanted (`fallback` past its end), widened to fit its title.
inline void append_titled_columns(wxListCtrl* list, const std::vector<std::string>& titles,
                                  const std::vector<int>& widths, int fallback = 120) {
    for (std::size_t c = 0; c < titles.size(); ++c) {
        const wxString title = to_wx(titles[c]);
        const int wanted = c < widths.size() ? widths[c] : fallback;
        list->AppendColumn(title, wxLIST_FORMAT_LEFT, std::max(wanted, list->GetTextExtent(title).GetWidth() + 30));
    }
}

}  // namespace pacta::gui
