#pragma once
// The one place where UTF-8 std::string meets wxString (and a domain date meets wxDateTime).

#include <wx/datetime.h>
#include <wx/string.h>

#include <string>

#include "pacta/domain/date.h"

namespace pacta::gui {

[[nodiscard]] inline wxString to_wx(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }
[[nodiscard]] inline std::string from_wx(const wxString& text) {
    const auto utf8 = text.utf8_str();
    return std::string(utf8.data(), utf8.length());
}
// A date for wxWidgets' pickers.
[[nodiscard]] inline wxDateTime to_wx_date(const domain::Date& date) {
    return wxDateTime(static_cast<unsigned short>(date.day()), static_cast<wxDateTime::Month>(date.month() - 1),
                      date.year());
}
// A message for a person (an error, a refusal, a problem beside a field): the services write
// them as clauses ("the contract … is frozen"), the desktop shows them as sentences.
[[nodiscard]] wxString message_wx(const std::string& text);
// A translated string from the project's catalog (English source), as a wxString.
[[nodiscard]] wxString tr_wx(const char* english);

}  // namespace pacta::gui
