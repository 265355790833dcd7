// Signing with a key that never leaves a PKCS#11 token: a SoftHSM2 token made here in a
// temporary directory (softhsm2), holding an e.firma-like certificate and its key written
// with pkcs11-tool (opensc), and the authority's certificate before them. The signature is
// checked by pdfsig (poppler) and by Pacta's own check; a wrong PIN, an unknown label, a
// missing or bogus module and an empty token are refused with the right kind.
#include <gtest/gtest.h>
#include <openssl/err.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>

#include "pacta/pdf/contract_pdf.h"
#include "pacta/pdf/field_signer.h"
#include "pacta/pdf/layout.h"
#include "pacta/pdf/signature_check.h"

namespace pacta::pdf {
namespace {

namespace fs = std::filesystem;

const std::string module_path = "/usr/lib/softhsm/libsofthsm2.so";

// Now, as a signature's claimed time: the test's certificates are made when it runs, so a fixed
// time would fall before them once the day moves on.
std::string utc_now(int plus_seconds = 0) {
    const std::time_t now = std::time(nullptr) + plus_seconds;
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string output_of(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((command + " 2>&1").c_str(), "r"), ::pclose);
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;) out.append(buffer.data(), n);
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
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
    s.signatories = {{"María Teresa Díaz Martínez", "", "LA SUPERVISORA", "firma_supervisor", "", ""}};
    doc.blocks.push_back(s);
    return doc;
}

std::optional<SigningError::Kind> kind_of(const std::function<void()>& attempt) {
    try {
        attempt();
    } catch (const SigningError& e) {
        return e.kind();
    }
    return std::nullopt;
}

class Pkcs11Signing : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new fs::path(fs::temp_directory_path() / ("pacta-token-" + std::to_string(::getpid())));
        fs::create_directories(*dir_ / "tokens");
        const std::string d = dir_->string();
        // SoftHSM2 reads its configuration when the module initializes: set before any load.
        std::ofstream(*dir_ / "softhsm2.conf") << "directories.tokendir = " << d << "/tokens\n"
                                               << "objectstore.backend = file\nlog.level = ERROR\n";
        ::setenv("SOFTHSM2_CONF", (*dir_ / "softhsm2.conf").c_str(), 1);

        missing_ = new std::string;
        const std::pair<const char*, const char*> tools[] = {
            {"softhsm2-util", "softhsm2"}, {"pkcs11-tool", "opensc"}, {"pdfsig", "poppler-utils"}, {"openssl", "openssl"}};
        for (const auto& [tool, package] : tools) {
            if (std::system(("command -v " + std::string(tool) + " >/dev/null 2>&1").c_str()) != 0) {
                *missing_ += std::string(tool) + " (apt install " + package + ") ";
            }
        }
        if (!fs::exists(module_path)) *missing_ += module_path + " (apt install softhsm2) ";
        const std::string engines = output_of("openssl version -e");
        const auto quote = engines.find('"');
        const std::string engine_dir = engines.substr(quote + 1, engines.rfind('"') - quote - 1);
        engine_ = new std::string(engine_dir + "/libpkcs11.so");
        if (!fs::exists(*engine_)) *missing_ += "the pkcs11 engine (apt install libengine-pkcs11-openssl) ";
        if (!missing_->empty()) return;

