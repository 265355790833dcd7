// Every path that writes a contract names, marks and renders its files one way: the format
// from the extension, the files' names, the institution's legend and legal basis, the text
// and HTML renderings, and loose files written whole with their fingerprints.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/contract_output.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

document::Document reference_contract() {
    const document::TemplateLibrary library(PACTA_SOURCE_DIR "/document/plantillas");
    const auto tmpl = document::load_template(*library.template_path("imss-bienestar-honorarios"));
    const auto data = document::parse_json_data(*document::read_file(*library.example_path("imss-bienestar-honorarios")), "d");
    EXPECT_TRUE(tmpl.value && data.value);
    return *document::generate(*tmpl.value, *data.value).document;
}

TEST(ContractOutput, NamesFormatsAndTheCreatorAreTheSameOnEveryPath) {
    EXPECT_EQ(output_format("a/GRO-2024-0001.pdf"), OutputFormat::pdf);
    EXPECT_EQ(output_format("x.html"), OutputFormat::html);
    EXPECT_EQ(output_format("x.txt"), OutputFormat::text);
    EXPECT_FALSE(output_format("x.docx"));
    EXPECT_FALSE(output_format("x"));
    EXPECT_EQ(pdf_creator().rfind("Pacta ", 0), 0U);
    EXPECT_GT(pdf_creator().size(), 6U);  // and the version
    const auto names = contract_file_names("salida", "GRO-2024-0001");
    EXPECT_EQ(names.complete, fs::path("salida/GRO-2024-0001.pdf"));
    EXPECT_EQ(names.public_version, fs::path("salida/GRO-2024-0001-publica.pdf"));
    EXPECT_EQ(public_file_beside("x/c.html"), fs::path("x/c-publica.html"));
}

TEST(ContractOutput, TheInstitutionsLegendAndLegalBasisReplaceTheCountrysDefaults) {
    const auto doc = reference_contract();
    const auto defaults = render_options(nullptr, doc, true);
    EXPECT_TRUE(defaults.public_version);
    EXPECT_EQ(defaults.legal_basis, document::default_legal_basis(doc.country));
    EXPECT_FALSE(defaults.legal_basis.empty());

    domain::Institution office;
    office.public_legend = "[SUPRIMIDO POR LEY: {etiqueta}]";
    office.legal_basis = "Artículo 116 de la LGTAIP.";
    const auto own = render_options(&office, doc, true);
    EXPECT_EQ(own.legend, "[SUPRIMIDO POR LEY: {label}]");
    EXPECT_EQ(own.legal_basis, "Artículo 116 de la LGTAIP.");
    const auto text = render_contract(doc, OutputFormat::text, "GRO-2024-0001", own, nullptr);
    EXPECT_NE(text.find("[SUPRIMIDO POR LEY: CURP]"), std::string::npos);
    EXPECT_NE(text.find("Artículo 116 de la LGTAIP."), std::string::npos);
    EXPECT_EQ(render_contract(doc, OutputFormat::html, "F", own, nullptr).find("<"), 0U);
}

TEST(ContractOutput, LooseFilesAreWrittenWholeWithTheirFingerprintsAndThePublicOneChecked) {
    const auto doc = reference_contract();
    const fs::path dir = fs::temp_directory_path() / ("pacta-salida-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    LooseRendering rendering;
    rendering.folio = "PRUEBA-0001";
    const auto written = write_loose_files(doc, rendering, {{dir / "c.pdf", false}, {dir / "c-publica.txt", true}});
    ASSERT_EQ(written.size(), 2U);
    EXPECT_EQ(written[0].kind, "completo");
    EXPECT_EQ(written[1].kind, "publico");
    for (const auto& w : written) {
        const auto bytes = document::read_file(w.path);
        ASSERT_TRUE(bytes);
        EXPECT_EQ(platform::sha256_hex(*bytes), w.sha256);
    }
    EXPECT_EQ(document::read_file(dir / "c.pdf")->rfind("%PDF-", 0), 0U);
    const auto public_text = *document::read_file(dir / "c-publica.txt");
    EXPECT_EQ(public_text.find("MAMM900312MGRRRR03"), std::string::npos);
    // Nothing but the two files: no temporary copy left beside them.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace pacta::presentation
