// A person's form: each value checked as it is typed, saved through the service, and
// knowing when something changed.
#include <gtest/gtest.h>

#include "pacta/presentation/staff/staff_editor_screen.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST_F(Settings, TheStaffEditorKnowsWhenSomethingChanged) {
    MemoryStaff staff;
    StaffEditorViewModel editor(clerk, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1), rosa_ramirez());
    EXPECT_FALSE(editor.modified());
    editor.set("telefono", rosa_ramirez().phone);
    EXPECT_FALSE(editor.modified());
    editor.set("telefono", "744 123 4567");
    EXPECT_TRUE(editor.modified());
    ASSERT_TRUE(editor.save()) << editor.save_error();
    EXPECT_FALSE(editor.modified());
}

class StoringStaff : public MemoryStaff {
public:
    d::StaffImportResult import(const std::vector<d::StaffMember>& staff, const std::string& institution, bool update,
                                const std::string&, const d::ProgressReport& = {}, const d::ImportSource& = {}) override {
        for (const auto& m : staff) people.push_back(m);
        last_institution = institution;
        updated = update;
        d::StaffImportResult result;
        result.created = staff.size();
        return result;
    }
    std::string last_institution;
    bool updated = false;
};

TEST(StaffEditor, ChecksEachValueAsItIsTypedAndSavesThroughTheService) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    MemoryAudit audit;
    const Session session(account_with("carlos", {d::Role::capturista}), audit);
    StoringStaff staff;
    const d::StaffMember known = rosa_ramirez();
    staff.people = {known};
    StaffEditorViewModel editor(session, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1));
    editor.set("curp", "MAMM900312MGRRRR04");
    EXPECT_NE(editor.error("curp").find("dígito verificador"), std::string::npos) << editor.error("curp");
    editor.set("curp", "MAMM900312MGRRRR03");
    EXPECT_TRUE(editor.error("curp").empty());
    editor.set("curp", known.curp);
    EXPECT_NE(editor.duplicate_warning().find("ya está registrado"), std::string::npos) << editor.duplicate_warning();
    editor.set("curp", "MAMM900312MGRRRR03");
    EXPECT_TRUE(editor.duplicate_warning().empty());
    editor.set("fecha_nacimiento", "1990-02-30");
    EXPECT_FALSE(editor.error("fecha_nacimiento").empty());
    EXPECT_TRUE(editor.age_text().empty());
    editor.set("fecha_nacimiento", "1990-03-12");
    EXPECT_EQ(editor.age_text(), "Edad: 34 años");
    editor.set("nombre", "María Luisa");
    editor.set("primer_apellido", "Martínez");
    editor.set("segundo_apellido", "Martínez");
    // The CURP says a woman born on 12 March 1990; a man is refused.
    editor.set("sexo", "hombre");
    EXPECT_FALSE(editor.save());
    EXPECT_FALSE(editor.error("curp").empty());
    editor.set("sexo", "mujer");
    ASSERT_TRUE(editor.save()) << editor.save_error();
    EXPECT_EQ(staff.people.back().full_name(), "María Luisa Martínez Martínez");
    EXPECT_EQ(staff.last_institution, "imss-gro");
    EXPECT_FALSE(staff.updated);
    // A reviewer may not add people.
    const Session other(account_with("rita", {d::Role::revisor_juridico}), audit);
    StaffEditorViewModel refused(other, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1), staff.people.back());
    EXPECT_FALSE(refused.save());
    EXPECT_NE(refused.save_error().find("capturista"), std::string::npos) << refused.save_error();
}

// Two desks edit the same person: the second to save is refused, and the first one's change
// stays; opened again, the record shows it and can be changed from there.
TEST(StaffEditor, ASaveOverSomeoneElsesChangeIsRefused) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    MemoryAudit audit;
    const Session session(account_with("carlos", {d::Role::capturista}), audit);
    MemoryStaff staff;
    const d::StaffMember person = rosa_ramirez();
    staff.people = {person};
    StaffEditorViewModel first(session, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1), person);
    StaffEditorViewModel second(session, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1), person);
    first.set("telefono", "7471112233");
    ASSERT_TRUE(first.save()) << first.save_error();
    second.set("domicilio", "Calle Nueva 2");
    EXPECT_FALSE(second.save());
    EXPECT_NE(second.save_error().find("mientras usted lo editaba"), std::string::npos) << second.save_error();
    EXPECT_EQ(second.save_error().rfind("rosa guardó el registro de esta persona el 07/12/2026 a las ", 0), 0U)
        << second.save_error();
    EXPECT_EQ(staff.find(person.curp)->phone, "7471112233");
    EXPECT_EQ(staff.find(person.curp)->domicile, person.domicile);

    StaffEditorViewModel again(session, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1), *staff.find(person.curp));
    again.set("domicilio", "Calle Nueva 2");
    ASSERT_TRUE(again.save()) << again.save_error();
    EXPECT_EQ(staff.find(person.curp)->domicile, "Calle Nueva 2");
    EXPECT_EQ(staff.find(person.curp)->phone, "7471112233");
}

}  // namespace
}  // namespace pacta::presentation
