#include "pacta/document/csv.h"

#include <gtest/gtest.h>

namespace pacta::document {
namespace {

TEST(Csv, QuotesCommasLineBreaksAndBom) {
    const auto t = parse_csv("\xEF\xBB\xBF" "a,b,c\r\n1,\"dos, con coma\",\"tres \"\"citado\"\"\"\n4,\"cinco\nen dos líneas\",6\n", "p.csv");
    ASSERT_TRUE(t.findings.empty());
    EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][1], "dos, con coma");
    EXPECT_EQ(t.rows[0][2], "tres \"citado\"");
    EXPECT_EQ(t.rows[1][1], "cinco\nen dos líneas");
    EXPECT_EQ(t.row_numbers, (std::vector<std::size_t>{2, 3}));
}

TEST(Csv, ReportsCellCountAndUnclosedQuotes) {
    auto t = parse_csv("a,b\n1,2,3\n\n4,5\n", "p.csv");
    ASSERT_EQ(t.findings.size(), 1u);
    EXPECT_EQ(t.findings[0].code, "csv.cell_count");
    EXPECT_EQ(t.findings[0].param("row"), "2");
    EXPECT_EQ(t.rows.size(), 2u);  // the blank line is skipped
    t = parse_csv("a,b\n1,\"sin cerrar\n", "p.csv");
    ASSERT_EQ(t.findings.size(), 1u);
    EXPECT_EQ(t.findings[0].code, "csv.unterminated_quote");
    EXPECT_EQ(t.findings[0].param("line"), "2");
    EXPECT_EQ(t.findings[0].param("column"), "3");
}

TEST(Csv, RowsOverrideCommonDataAndSplitLists) {
    auto tmpl = parse_template("@plantilla t\n@campo p.nombre texto\n@campo p.tareas lista\n"
                               "@campo f registros\n@campo f.nombre texto\nTexto\n", "t.md");
    ASSERT_TRUE(tmpl.value);
    DataValue common;
    common.set("p.nombre", "Común");
    common.set("p.tareas", DataValue(DataValue::List{DataValue("x")}));
    DataValue::Record firmante;
    firmante.emplace("nombre", DataValue("Uno"));
    common.set("f", DataValue(DataValue::List{DataValue(firmante), DataValue(firmante)}));
    const auto data = apply_row(common, *tmpl.value, {"folio", "p.nombre", "p.tareas", "f.2.nombre"},
                                {"F-1", "", "uno | dos|", "Dos"}, {"folio"});
    EXPECT_EQ(data.find("p.nombre")->text(), "Común");  // empty cell: common value kept
    ASSERT_EQ(data.find("p.tareas")->list().size(), 2u);
    EXPECT_EQ(data.find("p.tareas")->list()[1].text(), "dos");
    EXPECT_EQ(data.find("f.2.nombre")->text(), "Dos");
    EXPECT_EQ(data.find("f.1.nombre")->text(), "Uno");
    EXPECT_EQ(data.find("folio"), nullptr);
}

}  // namespace
}  // namespace pacta::document
