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
    "@campo p.sexo sexo requerido \"Sexo\"\n"
    "@campo p.curp curp opcional personal \"CURP\"\n"
    "@campo p.nacimiento fecha opcional personal \"Fecha de nacimiento\"\n"
    "@campo p.nacionalidad texto opcional personal \"Nacionalidad\"\n"
    "@campo total importe opcional \"Total\"\n"
    "@campo partes entero opcional \"Partes\"\n"
    "@campo inicio fecha opcional \"Inicio\"\n"
    "@campo fin fecha opcional \"Fin\"\n"
    "@campo firma fecha opcional \"Firma\"\n"
    "@campo tareas lista opcional \"Tareas\"\n"
    "@campo firmantes registros opcional \"Firmantes\"\n"
    "@campo firmantes.nombre texto requerido \"Nombre del firmante\"\n"
    "@campo firmantes.cargo texto opcional \"Cargo\"\n"
    "@campo firmantes.rol texto opcional \"Rol\"\n"
    "@derivado p.edad = edad(p.nacimiento, firma) \"Edad\"\n"
    "@derivado p.nacionalidad_c = concordar(p.nacionalidad, p.sexo) \"Nacionalidad\"\n"
    "@derivado importes = exhibiciones(total, partes) \"Importes\"\n"
    "@derivado duracion = vigencia(inicio, fin) \"Duración\"\n";

DataValue json(const std::string& text) {
    auto parsed = parse_json_data(text, "prueba.json");
    EXPECT_TRUE(parsed.value) << (parsed.findings.empty() ? "" : parsed.findings.front().code);
    return parsed.value.value_or(DataValue());
}

Generation run(const std::string& body, const std::string& data) {
    auto tmpl = parse_template(std::string(header) + body, "prueba.md");
    EXPECT_TRUE(tmpl.value) << (tmpl.findings.empty() ? "" : tmpl.findings.front().code + " " +
                                                             tmpl.findings.front().param("line"));
    if (!tmpl.value) return {};
    return generate(*tmpl.value, json(data));
}

std::string text(const std::string& body, const std::string& data) {
    const auto g = run(body, data);
    EXPECT_TRUE(g.document) << (g.findings.empty() ? "" : g.findings.front().code + " " + g.findings.front().field);
    std::string out = g.document ? render_text(*g.document) : "";
    // Text files end with one newline; the expectations below leave it out.
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

const std::string person = R"("p": {"nombre": "Ana Ruiz", "sexo": "M"})";

TEST(Generate, FieldsAndFilters) {
    const std::string data = R"({"p": {"nombre": "Ana Ruiz", "sexo": "mujer"}, "total": "68858.3", "partes": "5",
                                 "firma": "2024-01-29", "inicio": "2024-02-01", "fin": "2024-06-30"})";
    EXPECT_EQ(text("{{p.nombre | mayusculas}} ({{p.sexo | genero(\"el\", \"la\")}})\n", data), "ANA RUIZ (la)");
    EXPECT_EQ(text("{{total | moneda}} ({{total | importe_letra}})\n", data),
              "$68,858.30 (SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N.)");
    EXPECT_EQ(text("{{total | importe_letra_oracion}}\n", data),
              "Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.");
    EXPECT_EQ(text("{{firma | fecha_larga}}, {{inicio | fecha_larga_dd}}, {{firma | fecha_larga | mayusculas}}\n",
                   data),
              "29 de enero de 2024, 01 de febrero de 2024, 29 DE ENERO DE 2024");
    EXPECT_EQ(text("{{partes | numero_letra}} {{partes | ejemplares_letra}} {{partes | ordinal}}\n", data),
              "cinco QUINTUPLICADO QUINTA");
    EXPECT_EQ(text("{{duracion}}\n", data), "5 meses");
}

TEST(Generate, DerivedValuesAreComputedNeverTyped) {
    const std::string data = R"({"p": {"nombre": "Ana", "sexo": "M", "nacimiento": "1990-03-12",
                                 "nacionalidad": "mexicano"}, "firma": "2024-01-29",
                                 "total": "100000", "partes": "3"})";
    EXPECT_EQ(text("{{p.edad}} {{p.nacionalidad_c}}\n", data), "33 mexicana");
    EXPECT_EQ(text("{% para x en importes %}{{x | moneda}};{% fin %}\n", data), "$33,333.33;$33,333.33;$33,333.34;");
}

