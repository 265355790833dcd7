// Public versions checked, not assumed (issue 19): every bundled template's public version,
// with data chosen to trip the check, reads back clean; a value planted in the page text, the
// Info or the XMP is caught, and such a file is never kept.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/pdf/contract_pdf.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/contracts/public_version_check.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

const document::TemplateLibrary library(PACTA_SOURCE_DIR "/document/plantillas");

std::string last_segment(const std::string& path) { return path.substr(path.rfind('.') + 1); }

// The example data with the personal texts that fool a naive check: a nationality that is
// also a word of «Instituto Mexicano del Seguro Social», an address that shares words with
// the institution's.
document::Generation adversarial(const std::string& id) {
    auto tmpl = document::load_template(*library.template_path(id));
    auto data = document::parse_json_data(*document::read_file(*library.example_path(id)), id);
    EXPECT_TRUE(tmpl.value && data.value) << id;
    if (!tmpl.value || !data.value) return {};
    for (const auto& f : tmpl.value->fields) {
        if (!f.personal || f.type != document::FieldType::texto || data.value->find(f.path) == nullptr) continue;
        const auto name = last_segment(f.path);
        if (name == "nacionalidad") data.value->set(f.path, "mexicano");
        if (name == "estado_civil") data.value->set(f.path, "soltero");
        if (name == "domicilio") data.value->set(f.path, "Calle Instituto Mexicano 12, Colonia Seguro Social, Lima");
    }
    return document::generate(*tmpl.value, *data.value);
}

std::string pdf_of(const document::Document& doc, bool public_version) {
    pdf::ContractPdfWriter writer;
    return render_contract(doc, OutputFormat::pdf, "PRUEBA-0001", render_options(nullptr, doc, public_version), &writer);
}

bool leaked_in(const PublicVersionCheck& check, const std::string& label, const std::string& where_part) {
    for (const auto& leak : check.leaks) {
        if (leak.label == label && leak.where.find(where_part) != std::string::npos) return true;
    }
    return false;
}

TEST(PublicVersion, EveryBundledTemplateWithAdversarialDataReadsBackClean) {
    const auto entries = library.list();
    ASSERT_GE(entries.size(), 4u);
    for (const auto& e : entries) {
        const auto g = adversarial(e.id);
        ASSERT_TRUE(g.document) << e.id << (g.findings.empty() ? "" : ": " + g.findings.front().code);
        const auto& doc = *g.document;
        for (const auto format : {OutputFormat::pdf, OutputFormat::html, OutputFormat::text}) {
            pdf::ContractPdfWriter writer;
            const auto bytes = render_contract(doc, format, "PRUEBA-0001", render_options(nullptr, doc, true), &writer);
            const auto check = check_public_version(doc, bytes, format, "PRUEBA-0001-publica.pdf");
            EXPECT_TRUE(check.readable) << e.id;
            for (const auto& leak : check.leaks) ADD_FAILURE() << e.id << ": " << leak.label << " in " << leak.where;
        }
        // The same check sees the complete version's personal data, wherever a template has some.
        if (!doc.personal_values.empty()) {
            const auto complete = check_public_version(doc, pdf_of(doc, false), OutputFormat::pdf, "PRUEBA-0001.pdf");
            EXPECT_FALSE(complete.leaks.empty()) << e.id;
        }
    }
}

TEST(PublicVersion, TheImssBienestarPublicVersionIsCleanAndItsCompleteVersionIsNot) {
    const auto g = adversarial("imss-bienestar-honorarios");
    ASSERT_TRUE(g.document);
    EXPECT_TRUE(check_public_version(*g.document, pdf_of(*g.document, true), OutputFormat::pdf, "x.pdf").clean());
    const auto complete = check_public_version(*g.document, pdf_of(*g.document, false), OutputFormat::pdf, "x.pdf");
    for (const char* label : {"CURP", "RFC", "Fecha de nacimiento", "Domicilio particular", "Nacionalidad"}) {
        EXPECT_TRUE(leaked_in(complete, label, "")) << label;
    }
}

