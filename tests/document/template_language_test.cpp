// What a lawyer writing her own template needs (issue «Templates a lawyer can write alone»):
// clause styles, ordinals in both genders, agreement of whole phrases, one schedule, terms
// as lawyers count them, expressions and checks, safer data, signatures from the parties.
#include <gtest/gtest.h>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/document/template_schedule.h"
#include "pacta/locale/finding_messages.h"

namespace pacta::document {
namespace {

DataValue json(const std::string& text) {
    auto parsed = parse_json_data(text, "datos.json");
    EXPECT_TRUE(parsed.value);
    return parsed.value.value_or(DataValue());
}

std::string codes(const domain::Findings& findings) {
    std::string out;
    for (const auto& f : findings) out += f.code + "@" + f.param("line") + ":" + f.param("column") + " ";
    return out;
}

Template parsed(const std::string& text) {
    auto t = parse_template(text, "t.md");
    EXPECT_TRUE(t.value) << codes(t.findings);
    return t.value.value_or(Template{});
}

std::string render(const std::string& tmpl, const std::string& data, RenderOptions options = {}) {
    const auto t = parsed(tmpl);
    const auto g = generate(t, json(data));
    EXPECT_TRUE(g.document) << codes(g.findings) << (g.findings.empty() ? "" : g.findings.front().field + " " + locale::describe(g.findings.front()));
    std::string out = g.document ? render_text(*g.document, options) : "";
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

const std::string peru_header =
    "@plantilla p\n@pais PE\n@moneda PEN\n@clausulas peru\n"
    "@campo locador.nombre texto \"Nombre\"\n@campo locador.sexo sexo \"Sexo\"\n"
    "@campo locador.dni dni personal \"DNI del locador\"\n";

// 1. CLÁUSULA PRIMERA: ANTECEDENTES, on its own line; references in any case and as a citation.
TEST(TemplateLanguage, PeruvianClauseHeadingsAndReferences) {
    const std::string t = peru_header +
                          "{% clausula a \"ANTECEDENTES\" %}\nTexto uno.\n{% fin %}\n"
                          "{% clausula b \"OBJETO\" %}\nVer {{ref:a | cita}}, la {{ref:a | minusculas}} y "
                          "{{ref:b}}.\n{% fin %}\n";
    const std::string out = render(t, R"({"locador": {"nombre": "Ana", "sexo": "F", "dni": "10117410"}})");
    EXPECT_NE(out.find("CLÁUSULA PRIMERA: ANTECEDENTES\n\nTexto uno."), std::string::npos) << out;
    EXPECT_NE(out.find("CLÁUSULA SEGUNDA: OBJETO\n\nVer la cláusula primera, la primera y SEGUNDA."), std::string::npos)
        << out;
    // The Mexican and numeric styles.
    const std::string mx = "@plantilla m\n@clausulas mexico\n{% clausula a \"OBJETO\" %}\nTexto.\n{% fin %}\n";
    EXPECT_EQ(render(mx, "{}"), "PRIMERA.- OBJETO. Texto.");
    const std::string num = "@plantilla n\n@clausulas numerica\n{% clausula a \"OBJETO\" %}\nTexto {{ref:a}}.\n{% fin %}\n";
    EXPECT_EQ(render(num, "{}"), "1. OBJETO\n\nTexto 1.");
    // Without a title the default stays as it was.
    EXPECT_EQ(render("@plantilla d\n{% clausula a %}\nTexto.\n{% fin %}\n", "{}"), "PRIMERA.- Texto.");
}

// 3 and 4. Ordinals in both genders, sentence case, agreement of phrases and of literal text.
TEST(TemplateLanguage, OrdinalsCaseAndAgreement) {
    const std::string t =
        "@plantilla o\n@campo n entero \"N\"\n@campo nombre texto \"Nombre\"\n@campo sexo sexo \"Sexo\"\n"
        "@campo profesion texto \"Profesión\"\n"
        "@derivado parte = concordar(\"EL CONTRATISTA\", sexo) \"Parte\"\n"
        "@derivado titulo = concordar(profesion, sexo) \"Título\"\n"
        "{{n | ordinal_apocopado}} entregable, {{n | ordinal_masculino}} pago, {{n | ordinal_femenino}} armada, "
        "Entregable {{n | numero_signo}}; {{nombre | oracion}}; {{nombre | nombre_propio}}; {{parte}}; {{titulo}}.\n";
    const std::string out =
        render(t, R"({"n": "1", "nombre": "MARÍA JOSÉ DE LA CRUZ", "sexo": "M", "profesion": "contador público"})");
    EXPECT_EQ(out, "primer entregable, primero pago, primera armada, Entregable N.º\u00A01; María josé de la cruz; "
                   "María José de la Cruz; LA CONTRATISTA; contadora pública.");
    const std::string him = render(t, R"({"n": "3", "nombre": "LUIS", "sexo": "H", "profesion": "licenciado en administración"})");
    EXPECT_NE(him.find("tercer entregable, tercero pago, tercera armada"), std::string::npos) << him;
    EXPECT_NE(him.find("EL CONTRATISTA; licenciado en administración."), std::string::npos) << him;
    const std::string her = render(t, R"({"n": "2", "nombre": "ANA", "sexo": "M", "profesion": "licenciado en administración"})");
    EXPECT_NE(her.find("licenciada en administración."), std::string::npos) << her;
}

const std::string schedule_header =
    "@plantilla s\n@moneda PEN\n@calendario mensual\n@vigencia plazo.ini plazo.fin\n"
    "@campo plazo.ini fecha \"Inicio\"\n@campo plazo.fin fecha \"Fin\"\n@campo pago.total importe \"Total\"\n"
    "@derivado pago.importes = exhibiciones(pago.total) \"Importes\"\n"
    "@derivado pago.calendario = calendario(pago.total) \"Calendario\"\n";

// 5. One schedule: the monthly rule over the declared term decides the text and the instalments.
TEST(TemplateLanguage, TheRuleDecidesTextAndSchedule) {
    const std::string t = schedule_header +
                          "{{cuenta(pago.importes)}} pagos.\n{% para p en pago.calendario %}\n"
                          "- N.º {{p.numero}}: del {{p.inicio | fecha}} al {{p.fin | fecha}}, vence {{p.vence | fecha}}, "
                          "{{p.importe | moneda}} ({{p.importe | importe_letra}})\n{% fin %}\n";
    const std::string data = R"({"plazo": {"ini": "2025-03-01", "fin": "2025-03-20"}, "pago": {"total": "2500.00"}})";
    const std::string out = render(t, data);
    EXPECT_NE(out.find("1 pagos."), std::string::npos) << out;

    EXPECT_NE(out.find("N.º 1: del 01/03/2025 al 20/03/2025, vence 20/03/2025, " + domain::format_money(domain::Money(250000, domain::Currency::PEN))), std::string::npos) << out;
    // The stored instalments are those printed.
    const auto tmpl = parsed(t);
    const auto g = generate(tmpl, json(data));
    const auto stored = template_schedule(tmpl, g.data, {});
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].amount.minor_units(), 250000);
    // Two months: amounts by days, printed and stored alike.
    const std::string two = R"({"plazo": {"ini": "2025-03-15", "fin": "2025-04-14"}, "pago": {"total": "3000.00"}})";
    const auto g2 = generate(tmpl, json(two));
    const auto s2 = template_schedule(tmpl, g2.data, {});
    ASSERT_EQ(s2.size(), 2u);
    const std::string out2 = render(t, two);
    for (const auto& i : s2) EXPECT_NE(out2.find(domain::format_money(i.amount)), std::string::npos) << out2;
}

TEST(TemplateLanguage, UnderTheMonthlyRuleTheTypedCountCannotBePrinted) {
    const auto p = parse_template(
        "@plantilla s\n@calendario mensual\n@campo vigencia.inicio fecha \"I\"\n@campo vigencia.fin fecha \"F\"\n"
        "@campo total importe \"T\"\n@campo armadas entero \"N\"\n"
        "@derivado importes = exhibiciones(total, armadas) \"I\"\nEn {{armadas}} armadas.\n",
        "t.md");
    ASSERT_FALSE(p.value);
    EXPECT_EQ(p.findings.front().code, "template.count_decided_by_rule");
    // A monthly schedule without a term to read is refused too.
    const auto q = parse_template("@plantilla s\n@calendario mensual\n@campo total importe \"T\"\n"
                                  "@derivado importes = exhibiciones(total) \"I\"\n",
                                  "t.md");
    ASSERT_FALSE(q.value);
    EXPECT_EQ(q.findings.front().code, "template.term_missing");
}

// 6. Terms as lawyers count them, in letter and figure; filters checked against their value.
TEST(TemplateLanguage, TermsInLetterAndFigure) {
    const std::string t = "@plantilla v\n@campo a fecha \"A\"\n@campo b fecha \"B\"\n@campo d entero \"D\"\n"
                          "@derivado plazo = vigencia(a, b) \"Plazo\"\n"
                          "{{plazo}}; {{plazo | letra_cifra}}; {{d | letra_cifra(\"día hábil\", \"días hábiles\")}}.\n";
    EXPECT_EQ(render(t, R"({"a": "2025-03-15", "b": "2025-08-14", "d": "10"})"),
              "5 meses; cinco (5) meses; diez (10) días hábiles.");
    EXPECT_EQ(render(t, R"({"a": "2024-01-16", "b": "2024-04-25", "d": "1"})"),
              "3 meses y 10 días; tres (3) meses y diez (10) días; un (1) día hábil.");
    const auto bad = parse_template("@plantilla v\n@campo a fecha \"A\"\n@campo b fecha \"B\"\n"
                                    "@derivado plazo = vigencia(a, b) \"Plazo\"\n{{plazo | numero_letra}}\n",
                                    "t.md");
    ASSERT_FALSE(bad.value);
    EXPECT_EQ(codes(bad.findings), "template.filter_type@5:11 ");
}

// 7. Comparisons, exact arithmetic, min/max, lists walked together, checks with the author's words.
TEST(TemplateLanguage, ExpressionsAndChecks) {
    const std::string t =
        "@plantilla e\n@moneda PEN\n@campo total importe \"Total\"\n@campo pagos lista \"Pagos\"\n"
        "@campo entregables lista \"Entregables\"\n"
        "@derivado tope = min(total * 10%, 1000) \"Tope\"\n"
        "{% comprobar cuenta(entregables) == cuenta(pagos) \"Debe haber un pago por cada entregable.\" %}\n"
        "{% si total > 1500 %}Se retiene.{% sino %}No se retiene.{% fin %} Tope {{tope | moneda}}; tercio "
        "{{total / 3 | moneda}}.\n"
        "{% para e, p en entregables, pagos %}\n- {{e}}: {{p}}\n{% fin %}\n";
    const std::string out = render(t, R"({"total": "1500.01", "pagos": ["a", "b"], "entregables": ["E1", "E2"]})");
    EXPECT_NE(out.find("Se retiene. Tope " + domain::format_money(domain::Money(15000, domain::Currency::PEN)) + "; tercio " + domain::format_money(domain::Money(50000, domain::Currency::PEN)) + "."), std::string::npos) << out;
    EXPECT_NE(out.find("- E1: a\n- E2: b"), std::string::npos) << out;
    EXPECT_NE(render(t, R"({"total": "20000", "pagos": ["a"], "entregables": ["E"]})").find("Tope " + domain::format_money(domain::Money(100000, domain::Currency::PEN))),
              std::string::npos);
    EXPECT_NE(render(t, R"({"total": "1500.00", "pagos": ["a"], "entregables": ["E"]})").find("No se retiene."),
              std::string::npos);
    const auto tmpl = parsed(t);
    const auto g = generate(tmpl, json(R"({"total": "100", "pagos": ["a"], "entregables": ["E1", "E2"]})"));
    ASSERT_FALSE(g.document);
    EXPECT_EQ(g.findings.back().code, "template.check_failed");
    EXPECT_EQ(g.findings.back().param("message"), "Debe haber un pago por cada entregable.");
    // Amounts and dates do not add up: refused at validation, not at generation.
    const auto bad = parse_template("@plantilla e\n@campo total importe \"T\"\n@campo f fecha \"F\"\n{{total + f}}\n", "t.md");
    ASSERT_FALSE(bad.value);
    EXPECT_EQ(bad.findings.front().code, "template.expression_type");
}

// 8. Misspelt keys stop generation with the nearest name; required-if; empty values that print.
TEST(TemplateLanguage, SaferData) {
    const std::string t =
        "@plantilla d\n@campo locador.suspension texto opcional \"Suspensión\"\n"
        "@campo locador.constancia texto opcional requerido_si locador.suspension \"Constancia\"\n"
        "@campo resolucion.fecha texto opcional \"Fecha de la resolución\"\n"
        "Constancia {{locador.constancia}} del {{resolucion.fecha}}.\n";
    const auto tmpl = parsed(t);
    auto g = generate(tmpl, json(R"({"locador": {"suspencion": "sí"}})"));
    ASSERT_FALSE(g.document);
    ASSERT_FALSE(g.findings.empty());
    EXPECT_EQ(g.findings.front().code, "data.unknown_field");
    EXPECT_EQ(g.findings.front().param("suggestion"), "locador.suspension");
    EXPECT_NE(locale::describe(g.findings.front()).find("locador.suspension"), std::string::npos);
    g = generate(tmpl, json(R"({"locador": {"suspension": "sí"}})"));
    ASSERT_FALSE(g.document);
    EXPECT_EQ(g.findings.front().code, "data.missing_when");
    g = generate(tmpl, json(R"({"locador": {"suspension": "sí", "constancia": "123"}})"));
    ASSERT_TRUE(g.document);
    ASSERT_EQ(g.findings.size(), 1u);
    EXPECT_EQ(g.findings.front().code, "data.empty_printed");
    EXPECT_EQ(g.findings.front().severity, domain::Severity::warning);
    // Declared as an error, the empty value stops generation.
    const auto strict = parsed("@plantilla d\n@vacios error\n@campo x texto opcional \"X\"\nDel {{x}}.\n");
    EXPECT_FALSE(generate(strict, json("{}")).document);
}

// 9. Signatures from the parties' own fields, the identity number redacted in the public version.
TEST(TemplateLanguage, SignaturesFromTheParties) {
    const std::string t = peru_header +
                          "@campo entidad.nombre texto \"Representante\"\n@campo entidad.cargo texto \"Cargo\"\n"
                          "Texto.\n{% firmas entidad \"LA ENTIDAD\", locador \"EL LOCADOR\" %}\n";
    const std::string data =
        R"({"locador": {"nombre": "Jorge Quispe", "sexo": "M", "dni": "10117410"}, "entidad": {"nombre": "Carla Rojas", "cargo": "Jefa"}})";
    const std::string out = render(t, data);
    EXPECT_NE(out.find("LA ENTIDAD\n\n\n______________________________\nCARLA ROJAS\nJefa"), std::string::npos) << out;
    EXPECT_NE(out.find("JORGE QUISPE\nDNI N.º 10117410"), std::string::npos) << out;
    RenderOptions pub;
    pub.public_version = true;
    const std::string redacted = render(t, data, pub);
    EXPECT_EQ(redacted.find("10117410"), std::string::npos) << redacted;
    EXPECT_NE(redacted.find("DNI del locador"), std::string::npos) << redacted;
}

// 11. An error shows its line with a caret under the column, and the nearest declared name.
TEST(TemplateLanguage, ErrorsShowWhereAndSuggest) {
    std::string long_line(700, 'x');
    const auto p = parse_template("@plantilla e\n@campo prestador.nombre texto \"N\"\n" + long_line +
                                      " {{prestador.nombr}} y más texto después\n",
                                  "t.md");
    ASSERT_FALSE(p.value);
    const auto& f = p.findings.front();
    EXPECT_EQ(f.param("column"), "704");
    EXPECT_EQ(f.param("suggestion"), "prestador.nombre");
    const std::string message = locale::describe(f);
    EXPECT_NE(message.find("prestador.nombre"), message.rfind("prestador.nombr}")) << message;
    const std::string where = locale::excerpt_lines(f);
    EXPECT_EQ(where, "    …" + std::string(27, 'x') + " {{prestador.nombr}} y más texto …\n" + std::string(4 + 31, ' ') + "^");
}

std::string first_code(const std::string& tmpl) {
    const auto p = parse_template(tmpl, "t.md");
    return p.findings.empty() ? "" : p.findings.front().code;
}

// What a reviewer found validating templates that then failed, or said nothing, at generation.
TEST(TemplateLanguage, WhatPassesValidationGenerates) {
    const std::string h = "@plantilla r\n@moneda PEN\n@campo a importe \"A\"\n@campo c entero \"C\"\n@campo x texto \"X\"\n";
    // Numbers a reader could take two ways.
    EXPECT_EQ(first_code(h + "{% si a > 1.500 %}s{% fin %}\n"), "template.ambiguous_number");
    EXPECT_EQ(first_code(h + "@derivado t = min(a * 10%, 1,500) \"T\"\n"), "template.ambiguous_number");
    // Filters that could not run on their value.
    EXPECT_EQ(first_code(h + "{{c | letra_cifra}}\n"), "template.filter_type");
    EXPECT_EQ(first_code(h + "{{x | letra_cifra}}\n"), "template.filter_type");
    EXPECT_EQ(first_code(h + "{{x | genero(\"el\", \"la\")}}\n"), "template.filter_type");
    EXPECT_EQ(first_code(h + "{{c / 2 | numero_letra}}\n"), "template.filter_type");
    // A very long expression is refused, not a crash.
    std::string sum = "c";
    for (int i = 0; i < 7000; ++i) sum += "+c";
    EXPECT_EQ(first_code(h + "{{" + sum + "}}\n"), "template.expression_too_long");
    // The typed count through a derived value, and an optional term, under the monthly rule.
    const std::string m = "@plantilla m\n@calendario mensual\n@campo vigencia.inicio fecha \"I\"\n"
                          "@campo vigencia.fin fecha \"F\"\n@campo total importe \"T\"\n@campo n entero \"N\"\n"
                          "@derivado imp = exhibiciones(total, n) \"I\"\n";
    EXPECT_EQ(first_code(m + "@derivado n2 = max(n, 0) \"N2\"\n{{n2}} pagos\n"), "template.count_decided_by_rule");
    EXPECT_EQ(first_code("@plantilla m\n@calendario mensual\n@campo vigencia.inicio fecha \"I\"\n"
                         "@campo vigencia.fin fecha opcional \"F\"\n@campo total importe \"T\"\n"
                         "@derivado p = primero(exhibiciones(total)) \"P\"\n"),
              "template.term_optional");
    // Letter and figure with feminine nouns.
    const std::string f = "@plantilla f\n@campo n entero \"N\"\n{{n | letra_cifra(\"armada\", \"armadas\")}}\n";
    EXPECT_EQ(render(f, R"({"n": "1"})"), "una (1) armada");
    EXPECT_EQ(render(f, R"({"n": "21"})"), "veintiuna (21) armadas");
    EXPECT_EQ(render(f, R"({"n": "200"})"), "doscientas (200) armadas");
    // A condition may compare with a quoted text.
    const auto q = parsed("@plantilla q\n@campo tipo texto \"Tipo\"\n"
                          "@campo ruc texto opcional requerido_si tipo == \"juridica\" \"RUC\" \"11 dígitos\"\n"
                          "@derivado j = tipo == \"juridica\" \"Jurídica\"\n{{ruc}}\n");
    ASSERT_EQ(q.fields.size(), 2u);
    EXPECT_EQ(q.fields[1].label, "RUC");
    EXPECT_EQ(q.fields[1].required_if_text, "tipo == \"juridica\"");
    EXPECT_EQ(q.derived[0].label, "Jurídica");
    EXPECT_EQ(generate(q, json(R"({"tipo": "juridica"})")).findings.front().code, "data.missing_when");
    // A misspelt key inside a record is refused with the nearest name.
    const auto r = parsed("@plantilla r\n@campo fs registros \"F\"\n@campo fs.nombre texto \"N\"\n"
                          "@campo fs.cargo texto opcional \"C\"\n{% firmas fs %}\n");
    const auto g = generate(r, json(R"({"fs": [{"nombre": "A", "cargp": "Jefe"}]})"));
    ASSERT_FALSE(g.document);
    EXPECT_EQ(g.findings.front().param("suggestion"), "fs[1].cargo");
    // Sums past the largest amount are refused, not wrapped round.
    const auto big = parsed(h + "{{a * 92233720368 | moneda}}\n");
    EXPECT_EQ(generate(big, json(R"({"a": "99999999999.99", "c": "1", "x": "y"})")).findings.front().code,
              "template.number_too_large");
    // A clause without a title under the Peruvian style ends at its ordinal.
    EXPECT_EQ(render("@plantilla p\n@clausulas peru\n{% clausula a %}\nTexto.\n{% fin %}\n", "{}"),
              "CLÁUSULA PRIMERA\n\nTexto.");
}

}  // namespace
}  // namespace pacta::document