TEST(Generate, MonthlyScheduleFeedsTheInstalmentAmounts) {
    const std::string tmpl_text = "@plantilla mensual\n@moneda PEN\n@calendario mensual\n"
                                  "@campo total importe requerido \"Total\"\n@campo partes entero requerido \"Partes\"\n"
                                  "@campo vigencia.inicio fecha requerido \"Inicio\"\n"
                                  "@campo vigencia.fin fecha requerido \"Fin\"\n"
                                  "@derivado importes = exhibiciones(total, partes) \"Importes\"\n"
                                  "{% para x en importes %}{{x | moneda}};{% fin %}\n";
    auto tmpl = parse_template(tmpl_text, "mensual.md");
    ASSERT_TRUE(tmpl.value);
    const auto g = generate(*tmpl.value, json(R"({"total": "4500", "partes": "3",
        "vigencia": {"inicio": "2025-01-15", "fin": "2025-04-14"}})"));
    ASSERT_TRUE(g.document);
    std::string out = render_text(*g.document);
    // 17, 28, 31 and 14 days of a 90-day term.
    EXPECT_NE(out.find("S/\u00a0850.00;S/\u00a01,400.00;S/\u00a01,550.00;S/\u00a0700.00;"), std::string::npos) << out;
}

TEST(Generate, ConditionsAndLoops) {
    const std::string data = R"({"p": {"nombre": "Ana", "sexo": "H"}, "tareas": ["Uno", "Dos", "Tres"]})";
    EXPECT_EQ(text("{% si p.curp %}con CURP{% sino %}sin CURP{% fin %}\n", data), "sin CURP");
    EXPECT_EQ(text("{% si p.sexo == \"hombre\" %}él{% fin %}{% si p.sexo != \"hombre\" %}ella{% fin %}\n", data),
              "él");
    EXPECT_EQ(text("{% para t en tareas %}{% si no para.primero %}{% si para.ultimo %} y {% sino %}, {% fin %}{% fin %}"
                   "{{para.numero}}.{{t}}{% fin %}\n",
                   data),
              "1.Uno, 2.Dos y 3.Tres");
    EXPECT_EQ(text("{% para t en tareas %}\n- {{t}}\n{% fin %}\n", data), "- Uno\n- Dos\n- Tres");
}

TEST(Generate, ClausesRenumberAndReferencesFollow) {
    const std::string body =
        "{% clausula objeto %}\nObjeto.\n{% fin %}\n"
        "{% si p.curp %}\n{% clausula datos %}\nDatos.\n{% fin %}\n{% fin %}\n"
        "{% clausula pago %}\nSegún la cláusula {{ref:objeto}} y esta, {{ref:pago}}.\n{% fin %}\n";
    const std::string with = R"({"p": {"nombre": "A", "sexo": "M", "curp": "BOXW310820HNERXN09"}})";
    const std::string without = R"({"p": {"nombre": "A", "sexo": "M"}})";
    EXPECT_EQ(text(body, with), "PRIMERA.- Objeto.\n\nSEGUNDA.- Datos.\n\nTERCERA.- Según la cláusula PRIMERA y esta, TERCERA.");
    EXPECT_EQ(text(body, without), "PRIMERA.- Objeto.\n\nSEGUNDA.- Según la cláusula PRIMERA y esta, SEGUNDA.");
}

TEST(Generate, ReferenceToALeftOutClauseIsAnError) {
    const std::string body =
        "{% si p.curp %}\n{% clausula datos %}\nDatos.\n{% fin %}\n{% fin %}\nVer {{ref:datos}}.\n";
    const auto g = run(body, R"({"p": {"nombre": "A", "sexo": "M"}})");
    EXPECT_FALSE(g.document);
    ASSERT_FALSE(g.findings.empty());
    EXPECT_EQ(g.findings.front().code, "template.reference_absent");
}

