// What every editing form holds: values by field, what is wrong with each, and whether
// anything changed since it was loaded or saved (a field never set equals an empty one).
#include <gtest/gtest.h>

#include "pacta/presentation/common/form_state.h"

namespace pacta::presentation {
namespace {

class Form : public FormState {
public:
    void set(const std::string& field, const std::string& value) {
        values_[field] = value;
        if (value == "mal") {
            errors_[field] = "no es válido";
        } else {
            errors_.erase(field);
        }
    }
    void save() { mark_saved(); }
};

TEST(FormState, KnowsWhatIsWrongAndWhetherAnythingChanged) {
    Form form;
    EXPECT_FALSE(form.modified());
    EXPECT_EQ(form.value("nombre"), "");
    form.set("nombre", "");
    EXPECT_FALSE(form.modified());  // never set and empty are the same
    form.set("nombre", "Rosa");
    EXPECT_TRUE(form.modified());
    form.set("curp", "mal");
    EXPECT_TRUE(form.has_errors());
    EXPECT_EQ(form.error("curp"), "no es válido");
    EXPECT_EQ(form.error("nombre"), "");
    form.set("curp", "RACR920514MDFMRS04");
    EXPECT_FALSE(form.has_errors());
    form.save();
    EXPECT_FALSE(form.modified());
    form.set("nombre", "Rosa María");
    EXPECT_TRUE(form.modified());
    form.set("nombre", "Rosa");
    EXPECT_FALSE(form.modified());  // back to what was saved
}

TEST(FormState, AFieldOfSeveralValuesKeepsThemCommaSeparated) {
    EXPECT_EQ(FormState::split_list(" representante, supervisor ,,juridico "),
              (std::vector<std::string>{"representante", "supervisor", "juridico"}));
    EXPECT_TRUE(FormState::split_list("").empty());
    EXPECT_EQ(FormState::join_list({"representante", "supervisor"}), "representante, supervisor");
    EXPECT_EQ(FormState::split_list(FormState::join_list({"a b", "c"})), (std::vector<std::string>{"a b", "c"}));
}

}  // namespace
}  // namespace pacta::presentation
