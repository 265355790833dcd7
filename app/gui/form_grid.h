#pragma once
// A form of labelled fields bound to a view-model: text, a choice of stored values, several
// stored values to tick (kept as "a, b"), a date picker or several lines; each field's error in red beneath it, refreshed as one types.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "pacta/presentation/common/form_state.h"

class wxStaticText;

namespace pacta::gui {

struct FormField {
    enum Kind { text, choice, checks, date, lines };
    FormField(const char* name_, const char* label_, Kind kind_ = text, std::vector<const char*> choices_ = {})
        : name(name_), label(label_), kind(kind_), choices(std::move(choices_)) {}
    const char* name;                  // the view-model's field
    const char* label;                 // English source, translated
    Kind kind = text;
    std::vector<const char*> choices;  // stored values, for `choice` and `checks` (shown by their labels)
};

class FormGrid : public wxScrolledWindow {
public:
    // `set` passes each edit to the view-model; `changed` runs after it (to refresh the rest).
    FormGrid(wxWindow* parent, const std::vector<FormField>& fields, const presentation::FormState& state,
             std::function<void(const std::string& field, const std::string& value)> set,
             std::function<void()> changed = {});
    // Shows the view-model's current errors.
    void refresh_errors();
    // Scrolls to the first field with an error (after a failed save).
    void show_first_error();

private:
    const presentation::FormState& state_;
    std::map<std::string, wxStaticText*> errors_;
    std::vector<std::string> order_;
};

}  // namespace pacta::gui
