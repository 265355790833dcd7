// The signature checker against a PDF written by ContractPdfWriter and signed by a tool
// nobody here wrote (podofosign, with a throwaway certificate made by openssl).
#include "pacta/pdf/signature_check.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pacta/pdf/contract_pdf.h"
#include "pacta/pdf/layout.h"

namespace pacta::pdf {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

document::Document contract() {
    document::Document doc;
    doc.paper = "carta";
    doc.title = "Contrato de prueba";
    document::Block p;
    p.kind = document::Block::Kind::paragraph;
    p.runs = {document::Run{"Las partes convienen en lo siguiente.", false, false, {}}};
    doc.blocks.push_back(p);
    document::Block s;
    s.kind = document::Block::Kind::signatures;
    s.signatories = {{"Rosa Ramírez Cruz", "", "LA PRESTADORA", "firma_prestador", "", ""}};
    doc.blocks.push_back(s);
    return doc;
}

class SignedPdf : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("pacta-firma-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        PdfOptions options;
        options.folio = "F-1";
        unsigned_ = ContractPdfWriter().render(contract(), options);
        std::ofstream(dir_ / "c.pdf", std::ios::binary) << unsigned_;
        const std::string d = dir_.string();
        const std::string make = "openssl req -x509 -newkey rsa:2048 -nodes -utf8 -keyout " + d + "/k.pem -out " + d +
                                 "/cert.pem -days 2 -subj '/CN=Rosa Ramírez Cruz' >/dev/null 2>&1 && podofosign -in " + d +
                                 "/c.pdf -out " + d + "/s.pdf -cert " + d + "/cert.pem -pkey " + d +
                                 "/k.pem -field-name firma_prestador -field-use-existing >/dev/null 2>&1";
        ASSERT_EQ(std::system(make.c_str()), 0) << "openssl and podofosign (libpodofo-utils) are test dependencies";
        signed_ = slurp(dir_ / "s.pdf");
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
    std::string unsigned_;
    std::string signed_;
};

TEST_F(SignedPdf, AnUnsignedContractHasNoSignatures) {
    const auto report = check_pdf_signatures(unsigned_);
    EXPECT_TRUE(report.readable);
    EXPECT_TRUE(report.signatures.empty());
    EXPECT_FALSE(report.covers_whole_file);
}

TEST_F(SignedPdf, ASignatureMadeByPodofosignVerifiesAndNamesItsSigner) {
    const auto report = check_pdf_signatures(signed_);
    ASSERT_TRUE(report.readable);
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].intact) << report.signatures[0].problem;
    EXPECT_EQ(report.signatures[0].signer, "Rosa Ramírez Cruz");
    EXPECT_EQ(report.signatures[0].signing_time.size(), 19U);
    EXPECT_TRUE(report.covers_whole_file);
    // The signed file starts with the very bytes Pacta wrote: an incremental update.
    const auto ends = revision_ends(signed_);
    ASSERT_GE(ends.size(), 2U);
    EXPECT_EQ(signed_.substr(0, ends.front()), unsigned_);
}

TEST_F(SignedPdf, OneChangedByteBreaksTheSignature) {
    std::string tampered = signed_;
    const auto at = tampered.find("/Producer");  // in the signed range, and the file still parses
    ASSERT_NE(at, std::string::npos);
    tampered[at + 1] = 'Q';
    const auto report = check_pdf_signatures(tampered);
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_FALSE(report.signatures[0].intact);
    EXPECT_FALSE(report.signatures[0].problem.empty());
}

TEST_F(SignedPdf, BytesAddedAfterTheSignatureAreNoticed) {
    const auto report = check_pdf_signatures(signed_ + "1 0 obj\n<<>>\nendobj\n");
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].intact);
    EXPECT_FALSE(report.covers_whole_file);
}

TEST(SignatureCheck, SomethingThatIsNotAPdfIsSaidSo) {
    const auto report = check_pdf_signatures("esto no es un PDF");
    EXPECT_FALSE(report.readable);
    EXPECT_FALSE(report.problem.empty());
}

TEST(PaperCopies, EveryPageOfEveryCopyIsMarkedAndNoFieldRemains) {
    class Measure : public TextMeasure {
    public:
        double advance(Face, char32_t) const override { return 0.5; }
    } measure;
    LayoutOptions o;
    const auto original = lay_out(contract(), measure, o);
    ASSERT_FALSE(original.fields.empty());
    const auto copies = paper_copies(original, 3, measure);
    ASSERT_EQ(copies.pages.size(), 3 * original.pages.size());
    EXPECT_TRUE(copies.fields.empty());
    for (std::size_t p = 0; p < copies.pages.size(); ++p) {
        const std::string mark = "Ejemplar " + std::to_string(p / original.pages.size() + 1) + " de 3";
        bool found = false;
        for (const auto& line : copies.pages[p].lines) found = found || line.runs.front().text == mark;
        EXPECT_TRUE(found) << p;
    }
}

}  // namespace
// Hostile-input finding 4: PoDoFo aborted (exit 134) on deeply nested arrays and overflowed
// its stack on nested dictionaries. The reading happens in a child process: the caller gets
// "not readable" and goes on.
TEST(SignatureCheck, DeeplyNestedPdfsAreUnreadableNotFatal) {
    for (const char* name : {"arreglos-anidados.pdf", "diccionarios-anidados.pdf"}) {
        const auto bytes = slurp(fs::path(PACTA_FIXTURES_DIR) / "hostiles" / name);
        ASSERT_FALSE(bytes.empty()) << name;
        const auto report = check_pdf_signatures(bytes);
        EXPECT_FALSE(report.readable) << name;
        EXPECT_FALSE(report.problem.empty()) << name;
        EXPECT_TRUE(report.signatures.empty()) << name;
    }
}

}  // namespace pacta::pdf
