// Crafted templates and data (issue 19): each is refused with a finding that says where and
// why, never a crash, a runaway or a leak into the public version.
#include <gtest/gtest.h>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"

namespace pacta::document {
namespace {

const char* header =
    "@plantilla prueba\n"
    "@pais MX\n"
    "@campo p.nombre texto requerido \"Nombre\"\n"
    "@campo p.domicilio texto opcional personal \"Domicilio\"\n"
    "@campo p.curp curp opcional personal \"CURP\"\n"
    "@campo tareas lista opcional \"Tareas\"\n"
    "@campo total importe opcional \"Total\"\n"
    "@campo partes entero opcional \"Partes\"\n"
    "@derivado importes = exhibiciones(total, partes) \"Importes\"\n";

TemplateParse parse(const std::string& body, const std::string& head = header) {
    return parse_template(head + body, "prueba.md");
}

Generation run(const std::string& body, const std::string& data) {
    auto tmpl = parse(body);
    EXPECT_TRUE(tmpl.value) << (tmpl.findings.empty() ? "" : tmpl.findings.front().code);
    if (!tmpl.value) return {};
    auto parsed = parse_json_data(data, "datos.json");
    EXPECT_TRUE(parsed.value) << (parsed.findings.empty() ? "" : parsed.findings.front().code);
    return generate(*tmpl.value, parsed.value.value_or(DataValue()));
}

bool has(const std::vector<domain::Finding>& findings, const std::string& code) {
    for (const auto& f : findings) {
        if (f.code == code) return true;
    }
    return false;
}

TEST(HostileInput, APrivateUseCharacterInAValueIsRefusedNamingTheField) {
    // U+E002 ended the redaction of the address early: the rest of it reached the public version.
    const auto g = run("Domicilio: {{p.domicilio}}.\n",
                       "{\"p\": {\"nombre\": \"Ana\", \"domicilio\": \"Calle 1\xEE\x80\x82 Colonia Secreta 44\"}}");
    EXPECT_FALSE(g.document);
    ASSERT_TRUE(has(g.findings, "text.disallowed_character"));
    for (const auto& f : g.findings) {
        if (f.code != "text.disallowed_character") continue;
        EXPECT_EQ(f.field, "p.domicilio");
        EXPECT_EQ(f.param("position"), "8");
        EXPECT_EQ(f.param("character"), "U+E002");
    }
}

TEST(HostileInput, PersonalValuesNeverTravelInsideTheTextSoNothingInThemEndsARedaction) {
    const auto g = run("**Domicilio: {{p.domicilio}}** y CURP {{p.curp}}.\n",
                       R"({"p": {"nombre": "Ana", "domicilio": "Calle *Uno* 12 # [x](y) {{p.curp}}",
                                  "curp": "BOXW310820HNERXN09"}})");
    ASSERT_TRUE(g.document);
    RenderOptions pub;
    pub.public_version = true;
    EXPECT_EQ(render_text(*g.document, pub), "Domicilio: [ELIMINADO: Domicilio] y CURP [ELIMINADO: CURP].\n");
    EXPECT_EQ(render_text(*g.document), "Domicilio: Calle *Uno* 12 # [x](y) {{p.curp}} y CURP BOXW310820HNERXN09.\n");
    const auto& runs = g.document->blocks.at(0).runs;
    ASSERT_GE(runs.size(), 2u);
    EXPECT_TRUE(runs[1].bold);
    EXPECT_EQ(runs[1].personal_label, "Domicilio");
}

TEST(HostileInput, APrivateUseCharacterInATemplateIsATemplateErrorWithItsPosition) {
    // U+E010 opens a clause marker: written in the body it made the generator throw.
    const auto t = parse("Primera línea\nTexto \xEE\x80\x90" "7 más\n");
    EXPECT_FALSE(t.value);
    ASSERT_EQ(t.findings.size(), 1u);
    EXPECT_EQ(t.findings[0].code, "template.disallowed_character");
    EXPECT_EQ(t.findings[0].param("line"), "11");
    EXPECT_EQ(t.findings[0].param("column"), "7");
    EXPECT_EQ(t.findings[0].param("character"), "U+E010");
}

TEST(HostileInput, AsuntoOrAutorNamingAPersonalFieldIsATemplateError) {
    const auto t = parse("Texto\n", std::string(header) + "@asunto p.curp\n@autor p.nombre\n");
    EXPECT_FALSE(t.value);
    ASSERT_EQ(t.findings.size(), 1u);
    EXPECT_EQ(t.findings[0].code, "template.personal_metadata");
    EXPECT_EQ(t.findings[0].param("line"), "10");
    EXPECT_EQ(t.findings[0].param("column"), "9");
    EXPECT_EQ(t.findings[0].param("directive"), "@asunto");
}

TEST(HostileInput, TenThousandNestedConditionsAreRefusedNotAStackOverflow) {
    std::string body;
    for (int i = 0; i < 10000; ++i) body += "{% si p.nombre %}";
    body += "x";
    for (int i = 0; i < 10000; ++i) body += "{% fin %}";
    const auto t = parse(body + "\n");
    EXPECT_FALSE(t.value);
    ASSERT_FALSE(t.findings.empty());
    EXPECT_EQ(t.findings[0].code, "template.too_deep");
    EXPECT_EQ(t.findings[0].param("limit"), "32");
}

TEST(HostileInput, EightNestedLoopsStopBeforeWritingHundredsOfMegabytes) {
    std::string body;
    const char* names = "abcdefgh";
    for (int i = 0; i < 8; ++i) body += std::string("{% para ") + names[i] + " en tareas %}";
    body += "Texto largo de relleno {{a}}";
    for (int i = 0; i < 8; ++i) body += "{% fin %}";
    const auto g = run(body + "\n", R"({"p": {"nombre": "Ana"}, "tareas": ["1","2","3","4","5","6","7","8","9","10"]})");
    EXPECT_FALSE(g.document);
    EXPECT_TRUE(has(g.findings, "template.output_too_large"));
}

TEST(HostileInput, JsonNestedAHundredThousandDeepIsRefusedWithItsPosition) {
    const std::string deep = "{\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    const auto parsed = parse_json_data(deep, "datos.json");
    EXPECT_FALSE(parsed.value);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].code, "json.too_deep");
    EXPECT_EQ(parsed.findings[0].param("line"), "1");
}

TEST(HostileInput, ANumberPastWhatADoubleHoldsIsAFindingNotAnException) {
    const auto parsed = parse_json_data("{\n  \"total\": 5e383\n}", "datos.json");
    EXPECT_FALSE(parsed.value);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].code, "json.number_out_of_range");
    EXPECT_EQ(parsed.findings[0].param("line"), "2");
    EXPECT_EQ(parsed.findings[0].param("column"), "12");
}

TEST(HostileInput, FiftyMillionInstalmentsAreRefusedBeforeAnyIsComputed) {
    const auto g = run("{% para x en importes %}{{x}}{% fin %}\n",
                       R"({"p": {"nombre": "Ana"}, "total": "1000", "partes": "50000000"})");
    EXPECT_FALSE(g.document);
    EXPECT_TRUE(has(g.findings, "money.too_many_parts"));
}

}  // namespace
}  // namespace pacta::document
