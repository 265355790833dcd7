// A contract's text from a file drafted anywhere: plain text split into lines, a Word
// document's paragraphs, a PDF page by page (and a page as pixels for a preview); a file that
// is none of them, damaged or built to exhaust memory gets a message naming it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <variant>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/review/contract_reading.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

class Reading : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        dir = fs::temp_directory_path() / ("pacta-lectura-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    fs::path write(const std::string& name, const std::string& bytes) {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return dir / name;
    }
    static std::string failure(const std::variant<domain::ContractText, ReadFailure>& read) {
        const auto* f = std::get_if<ReadFailure>(&read);
        return f == nullptr ? std::string() : f->message;
    }
    fs::path dir;
};

TEST_F(Reading, TextAndWordDocumentsBecomeLines) {
    const auto text = contract_text_of("PRIMERA.- Objeto.\r\nSEGUNDA.- Vigencia.\n\nFin");
    EXPECT_EQ(text.lines, (std::vector<std::string>{"PRIMERA.- Objeto.", "SEGUNDA.- Vigencia.", "", "Fin"}));
    EXPECT_TRUE(text.pages.empty());

    const auto docx = std::get<domain::ContractText>(read_contract_file(PACTA_FIXTURES_DIR "/documentos/contrato-corto.docx"));
    ASSERT_GE(docx.lines.size(), 2U);
    for (std::size_t i = 2; i < docx.lines.size(); ++i) EXPECT_EQ(docx.lines[i], "");
    EXPECT_EQ(docx.lines[0], "CONTRATO DE PRESTACIÓN DE SERVICIOS");
    // The runs of one paragraph make one line, bold or not.
    EXPECT_EQ(docx.lines[1], "CUARTA.- El monto total es de $68,858.30 (SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO "
                             "PESOS 30/100 M.N.).");
}

TEST_F(Reading, APdfIsReadPageByPageAndAPageBecomesPixels) {
    const document::TemplateLibrary library(PACTA_SOURCE_DIR "/document/plantillas");
    const auto tmpl = document::load_template(*library.template_path("imss-bienestar-honorarios"));
    const auto data = document::parse_json_data(*document::read_file(*library.example_path("imss-bienestar-honorarios")), "d");
    ASSERT_TRUE(tmpl.value && data.value);
    const auto generated = document::generate(*tmpl.value, *data.value);
    ASSERT_TRUE(generated.document);
    pdf::ContractPdfWriter writer;
    const auto bytes = render_contract(*generated.document, OutputFormat::pdf, "GRO-2024-0001",
                                       render_options(nullptr, *generated.document, false), &writer);
    const auto read = read_contract_file(write("contrato.pdf", bytes));
    ASSERT_EQ(failure(read), "");
    const auto& text = std::get<domain::ContractText>(read);
    ASSERT_EQ(text.pages.size(), text.lines.size());
    EXPECT_EQ(text.pages.front(), 1);
    EXPECT_GT(text.pages.back(), 1);
    bool amount = false;
    for (const auto& line : text.lines) amount |= line.find("$68,858.30") != std::string::npos;
    EXPECT_TRUE(amount);

    const auto page = render_pdf_page(bytes, 0, 36.0);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->width, 306);  // carta, 8.5 inches at 36 dpi
    EXPECT_EQ(page->height, 396);
    EXPECT_EQ(page->rgb.size(), static_cast<std::size_t>(page->width * page->height * 3));
    EXPECT_FALSE(render_pdf_page(bytes, 99, 36.0));
    EXPECT_FALSE(render_pdf_page("%PDF-1.7 roto", 0, 36.0));
}

TEST_F(Reading, AFileThatIsNoneOfThemOrIsDamagedIsNamedInItsMessage) {
    EXPECT_NE(failure(read_contract_file(write("ruido.bin", std::string("\x01\x00\x02", 3)))).find("ruido.bin"),
              std::string::npos);
    EXPECT_NE(failure(read_contract_file(write("roto.docx", "PK\x03\x04roto"))).find("no es un documento de Word"),
              std::string::npos);
    EXPECT_NE(failure(read_contract_file(write("roto.pdf", "%PDF-1.7\nbasura"))).find("roto.pdf"), std::string::npos);
    EXPECT_NE(failure(read_contract_file(dir / "no-existe.pdf")).find("no-existe.pdf"), std::string::npos);
    // Crafted to expand to gigabytes: refused, not read.
    for (const char* hostile : {"bomba.docx", "declara-3.75GB.docx"}) {
        EXPECT_NE(failure(read_contract_file(fs::path(PACTA_FIXTURES_DIR "/hostiles") / hostile)), "") << hostile;
    }
}

}  // namespace
}  // namespace pacta::presentation
