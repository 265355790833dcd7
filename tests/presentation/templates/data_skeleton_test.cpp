// pacta-cli plantilla esqueleto: the data a clerk fills, every declared field at its nested
// path with an empty value of its shape, and "_ayuda" explaining each; the data readers skip
// "_ayuda", so the skeleton filled in generates without a word about it.
#include <gtest/gtest.h>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/templates/data_skeleton.h"

namespace pacta::presentation {
namespace {

TEST(DataSkeleton, EveryFieldAtItsPathWithItsShapeAndItsHelp) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const auto parsed = document::parse_template(
        "@plantilla prueba\n"
        "@campo prestador.nombre texto requerido \"Nombre del prestador\"\n"
        "@campo prestador.curp curp requerido personal \"CURP\" \"18 caracteres, como en el acta\"\n"
        "@campo prestador.actividades lista requerido \"Actividades\"\n"
        "@campo firmantes registros requerido \"Firmantes\"\n"
        "@campo firmantes.nombre texto requerido \"Nombre\"\n"
        "@campo firmantes.cargo texto opcional \"Cargo\"\n"
        "@campo vigencia.inicio fecha opcional \"Inicio\"\n"
        "@campo vigencia.motivo texto requerido_si vigencia.inicio \"Motivo\"\n"
        "\n"
        "Contrato con {{prestador.nombre}}.\n",
        "prueba.md");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(data_skeleton(*parsed.value),
              "{\n"
              "  \"prestador\": {\n"
              "    \"nombre\": \"\",\n"
              "    \"curp\": \"\",\n"
              "    \"actividades\": []\n"
              "  },\n"
              "  \"firmantes\": [\n"
              "    {\n"
              "      \"nombre\": \"\",\n"
              "      \"cargo\": \"\"\n"
              "    }\n"
              "  ],\n"
              "  \"vigencia\": {\n"
              "    \"inicio\": \"\",\n"
              "    \"motivo\": \"\"\n"
              "  },\n"
              "  \"_ayuda\": {\n"
              "    \"prestador.nombre\": \"Nombre del prestador — texto, requerido\",\n"
              "    \"prestador.curp\": \"CURP — curp, requerido, personal: 18 caracteres, como en el acta\",\n"
              "    \"prestador.actividades\": \"Actividades — lista, requerido\",\n"
              "    \"firmantes\": \"Firmantes — registros, requerido\",\n"
              "    \"firmantes.nombre\": \"Nombre — texto, requerido\",\n"
              "    \"firmantes.cargo\": \"Cargo — texto, opcional\",\n"
              "    \"vigencia.inicio\": \"Inicio — fecha, opcional\",\n"
              "    \"vigencia.motivo\": \"Motivo — texto, requerido si vigencia.inicio\"\n"
              "  }\n"
              "}\n");
}

TEST(DataSkeleton, TheBundledTemplatesSkeletonLeavesDerivedValuesOutAndItsHelpIsNotData) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const document::TemplateLibrary library(PACTA_SOURCE_DIR "/document/plantillas");
    const auto tmpl = document::load_template(*library.template_path("imss-bienestar-honorarios"));
    ASSERT_TRUE(tmpl.value);
    const auto skeleton = data_skeleton(*tmpl.value);
    EXPECT_NE(skeleton.find("\"curp\": \"\""), std::string::npos);
    EXPECT_EQ(skeleton.find("\"edad\""), std::string::npos) << "derived";
    const auto data = document::parse_json_data(skeleton, "esqueleto.json");
    ASSERT_TRUE(data.value);
    const auto generated = document::generate(*tmpl.value, *data.value);
    EXPECT_FALSE(generated.findings.empty());  // every required field is still empty
    for (const auto& f : generated.findings) {
        EXPECT_EQ(f.field.find("_ayuda"), std::string::npos) << f.code << " " << f.field;
        EXPECT_NE(f.code, "data.wrong_shape") << f.field;
    }
}

}  // namespace
}  // namespace pacta::presentation
