#include <gtest/gtest.h>

#include "pacta/document/template.h"

namespace pacta::document {
namespace {

const char* header =
    "@plantilla prueba\n"
    "@version 3\n"
    "@titulo Contrato de prueba\n"
    "@pais PE\n"
    "@moneda PEN\n"
    "@papel a4\n"
    "@ordinales clasico\n"
    "@campo persona.nombre texto requerido \"Nombre\" \"Nombre completo\"\n"
    "@campo persona.dni dni requerido personal \"DNI\"\n"
    "@campo persona.nacimiento fecha opcional personal \"Fecha de nacimiento\"\n"
    "@campo firma.fecha fecha requerido \"Fecha de firma\"\n"
    "@campo tareas lista requerido \"Tareas\"\n"
    "@campo firmantes registros requerido \"Firmantes\"\n"
    "@campo firmantes.nombre texto requerido \"Nombre\"\n"
    "@campo firmantes.cargo texto opcional \"Cargo\"\n"
    "@derivado persona.edad = edad(persona.nacimiento, firma.fecha) \"Edad\"\n";

TemplateParse parse(const std::string& body) { return parse_template(std::string(header) + body, "prueba.md"); }

// The first finding's code, line and column, for compact expectations.
std::string first(const TemplateParse& p) {
    if (p.findings.empty()) return "sin hallazgos";
    const auto& f = p.findings.front();
    return f.code + "@" + f.param("line") + ":" + f.param("column");
}

TEST(TemplateParser, ReadsTheHeader) {
    const auto p = parse("Texto {{persona.nombre}}.\n");
    ASSERT_TRUE(p.value) << first(p);
    const auto& t = *p.value;
    EXPECT_EQ(t.info.id, "prueba");
    EXPECT_EQ(t.info.version, 3);
    EXPECT_EQ(t.info.title, "Contrato de prueba");
    EXPECT_EQ(t.info.country, "PE");
    EXPECT_EQ(t.info.currency, domain::Currency::PEN);
    EXPECT_EQ(t.info.paper, "a4");
    EXPECT_EQ(t.info.ordinal_style, domain::OrdinalStyle::classic);
    ASSERT_EQ(t.fields.size(), 8u);
    EXPECT_EQ(t.fields[1].type, FieldType::dni);
    EXPECT_TRUE(t.fields[1].personal);
    EXPECT_FALSE(t.fields[2].required);
    EXPECT_EQ(t.fields[0].help, "Nombre completo");
    ASSERT_EQ(t.derived.size(), 1u);
    // Derived from personal data, so personal too.
    EXPECT_TRUE(t.derived[0].personal);
    EXPECT_EQ(t.derived[0].type, FieldType::entero);
}

TEST(TemplateParser, ReadsTheScheduleRules) {
    const auto plain = parse_template("@plantilla t\n", "t.md");
    ASSERT_TRUE(plain.value);
    EXPECT_EQ(plain.value->info.schedule_rule, domain::ScheduleRule::equal);
    EXPECT_EQ(plain.value->info.due_rule.kind, domain::DueRule::Kind::period_end);
    const auto monthly = parse_template("@plantilla t\n@calendario mensual habiles:5\n", "t.md");
    ASSERT_TRUE(monthly.value);
    EXPECT_EQ(monthly.value->info.schedule_rule, domain::ScheduleRule::monthly);
    EXPECT_EQ(monthly.value->info.due_rule.kind, domain::DueRule::Kind::business_days_after);
    EXPECT_EQ(monthly.value->info.due_rule.value, 5);
    const auto bad = parse_template("@plantilla t\n@calendario quincenal\n", "t.md");
    ASSERT_FALSE(bad.findings.empty());
    EXPECT_EQ(bad.findings[0].code, "template.directive_value");
    EXPECT_EQ(bad.findings[0].param("line"), "2");
}

TEST(TemplateParser, ReadsWhoSignsAtOnce) {
    const auto two = parse_template("@plantilla t\n@firmas_a_la_vez supervisor juridico\n@firmas_a_la_vez a b c\n", "t.md");
    ASSERT_TRUE(two.value);
    ASSERT_EQ(two.value->info.parallel_signers.size(), 2U);
    EXPECT_EQ(two.value->info.parallel_signers[0], (std::vector<std::string>{"supervisor", "juridico"}));
    EXPECT_EQ(two.value->info.parallel_signers[1].size(), 3U);
    // One role is no group; a role is a field name's word.
    const auto one = parse_template("@plantilla t\n@firmas_a_la_vez supervisor\n", "t.md");
    ASSERT_FALSE(one.findings.empty());
    EXPECT_EQ(one.findings[0].code, "template.directive_arguments");
    const auto bad = parse_template("@plantilla t\n@firmas_a_la_vez supervisor Jurídico\n", "t.md");
    ASSERT_FALSE(bad.findings.empty());
    EXPECT_EQ(bad.findings[0].code, "template.directive_value");
    EXPECT_EQ(bad.findings[0].param("line"), "2");
    EXPECT_EQ(bad.findings[0].param("column"), "29");
}

TEST(TemplateParser, BuildsTheTree) {
    const auto p = parse(
        "{% clausula objeto %}\n"
        "{% si persona.nacimiento %}Edad {{persona.edad}}{% sino %}sin edad{% fin %}\n"
        "{% para t en tareas %}\n"
        "- {{t | mayusculas}}\n"
        "{% fin %}\n"
        "{% fin %}\n"
        "Ver {{ref:objeto}}.\n"
        "{% salto %}\n"
        "{% firmas firmantes %}\n");
    ASSERT_TRUE(p.value) << first(p);
    const auto& body = p.value->body;
    ASSERT_GE(body.size(), 4u);
    EXPECT_EQ(body[0].kind, Node::Kind::clause);
    EXPECT_EQ(body[0].path, "objeto");
    EXPECT_EQ(body[0].body[0].kind, Node::Kind::condition);
    EXPECT_FALSE(body[0].body[0].else_body.empty());
}

struct BadTemplate {
    const char* body;
    const char* expected;  // code@line:column (the body starts on line 17)
};

class TemplateErrors : public testing::TestWithParam<BadTemplate> {};

TEST_P(TemplateErrors, NameTheLineAndColumn) {
    const auto p = parse(GetParam().body);
    EXPECT_FALSE(p.value);
    EXPECT_EQ(first(p), GetParam().expected);
    EXPECT_EQ(p.findings.front().field, "prueba.md");
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TemplateErrors,
    testing::Values(
        BadTemplate{"Hola {{persona.nombr}}.\n", "template.unknown_field@17:8"},
        BadTemplate{"Hola\n  {{persona.nombre | mayuscula}}\n", "template.unknown_filter@18:22"},
        BadTemplate{"{% si persona.nombre %}\nabierto\n", "template.unclosed_block@17:1"},
        BadTemplate{"texto\n{% fin %}\n", "template.unexpected_end@18:1"},
        BadTemplate{"{% sino %}\n", "template.unexpected_else@17:1"},
        BadTemplate{"{% para t en persona.nombre %}\n{{t}}\n{% fin %}\n", "template.not_a_list@17:1"},
        BadTemplate{"Lista: {{tareas}}\n", "template.list_as_text@17:10"},
        BadTemplate{"Ver {{ref:nada}}\n", "template.unknown_clause@17:5"},
        BadTemplate{"{% clausula a %}\n{% clausula b %}\nx\n{% fin %}\n{% fin %}\n", "template.nested_clause@18:1"},
        BadTemplate{"{% clausula a %}\nx\n{% fin %}\n{% clausula a %}\ny\n{% fin %}\n",
                    "template.duplicate_clause@20:1"},
        BadTemplate{"{{persona.nombre | genero(\"a\")}}\n", "template.filter_arguments@17:20"},
        BadTemplate{"{% repetir %}\n", "template.unknown_tag@17:1"},
        BadTemplate{"Hola {{persona.nombre\n", "template.unterminated_tag@17:6"},
        BadTemplate{"{% si persona.nombre = \"x\" %}\n{% fin %}\n", "template.bad_expression@17:22"},
        BadTemplate{"{% firmas tareas %}\n", "template.bad_signatures@17:1"},
        BadTemplate{"Señora {{persona.dnii}}\n", "template.unknown_field@17:10"},
        BadTemplate{"{% para t tareas %}\n{% fin %}\n", "template.bad_loop@17:9"},
        BadTemplate{"{% clausula %}\n{% fin %}\n", "template.bad_clause@17:1"},
        BadTemplate{"{{persona.nombre | genero(el, la)}}\n", "template.bad_filter_arguments@17:1"}));

TEST(TemplateParser, ReportsEveryErrorNotJustTheFirst) {
    const auto p = parse("{{a.b}} {{c.d}}\n{% fin %}\n");
    EXPECT_EQ(p.findings.size(), 3u);
}

TEST(TemplateParser, HeaderErrors) {
    auto p = parse_template("@plantilla x\n@campo a.b numero requerido \"A\"\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.unknown_type@2:12");
    p = parse_template("@plantilla x\n@colores rojo\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.unknown_directive@2:1");
    p = parse_template("@campo a texto\nTexto\n", "h.md");
    EXPECT_EQ(p.findings.front().code, "template.missing_id");
    p = parse_template("@plantilla x\n@campo a fecha\n@derivado b = edad(a) \"B\"\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.function_arguments@3:15");
    p = parse_template("@plantilla x\n@campo a fecha\n@derivado b = años(a, a)\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.unknown_function@3:15");
    p = parse_template("@plantilla x\n@campo a texto obligatorio\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.field_option@2:16");
    p = parse_template("@plantilla x\n@campo A.b texto\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.bad_path@2:8");
    p = parse_template("@plantilla x\n@campo a texto\n@campo a fecha\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.duplicate_field@3:8");
    p = parse_template("@plantilla x\n@campo a fecha\n@derivado b = edad a\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.bad_expression@3:20");
    p = parse_template("@plantilla x\n@campo a texto \"Sin cerrar\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.unterminated_string@2:16");
    p = parse_template("@plantilla x\n@pais AR\nTexto\n", "h.md");
    EXPECT_EQ(first(p), "template.directive_value@2:7");
}

TEST(TemplateParser, ColumnsCountCharacters) {
    // "Año " is 4 characters but 5 bytes: the column is the one an editor shows.
    const auto p = parse("Año {{x.y}}\n");
    EXPECT_EQ(first(p), "template.unknown_field@17:7");
}

}  // namespace
}  // namespace pacta::document