        const auto other = [](const std::string& label) {
            return "pkcs11-tool --module " + module_path + " --token-label " + label + " --login --pin 1234";
        };
        const std::string tool = other("pacta-prueba");
        const std::string setup =
            "cd " + d +
            " && printf 'keyUsage=critical,digitalSignature,nonRepudiation\\n' > uso.cnf"
            " && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=AC de Prueba'"
            " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout teresa-key.pem -out teresa.csr"
            " -subj '/CN=MARÍA TERESA DÍAZ MARTÍNEZ/x500UniqueIdentifier=DIMT800101AB1/serialNumber=DIMT800101MGRZRR01'"
            " && openssl x509 -req -in teresa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf"
            " -out teresa.pem"
            " && openssl x509 -in teresa.pem -outform DER -out teresa.cer"
            " && openssl x509 -in ca.pem -outform DER -out ca.cer"
            " && openssl pkcs8 -topk8 -nocrypt -in teresa-key.pem -outform DER -out teresa-key.der"
            " && softhsm2-util --init-token --free --label pacta-prueba --pin 1234 --so-pin 5678"
            " && softhsm2-util --init-token --free --label vacia --pin 1234 --so-pin 5678"
            // The authority's certificate first: the signer's is not the first one on the token.
            " && " + tool + " --write-object ca.cer --type cert --id 02 --label ac"
            " && " + tool + " --write-object teresa-key.der --type privkey --id 01 --label firma"
            " && " + tool + " --write-object teresa.cer --type cert --id 01 --label firma"
            // Key and certificate under different ids.
            " && softhsm2-util --init-token --free --label otros-ids --pin 1234 --so-pin 5678"
            " && " + other("otros-ids") + " --write-object teresa-key.der --type privkey --id 0A --label llave"
            " && " + other("otros-ids") + " --write-object teresa.cer --type cert --id 0B --label cert"
            // A key whose certificate is not there (only the authority's).
            " && softhsm2-util --init-token --free --label sin-certificado --pin 1234 --so-pin 5678"
            " && " + other("sin-certificado") + " --write-object teresa-key.der --type privkey --id 01 --label llave"
            " && " + other("sin-certificado") + " --write-object ca.cer --type cert --id 02 --label ac";
        ok_ = std::system(("(" + setup + ") >" + d + "/setup.log 2>&1").c_str()) == 0;
        PdfOptions options;
        options.folio = "F-1";
        unsigned_ = new std::string(ContractPdfWriter().render(contract(), options));
    }
    static void TearDownTestSuite() {
        fs::remove_all(*dir_);
        delete dir_;
        delete unsigned_;
        delete missing_;
        delete engine_;
    }
    void SetUp() override {
        ASSERT_TRUE(missing_->empty()) << "missing: " << *missing_ << "(scripts/setup-deps --test installs them)";
        ASSERT_TRUE(ok_) << "the SoftHSM2 token could not be made: " << slurp(*dir_ / "setup.log");
    }

    static SigningCredentials teresa(const std::string& pin = "1234") {
        return SigningCredentials::from_pkcs11(module_path, "pacta-prueba", pin);
    }

    static fs::path* dir_;
    static std::string* unsigned_;
    static std::string* missing_;
    static std::string* engine_;  // the pkcs11 engine's library
    static bool ok_;
};
fs::path* Pkcs11Signing::dir_ = nullptr;
std::string* Pkcs11Signing::unsigned_ = nullptr;
std::string* Pkcs11Signing::missing_ = nullptr;
std::string* Pkcs11Signing::engine_ = nullptr;
bool Pkcs11Signing::ok_ = false;

TEST_F(Pkcs11Signing, TheTokenSignsAFieldAndTheSignatureIsValid) {
    const auto started = std::chrono::steady_clock::now();
    const auto credentials = teresa();
    const auto id = credentials.identity();
    EXPECT_EQ(id.common_name, "MARÍA TERESA DÍAZ MARTÍNEZ");
    EXPECT_EQ(id.rfc, "DIMT800101AB1");
    EXPECT_EQ(id.curp, "DIMT800101MGRZRR01");
    EXPECT_EQ(id.issuer, "AC de Prueba");
    const std::string signed_pdf =
        sign_field(*unsigned_,
                   {"firma_supervisor", "María Teresa Díaz Martínez", "Firma del contrato F-1", utc_now()},
                   credentials)
            .pdf;
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    std::printf("one token signature (credentials opened and the field signed): %lld ms\n",
                static_cast<long long>(took.count()));
    std::fflush(stdout);  // before popen forks
    EXPECT_EQ(signed_pdf.substr(0, unsigned_->size()), *unsigned_);

    const auto report = check_pdf_signatures(signed_pdf, {slurp(*dir_ / "ca.pem")});
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].intact) << report.signatures[0].problem;
    EXPECT_TRUE(report.signatures[0].trusted) << report.signatures[0].trust_problem;
    EXPECT_EQ(report.signatures[0].field, "firma_supervisor");
    EXPECT_TRUE(report.covers_whole_file);

    std::ofstream(*dir_ / "firmado.pdf", std::ios::binary) << signed_pdf;
    const std::string pdfsig = output_of("pdfsig " + (*dir_ / "firmado.pdf").string());
    EXPECT_EQ(count(pdfsig, "Signature Validation: Signature is Valid."), 1U) << pdfsig;
    EXPECT_NE(pdfsig.find("Signer Certificate Common Name: MARÍA TERESA DÍAZ MARTÍNEZ"), std::string::npos) << pdfsig;
    EXPECT_NE(pdfsig.find("Signature Type: ETSI.CAdES.detached"), std::string::npos) << pdfsig;

    // The authority's certificate on the token travels in the CMS, as a PKCS#12's chain does.
    const auto start = signed_pdf.rfind("/Contents <") + 11;
    std::string der;
    for (std::size_t i = start; signed_pdf[i] != '>'; i += 2) {
        der.push_back(static_cast<char>(std::stoi(signed_pdf.substr(i, 2), nullptr, 16)));
    }
    std::ofstream(*dir_ / "firma.der", std::ios::binary) << der;
    const std::string certs =
        output_of("openssl pkcs7 -inform DER -print_certs -noout -in " + (*dir_ / "firma.der").string());
    EXPECT_EQ(count(certs, "subject="), 2U) << certs;
    EXPECT_NE(certs.find("AC de Prueba"), std::string::npos) << certs;
}