TEST(Generate, MarkdownStructure) {
    const auto g = run("# Título\n\nTexto con **negritas** y *cursivas*.\n\na) uno\nb) dos\n\n1. primero\n2. segundo\n\n"
                       "{% salto %}\nFin.\n",
                       "{" + person + "}");
    ASSERT_TRUE(g.document);
    const auto& b = g.document->blocks;
    ASSERT_EQ(b.size(), 6u);
    EXPECT_EQ(b[0].kind, Block::Kind::heading);
    EXPECT_EQ(b[0].level, 1);
    ASSERT_EQ(b[1].runs.size(), 5u);
    EXPECT_TRUE(b[1].runs[1].bold);
    EXPECT_TRUE(b[1].runs[3].italic);
    EXPECT_EQ(b[2].list_style, ListStyle::letter);
    EXPECT_EQ(plain_text(b[2].items[1]), "dos");
    EXPECT_EQ(b[3].list_style, ListStyle::number);
    EXPECT_EQ(b[4].kind, Block::Kind::page_break);
    EXPECT_EQ(render_text(*g.document), "Título\n\nTexto con negritas y cursivas.\n\na) uno\nb) dos\n\n1. primero\n"
                                          "2. segundo\n\n\f\nFin.\n");
}

TEST(Generate, DataIsNeverReadAsMarkdown) {
    const auto t = text("Nombre: {{p.nombre}}\n", R"j({"p": {"nombre": "*Ana* <b>_Ruiz_</b> # [x](y)", "sexo": "M"}})j");
    EXPECT_EQ(t, "Nombre: *Ana* <b>_Ruiz_</b> # [x](y)");
}

TEST(Generate, PersonalDataIsMarkedAndRemovedInThePublicVersion) {
    const auto g = run("{{p.nombre}}, CURP {{p.curp}}, edad {{p.edad}}.\n",
                       R"({"p": {"nombre": "Ana", "sexo": "M", "curp": "BOXW310820HNERXN09",
                           "nacimiento": "1931-08-20"}, "firma": "2024-01-29"})");
    ASSERT_TRUE(g.document);
    const auto& runs = g.document->blocks.at(0).runs;
    ASSERT_EQ(runs.size(), 5u);
    EXPECT_EQ(runs[1].personal_label, "CURP");
    EXPECT_EQ(runs[3].personal_label, "Edad");  // derived from the birth date: personal too
    RenderOptions pub;
    pub.public_version = true;
    const std::string t = render_text(*g.document, pub);
    EXPECT_EQ(t, "Ana, CURP [ELIMINADO: CURP], edad [ELIMINADO: Edad].\n");
    const std::string h = render_html(*g.document, pub);
    EXPECT_EQ(h.find("BOXW310820HNERXN09"), std::string::npos);
    EXPECT_EQ(h.find(">92<"), std::string::npos);
    EXPECT_NE(render_html(*g.document).find("BOXW310820HNERXN09"), std::string::npos);
}

TEST(Generate, SignatureBlock) {
    const auto g = run("{% firmas firmantes %}\n",
                       R"({"p": {"nombre": "A", "sexo": "M"}, "firmantes": [
                           {"nombre": "C. ANA", "cargo": "DIRECTORA", "rol": "representante"},
                           {"nombre": "C. LUIS"}]})");
    ASSERT_TRUE(g.document);
    const auto& s = g.document->blocks.at(0).signatories;
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].field, "firma_representante");
    EXPECT_EQ(s[1].field, "firma_2");
    EXPECT_EQ(s[0].title, "DIRECTORA");
}

TEST(Generate, MarkupEscapingIsSharedWithThePdfMetadata) {
    EXPECT_EQ(escape_markup(R"(Peña & "Hijos" <S.C.>)"), "Peña &amp; &quot;Hijos&quot; &lt;S.C.&gt;");
}

TEST(Generate, HtmlEscapesAndStructures) {
    const auto g = run("{% clausula a %}\nUno <y> \"dos\" & {{p.nombre}}\n{% fin %}\n",
                       R"({"p": {"nombre": "<script>", "sexo": "M"}})");
    ASSERT_TRUE(g.document);
    const std::string h = render_html(*g.document);
    EXPECT_NE(h.find("<section class=\"clausula\" id=\"clausula-a\">"), std::string::npos);
    EXPECT_NE(h.find("<strong>PRIMERA.-</strong> Uno &lt;y&gt; &quot;dos&quot; &amp; &lt;script&gt;"),
              std::string::npos)
        << h;
    EXPECT_EQ(h.find("<script>"), std::string::npos);
    EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
}

}  // namespace
}  // namespace pacta::document
