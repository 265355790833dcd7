#include "pacta/document/data_check.h"

#include <gtest/gtest.h>

#include "pacta/document/json_data.h"

namespace pacta::document {
namespace {

Template make(const char* country) {
    const std::string text = std::string("@plantilla t\n@pais ") + country +
                             "\n@moneda " + (std::string(country) == "PE" ? "PEN" : "MXN") +
                             "\n"
                             "@campo p.nombre texto requerido \"Nombre\"\n"
                             "@campo p.sexo sexo requerido \"Sexo\"\n"
                             "@campo p.curp curp opcional personal \"CURP\"\n"
                             "@campo p.rfc rfc opcional personal \"RFC\"\n"
                             "@campo total importe requerido \"Total\"\n"
                             "@campo partes entero requerido \"Partes\"\n"
                             "@campo inicio fecha requerido \"Inicio\"\n"
                             "@campo tareas lista requerido \"Tareas\"\n"
                             "@campo firmantes registros requerido \"Firmantes\"\n"
                             "@campo firmantes.nombre texto requerido \"Nombre del firmante\"\n"
                             "Texto\n";
    auto parsed = parse_template(text, "t.md");
    EXPECT_TRUE(parsed.value);
    return *parsed.value;
}

DataValue json(const std::string& text) { return *parse_json_data(text, "d.json").value; }

TEST(CheckData, ReportsEveryProblemAtOnce) {
    const auto check = check_data(make("MX"), json(R"({
        "p": {"sexo": "X", "curp": "BOXW310820HNERXN08"},
        "total": "1.500", "partes": "cinco", "inicio": "2023-02-29",
        "tareas": [], "firmantes": [{"nombre": "Ana"}, {"cargo": "sin nombre"}],
        "extra": "¿typo?"})"));
    std::vector<std::string> seen;
    for (const auto& f : check.findings) seen.push_back(f.code + " " + f.field);
    const std::vector<std::string> expected = {
        "data.firmantes", "data.missing firmantes[2].nombre", "data.not_integer partes",
        "date.not_leap_year inicio", "data.missing p.nombre", "data.bad_sex p.sexo",
        "id.check_digit p.curp", "data.missing tareas", "money.ambiguous total", "data.unknown_field extra",
        // A key the records do not declare is refused too (a misspelt "cargp" would vanish).
        "data.unknown_field firmantes[2].cargo"};
    for (const auto& e : expected) {
        if (e == "data.firmantes") continue;
        EXPECT_NE(std::find(seen.begin(), seen.end(), e), seen.end()) << e;
    }
    EXPECT_EQ(check.findings.size(), expected.size() - 1);
    // Each finding carries the field's label and path for the message.
    for (const auto& f : check.findings) {
        if (f.code != "data.unknown_field") {
            EXPECT_FALSE(f.param("field_label").empty()) << f.code;
        }
    }
}

TEST(CheckData, NormalisesValues) {
    const auto check = check_data(make("MX"), json(R"({
        "p": {"nombre": "Ana", "sexo": "m", "curp": " boxw310820hnerxn09 ", "rfc": "GODE561231GR9"},
        "total": "$ 68,858.3", "partes": 5, "inicio": "2024-02-01",
        "tareas": ["Una"], "firmantes": [{"nombre": "Ana"}]})"));
    EXPECT_FALSE(domain::has_errors(check.findings));
    ASSERT_EQ(check.findings.size(), 1u);  // the RFC check character: a warning only
    EXPECT_EQ(check.findings[0].severity, domain::Severity::warning);
    EXPECT_EQ(check.data.find("p.sexo")->text(), "mujer");
    EXPECT_EQ(check.data.find("p.curp")->text(), "BOXW310820HNERXN09");
    EXPECT_EQ(check.data.find("total")->text(), "68858.30");
    EXPECT_EQ(check.data.find("partes")->text(), "5");
}

TEST(CheckData, SexLettersFollowTheCountry) {
    const std::string base = R"(, "total": "1", "partes": "1", "inicio": "2024-01-01", "tareas": ["a"],
                                "firmantes": [{"nombre": "x"}]})";
    // In Peru M is masculino; in Mexico M is mujer.
    auto pe = check_data(make("PE"), json(R"({"p": {"nombre": "A", "sexo": "M"})" + base));
    EXPECT_EQ(pe.data.find("p.sexo")->text(), "hombre");
    auto mx = check_data(make("MX"), json(R"({"p": {"nombre": "A", "sexo": "M"})" + base));
    EXPECT_EQ(mx.data.find("p.sexo")->text(), "mujer");
    auto pe_f = check_data(make("PE"), json(R"({"p": {"nombre": "A", "sexo": "F"})" + base));
    EXPECT_EQ(pe_f.data.find("p.sexo")->text(), "mujer");
    auto mx_f = check_data(make("MX"), json(R"({"p": {"nombre": "A", "sexo": "F"})" + base));
    EXPECT_TRUE(domain::has_errors(mx_f.findings));
}

TEST(CheckData, ShapeItemAndDerivedFindings) {
    auto tmpl = parse_template("@plantilla t\n@campo a texto\n@campo l lista\n@campo n fecha\n@campo f fecha\n"
                               "@derivado e = edad(n, f)\nTexto\n", "t.md");
    ASSERT_TRUE(tmpl.value);
    const auto check = check_data(*tmpl.value, json(R"({"a": ["no"], "l": ["", "x"], "n": "2000-01-01",
                                                        "f": "2024-01-01", "e": "99"})"));
    std::vector<std::string> seen;
    for (const auto& f : check.findings) seen.push_back(f.code + " " + f.field);
    EXPECT_NE(std::find(seen.begin(), seen.end(), "data.wrong_shape a"), seen.end());
    EXPECT_NE(std::find(seen.begin(), seen.end(), "data.bad_item l[1]"), seen.end());
    EXPECT_NE(std::find(seen.begin(), seen.end(), "data.derived_given e"), seen.end());
}

TEST(JsonData, SyntaxErrorsGiveLineAndColumn) {
    const auto parsed = parse_json_data("{\n  \"a\": 1,\n  \"b\" 2\n}\n", "datos.json");
    EXPECT_FALSE(parsed.value);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].code, "json.syntax");
    EXPECT_EQ(parsed.findings[0].field, "datos.json");
    EXPECT_EQ(parsed.findings[0].param("line"), "3");
    EXPECT_EQ(parsed.findings[0].param("column"), "7");
}

TEST(JsonData, RoundTripsAndConvertsScalars) {
    const auto parsed = parse_json_data(R"({"n": 5, "s": "ñandú", "b": true, "z": null, "l": [1, "x"]})", "d");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(parsed.value->find("n")->text(), "5");
    EXPECT_EQ(parsed.value->find("b")->text(), "sí");
    EXPECT_EQ(parsed.value->find("z"), nullptr);
    EXPECT_EQ(to_json_text(*parsed.value),
              "{\n  \"b\": \"sí\",\n  \"l\": [\n    \"1\",\n    \"x\"\n  ],\n  \"n\": \"5\",\n  \"s\": \"ñandú\"\n}\n");
    EXPECT_EQ(parse_json_data("[1]", "d").findings.at(0).code, "json.not_object");
}

}  // namespace
}  // namespace pacta::document