TEST_F(Pkcs11Signing, TheSameCredentialsSignAgainAndOpenAgainOnceDropped) {
    std::string pdf = *unsigned_;
    {
        const auto credentials = teresa();
        pdf = sign_field(pdf, {"firma_supervisor", "Teresa", "", utc_now()}, credentials).pdf;
        // Still usable after a signature; a second token session in the process is refused
        // while these live, and does not disturb them.
        EXPECT_EQ(kind_of([] { (void)teresa(); }), SigningError::Kind::token_unavailable);
        const auto again = check_pdf_signatures(
            sign_field(*unsigned_, {"firma_supervisor", "Teresa", "", utc_now(1)}, credentials).pdf);
        ASSERT_EQ(again.signatures.size(), 1U);
        EXPECT_TRUE(again.signatures[0].intact) << again.signatures[0].problem;
    }
    EXPECT_TRUE(check_pdf_signatures(pdf).signatures.at(0).intact);
    // Dropped: the engine finished and the module finalized, so it opens again (three times).
    for (int i = 0; i < 3; ++i) {
        const auto again = teresa();
        EXPECT_EQ(again.common_name(), "MARÍA TERESA DÍAZ MARTÍNEZ");
    }
    SigningCredentials moved = teresa();
    SigningCredentials target = std::move(moved);
    const auto report = check_pdf_signatures(
        sign_field(*unsigned_, {"firma_supervisor", "Teresa", "", utc_now()}, target).pdf);
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].intact) << report.signatures[0].problem;
}

TEST_F(Pkcs11Signing, AWrongPinAnUnknownLabelAMissingModuleAndAnEmptyTokenAreRefused) {
    using K = SigningError::Kind;
    EXPECT_EQ(kind_of([] { (void)teresa("9999"); }), K::bad_password);
    EXPECT_EQ(kind_of([] { (void)teresa(""); }), K::bad_password);
    try {
        (void)SigningCredentials::from_pkcs11(module_path, "otra-ficha", "1234");
        ADD_FAILURE() << "an unknown label was accepted";
    } catch (const SigningError& e) {
        EXPECT_EQ(e.kind(), K::token_unavailable);
        EXPECT_NE(std::string(e.what()).find("otra-ficha"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("pacta-prueba"), std::string::npos) << e.what();
    }
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs11("/no/existe/pkcs11.so", "pacta-prueba", "1234"); }),
              K::token_unavailable);
    // A shared library that is not a PKCS#11 module, and a file that is no library at all.
    const std::string not_a_module = fs::path(*engine_).parent_path() / "afalg.so";  // another engine (libssl3)
    EXPECT_EQ(kind_of([&] { (void)SigningCredentials::from_pkcs11(not_a_module, "pacta-prueba", "1234"); }),
              K::token_unavailable);
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs11((*dir_ / "ca.pem").string(), "pacta-prueba", "1234"); }),
              K::token_unavailable);
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs11(module_path, "vacia", "1234"); }), K::unreadable);
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs11(module_path, "sin-certificado", "1234"); }),
              K::unreadable);
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs11(module_path, "vacia", "0000"); }), K::bad_password);
    // After every refusal the token opens with the right PIN.
    EXPECT_EQ(teresa().common_name(), "MARÍA TERESA DÍAZ MARTÍNEZ");
}

// A token whose key and certificate carry different ids: the key is the token's first, and
// its certificate the one whose public key it matches.
TEST_F(Pkcs11Signing, AKeyFindsItsCertificateUnderAnotherId) {
    const auto credentials = SigningCredentials::from_pkcs11(module_path, "otros-ids", "1234");
    EXPECT_EQ(credentials.common_name(), "MARÍA TERESA DÍAZ MARTÍNEZ");
    const auto report = check_pdf_signatures(
        sign_field(*unsigned_, {"firma_supervisor", "Teresa", "", utc_now()}, credentials).pdf);
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].intact) << report.signatures[0].problem;
}

// libp11 leaves its error strings registered with OpenSSL when its engine is freed: were the
// engine's library unloaded then, OpenSSL would read unmapped memory the next time it named
// an error near them. So the library stays mapped once the credentials are gone.
TEST_F(Pkcs11Signing, OpenSslStillNamesErrorsOnceTheEngineIsGone) {
    for (int i = 0; i < 2; ++i) EXPECT_FALSE(teresa().common_name().empty());
    EXPECT_EQ(kind_of([] { (void)teresa("9999"); }), SigningError::Kind::bad_password);
    const std::string maps = slurp("/proc/self/maps");
    EXPECT_NE(maps.find(fs::canonical(*engine_).string()), std::string::npos) << "the pkcs11 engine's library was unloaded";
    std::size_t named = 0;
    for (unsigned long code = 1; code < 0x7FFFFFFFUL; code += 0xFFFFUL) {
        std::array<char, 256> text{};
        ERR_error_string_n(code, text.data(), text.size());
        if (text[0] != '\0') ++named;
    }
    EXPECT_GT(named, 30000U);
}

}  // namespace
}  // namespace pacta::pdf
