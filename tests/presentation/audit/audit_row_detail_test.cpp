// An audit row as a person reads it: one line per field with its value before and after,
// nested values and JSON pointers as readable paths, dates dd/mm/aaaa, lists counted from 1.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/audit/audit_row_detail.h"

namespace pacta::presentation {
namespace {

TEST(AuditRowDetail, AChangeReadsFieldByFieldBeforeAndAfter) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const auto changes = audit_changes(R"({"/importe":"$68,858.30","/datos/prestador/fecha_nacimiento":"1990-03-12"})",
                                       R"({"/importe":"$70,000.00","/datos/prestador/fecha_nacimiento":"1990-03-21","/fin":"2024-12-31"})");
    ASSERT_EQ(changes.size(), 3U);
    EXPECT_EQ(changes[0].field, "Importe");
    EXPECT_EQ(changes[0].before, "$68,858.30");
    EXPECT_EQ(changes[0].after, "$70,000.00");
    EXPECT_EQ(changes[1].field, "Datos › prestador › fecha nacimiento");
    EXPECT_EQ(changes[1].before, "12/03/1990");
    EXPECT_EQ(changes[1].after, "21/03/1990");
    EXPECT_EQ(changes[2].field, "Fin");
    EXPECT_EQ(changes[2].before, "");  // only the new side has it
    EXPECT_EQ(changes[2].after, "31/12/2024");
}

TEST(AuditRowDetail, NestedObjectsAndListsBecomePathsAndOtherValuesOneLine) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const auto created = audit_changes(std::nullopt, R"({"firmantes":{"representante":"rep"},"exhibiciones":5,
        "claves_creadas":["A","B"],"activo":true})");
    ASSERT_EQ(created.size(), 5U);
    EXPECT_EQ(created[0].field, "Firmantes › representante");
    EXPECT_EQ(created[0].after, "rep");
    EXPECT_EQ(created[1].after, "5");
    EXPECT_EQ(created[2].field, "Claves creadas › 1");
    EXPECT_EQ(created[3].field, "Claves creadas › 2");
    EXPECT_EQ(created[4].after, "sí");
    const auto odd = audit_changes(std::nullopt, std::string("no es JSON"));
    ASSERT_EQ(odd.size(), 1U);
    EXPECT_EQ(odd[0].field, "Valor");
    EXPECT_EQ(odd[0].after, "no es JSON");
    EXPECT_TRUE(audit_changes(std::nullopt, std::nullopt).empty());
    // Digits are a list's position only in a list or a pointer; an object's key "2024" is a name.
    const auto years = audit_changes(std::nullopt, R"({"/firmantes/0/nombre":"Ana","tablas":{"2024":"isr"}})");
    ASSERT_EQ(years.size(), 2U);
    EXPECT_EQ(years[0].field, "Firmantes › 1 › nombre");
    EXPECT_EQ(years[1].field, "Tablas › 2024");
}

}  // namespace
}  // namespace pacta::presentation