std::string value_of(const document::Document& doc, const std::string& label) {
    for (const auto& pv : doc.personal_values) {
        if (pv.label == label) return pv.forms.front();
    }
    return {};
}

TEST(PublicVersion, AValuePlantedInThePageTextIsCaught) {
    auto g = adversarial("imss-bienestar-honorarios");
    ASSERT_TRUE(g.document);
    auto doc = *g.document;
    document::Block planted;
    document::Run run;
    run.text = "Para aclaraciones, CURP " + value_of(doc, "CURP") + " y domicilio en " +
               value_of(doc, "Domicilio particular") + ".";
    planted.runs.push_back(run);
    doc.blocks.push_back(planted);
    const auto check = check_public_version(doc, pdf_of(doc, true), OutputFormat::pdf, "x-publica.pdf");
    EXPECT_TRUE(leaked_in(check, "CURP", ""));
    EXPECT_TRUE(leaked_in(check, "Domicilio particular", ""));
    EXPECT_FALSE(check.clean());
}

TEST(PublicVersion, AValuePlantedInTheInfoAndTheXmpIsCaught) {
    auto g = adversarial("imss-bienestar-honorarios");
    ASSERT_TRUE(g.document);
    auto doc = *g.document;
    doc.subject = "Honorarios de RFC " + value_of(doc, "RFC");
    const auto check = check_public_version(doc, pdf_of(doc, true), OutputFormat::pdf, "x-publica.pdf");
    EXPECT_TRUE(leaked_in(check, "RFC", "Info")) << public_version_problem(check, "x", false);
    EXPECT_TRUE(leaked_in(check, "RFC", "XMP")) << public_version_problem(check, "x", false);
}

TEST(PublicVersion, ABirthDateIsFoundInEachPrintedForm) {
    auto g = adversarial("imss-bienestar-honorarios");
    ASSERT_TRUE(g.document);
    const std::string iso = value_of(g.document->personal_values.empty() ? document::Document{} : *g.document,
                                     "Fecha de nacimiento");
    ASSERT_EQ(iso.size(), 10u);
    const std::string numeric = iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    for (const std::string& text : {iso, numeric}) {
        const auto leaks = document::find_leaks(*g.document, {{"nota", "nacido el " + text + "."}});
        EXPECT_EQ(leaks.size(), 1u) << text;
    }
}

TEST(PublicVersion, AFileThatLeaksIsNeverKept) {
    auto g = adversarial("imss-bienestar-honorarios");
    ASSERT_TRUE(g.document);
    auto doc = *g.document;
    doc.author = value_of(doc, "CURP");
    const fs::path dir = fs::temp_directory_path() / ("pacta-publica-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "x-publica.pdf";
    EXPECT_THROW(write_public_version(doc, file, pdf_of(doc, true), OutputFormat::pdf), ServiceError);
    EXPECT_TRUE(fs::is_empty(dir));  // neither the file nor its temporary copy
    write_public_version(*g.document, file, pdf_of(*g.document, true), OutputFormat::pdf);
    EXPECT_TRUE(fs::exists(file));
    fs::remove_all(dir);
}

TEST(PublicVersion, ADniTypedAsASignatorysPostIsAnErrorBeforeGeneration) {
    auto tmpl = document::load_template(*library.template_path("peru-locacion-servicios"));
    auto data = document::parse_json_data(*document::read_file(*library.example_path("peru-locacion-servicios")), "d");
    ASSERT_TRUE(tmpl.value && data.value);
    data.value->set("representante.cargo", "Jefa de Administración, DNI 10117410-2");
    const auto g = document::generate(*tmpl.value, *data.value);
    EXPECT_FALSE(g.document);
    bool found = false;
    for (const auto& f : g.findings) {
        if (f.code == "data.personal_elsewhere") {
            found = true;
            EXPECT_EQ(f.field, "representante.cargo");
            EXPECT_EQ(f.param("personal_label"), "DNI del locador");
        }
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace pacta::presentation
