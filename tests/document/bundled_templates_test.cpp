// Every bundled template parses and generates from its own example data, and the Peruvian
// one end to end: soles, DNI and RUC, A4, clause references, the public version.
#include <gtest/gtest.h>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/document/template_library.h"
#include "pacta/document/template_schedule.h"

namespace pacta::document {
namespace {

const TemplateLibrary library(PACTA_SOURCE_DIR "/document/plantillas");

Generation generate_example(const std::string& id) {
    auto tmpl = load_template(*library.template_path(id));
    EXPECT_TRUE(tmpl.value) << id;
    auto data = parse_json_data(*read_file(*library.example_path(id)), id);
    EXPECT_TRUE(data.value) << id;
    if (!tmpl.value || !data.value) return {};
    return generate(*tmpl.value, *data.value);
}

TEST(BundledTemplates, EachGeneratesFromItsExampleWithoutFindings) {
    const auto entries = library.list();
    ASSERT_GE(entries.size(), 2u);
    for (const auto& e : entries) {
        ASSERT_TRUE(library.example_path(e.id)) << e.id << " has no example data";
        const auto g = generate_example(e.id);
        EXPECT_TRUE(g.document) << e.id;
        for (const auto& f : g.findings) ADD_FAILURE() << e.id << ": " << f.code << " " << f.field;
    }
}

// One schedule: every instalment stored is printed, to the cent, in every bundled template.
TEST(BundledTemplates, TheAmountsPrintedAreTheInstalmentsStored) {
    for (const auto& e : library.list()) {
        auto tmpl = load_template(*library.template_path(e.id));
        ASSERT_TRUE(tmpl.value);
        const auto g = generate_example(e.id);
        ASSERT_TRUE(g.document) << e.id;
        const auto stored = template_schedule(*tmpl.value, g.data, {});
        const std::string text = render_text(*g.document);
        for (const auto& i : stored) {
            EXPECT_NE(text.find(domain::format_money(i.amount)), std::string::npos) << e.id << " " << i.number;
        }
        // The contracts (not the amendments) have a schedule at all.
        if (e.id == "imss-bienestar-honorarios" || e.id == "peru-locacion-servicios") {
            EXPECT_FALSE(stored.empty()) << e.id;
        }
    }
}

// Under every rule and due date, what a bundled contract prints of its payments is what is
// stored; a template that prints the typed count cannot take the monthly rule at all.
TEST(BundledTemplates, EveryRulePrintsTheScheduleItStores) {
    for (const char* id : {"imss-bienestar-honorarios", "peru-locacion-servicios"}) {
        const std::string source = *read_file(*library.template_path(id));
        const auto data = parse_json_data(*read_file(*library.example_path(id)), id);
        ASSERT_TRUE(data.value);
        for (const char* rule : {"igual fin", "igual dia:15", "igual habiles:5", "mensual fin", "mensual dia:10",
                                 "mensual habiles:3"}) {
            std::string text = source;
            text.insert(text.find('\n') + 1, std::string("@calendario ") + rule + "\n");
            const auto tmpl = parse_template(text, std::string(id) + ".md");
            if (!tmpl.value) {
                ASSERT_FALSE(tmpl.findings.empty());
                EXPECT_EQ(tmpl.findings.front().code, "template.count_decided_by_rule") << id << " " << rule;
                EXPECT_EQ(std::string(rule).rfind("mensual", 0), 0U) << id << " " << rule;
                continue;
            }
            const auto g = generate(*tmpl.value, *data.value);
            ASSERT_TRUE(g.document) << id << " " << rule;
            const auto stored = template_schedule(*tmpl.value, g.data, {});
            ASSERT_FALSE(stored.empty()) << id << " " << rule;
            const std::string printed = render_text(*g.document);
            for (const auto& i : stored) {
                EXPECT_NE(printed.find(domain::format_money(i.amount)), std::string::npos) << id << " " << rule << " " << i.number;
            }
        }
    }
}

// Golden texts: what each bundled template writes from its example, reviewed line by line when
// it changes (regenerate with `pacta-cli generar ... --salida tests/fixtures/golden/ID.txt`).
TEST(BundledTemplates, WriteTheirGoldenText) {
    for (const auto& e : library.list()) {
        const auto g = generate_example(e.id);
        ASSERT_TRUE(g.document) << e.id;
        auto golden = read_file(std::string(PACTA_FIXTURES_DIR) + "/golden/" + e.id + ".txt");
        ASSERT_TRUE(golden) << e.id << " has no golden text";
        std::string text = render_text(*g.document);
        while (!text.empty() && text.back() == '\n') text.pop_back();
        while (!golden->empty() && golden->back() == '\n') golden->pop_back();
        EXPECT_EQ(text, *golden) << e.id;
    }
}

TEST(PeruTemplate, GeneratesALocacionContract) {
    const auto g = generate_example("peru-locacion-servicios");
    ASSERT_TRUE(g.document);
    EXPECT_EQ(g.document->country, "PE");
    EXPECT_EQ(g.document->paper, "a4");
    EXPECT_FALSE(g.document->initials_box);
    const std::string text = render_text(*g.document);
    EXPECT_NE(text.find("retribución total de S/\u00A010,000.00 (DIEZ MIL CON 00/100 SOLES), en 3 armadas: la primera "
                        "de S/\u00A03,333.33, la segunda de S/\u00A03,333.33 y la tercera de S/\u00A03,333.34"),
              std::string::npos);
    EXPECT_NE(text.find("identificada con DNI N.º 25543680-E"), std::string::npos);
    EXPECT_NE(text.find("identificado con DNI N.º 10117410-2, con RUC N.º 10101174102"), std::string::npos);
    EXPECT_NE(text.find("durante tres (3) meses, desde el 1 de marzo de 2025 hasta el 31 de mayo de 2025"), std::string::npos);
    // References follow the clauses they name.
    EXPECT_NE(text.find("la conformidad a que se refiere la cláusula quinta"), std::string::npos);
    EXPECT_NE(text.find("b) Incumplimiento de la obligación de reserva de la cláusula séptima"), std::string::npos);
    EXPECT_NE(text.find("en dos (2) ejemplares de igual valor"), std::string::npos);
    EXPECT_NE(text.find("CLÁUSULA PRIMERA: ANTECEDENTES\n\nMediante el Memorando"), std::string::npos) << text;
    EXPECT_NE(text.find("JORGE QUISPE MAMANI\nDNI N.º 10117410-2"), std::string::npos) << text;

    RenderOptions pub;
    pub.public_version = true;
    const std::string public_text = render_text(*g.document, pub);
    for (const char* secret : {"10117410-2", "10101174102", "Jr. Ficticio"}) {
        EXPECT_EQ(public_text.find(secret), std::string::npos) << secret;
    }
    // The representative is a public servant: her DNI stays.
    EXPECT_NE(public_text.find("25543680-E"), std::string::npos);
    EXPECT_NE(public_text.find("[ELIMINADO: DNI del locador]"), std::string::npos);
}

TEST(ImssTemplate, UnequalInstalmentsAreEachStated) {
    auto tmpl = *load_template(*library.template_path("imss-bienestar-honorarios")).value;
    auto data = *parse_json_data(*read_file(*library.example_path("imss-bienestar-honorarios")), "x").value;
    data.set("honorarios.total", "100000.00");
    data.set("honorarios.exhibiciones", "3");
    const auto g = generate(tmpl, data);
    ASSERT_TRUE(g.document);
    const std::string text = render_text(*g.document);
    EXPECT_NE(text.find("en 3 exhibiciones, la primera por la cantidad de $33,333.33 (Treinta y tres mil trescientos "
                        "treinta y tres pesos 33/100 M.N.), la segunda por la cantidad de $33,333.33 (Treinta y tres "
                        "mil trescientos treinta y tres pesos 33/100 M.N.) y la tercera por la cantidad de $33,333.34 "
                        "(Treinta y tres mil trescientos treinta y tres pesos 34/100 M.N.), previa"),
              std::string::npos);
    EXPECT_EQ(text.find("cada una por"), std::string::npos);
    data.set("honorarios.exhibiciones", "1");
    const auto single = generate(tmpl, data);
    ASSERT_TRUE(single.document);
    EXPECT_NE(render_text(*single.document).find("transferencia electrónica en una sola exhibición, previa"),
              std::string::npos);
    EXPECT_TRUE(tmpl.info.initials_box);
}

TEST(PeruTemplate, SuspensionCertificateChangesTheRetentionSentence) {
    auto tmpl = *load_template(*library.template_path("peru-locacion-servicios")).value;
    auto data = *parse_json_data(*read_file(*library.example_path("peru-locacion-servicios")), "x").value;
    data.set("locador.suspension_retenciones", "sí");
    const auto g = generate(tmpl, data);
    ASSERT_TRUE(g.document);
    EXPECT_NE(render_text(*g.document).find("ha presentado la constancia de suspensión"), std::string::npos);
}

}  // namespace
}  // namespace pacta::document
