// Signing a contract's fields with each signer's own certificate, checked by tools nobody
// here wrote: pdfsig (poppler) validates each signature and its coverage, qpdf the file,
// openssl cms the signature's attributes. A throwaway PKI made by openssl: a root, an
// e.firma-like pair (.cer DER, .key encrypted PKCS#8 DER) and a PKCS#12 with legacy RC2-40.
#include "pacta/pdf/field_signer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <regex>
#include <sstream>

#include "pacta/pdf/contract_pdf.h"
#include "pacta/pdf/layout.h"
#include "pacta/pdf/signature_check.h"

namespace pacta::pdf {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// What a command prints (stdout and stderr).
std::string output_of(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((command + " 2>&1").c_str(), "r"), ::pclose);
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;) out.append(buffer.data(), n);
    return out;
}

// A later revision that redefines object `number` as `body`: what someone editing the file
// after it was signed would append (a cross-reference section and a trailer chained to the
// last one).
std::string append_revision(const std::string& pdf, unsigned number, const std::string& body) {
    const std::regex root(R"(/Root (\d+) 0 R)"), size(R"(/Size (\d+))");
    std::smatch r, z;
    std::regex_search(pdf, r, root);
    std::string last_size;
    for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), size); it != std::sregex_iterator(); ++it) last_size = (*it)[1];
    const auto startxref = pdf.substr(pdf.rfind("startxref") + 10);
    std::string update = std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
    const std::size_t object_at = pdf.size();
    const std::size_t xref_at = pdf.size() + update.size();
    char offset[16];
    std::snprintf(offset, sizeof offset, "%010zu", object_at);
    update += "xref\n0 1\n0000000000 65535 f \n" + std::to_string(number) + " 1\n" + offset + " 00000 n \ntrailer\n<< /Size " +
              last_size + " /Root " + r[1].str() + " 0 R /Prev " + std::to_string(std::stoul(startxref)) +
              " >>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
    return pdf + update;
}

// The object number of the field a signature update (from `from` on) points at its signature.
unsigned signed_field_object(const std::string& pdf, std::size_t from) {
    const auto v = pdf.find("/V ", from);
    const auto obj = pdf.rfind(" 0 obj", v);
    const auto line = pdf.rfind('\n', obj);
    return static_cast<unsigned>(std::stoul(pdf.substr(line + 1, obj - line - 1)));
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
    s.signatories = {{"Rosa Ramírez Cruz", "", "LA PRESTADORA", "firma_prestador", "", ""},
                     {"Mario Núñez Peña", "", "EL REPRESENTANTE", "firma_representante", "", ""}};
    doc.blocks.push_back(s);
    return doc;
}

class FieldSigner : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new fs::path(fs::temp_directory_path() / ("pacta-firmar-" + std::to_string(::getpid())));
        fs::create_directories(*dir_);
        const std::string d = dir_->string();
        const std::string usage = "printf 'keyUsage=critical,digitalSignature,nonRepudiation\\n' > " + d + "/uso.cnf";
        const std::string pki =
            usage + " && cd " + d +
            " && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=AC de Prueba'"
            " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout rosa-key.pem -out rosa.csr -subj '/CN=ROSA RAMÍREZ CRUZ/x500UniqueIdentifier=RACR920514AB1/serialNumber=RACR920514MDFMRS05'"
            " && openssl x509 -req -in rosa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf"
            " -out rosa.pem"
            " && openssl x509 -in rosa.pem -outform DER -out rosa.cer"
            " && openssl pkcs8 -topk8 -in rosa-key.pem -v2 aes-256-cbc -passout pass:clave-rosa -outform DER -out rosa.key"
            " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout mario-key.pem -out mario.csr -subj '/CN=MARIO NÚÑEZ PEÑA/x500UniqueIdentifier=ISS970101AB1 \\/ NUPM800101AB2/serialNumber= \\/ NUPM800101HDFXXX01'"
            " && openssl x509 -req -in mario.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf"
            " -out mario.pem"
            " && openssl pkcs12 -export -legacy -in mario.pem -inkey mario-key.pem -certfile ca.pem"
            " -passout pass:clave-mario -out mario.p12"
            // A seal certificate (CSD): the same person's, naming a branch.
            " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout sello-key.pem -out sello.csr"
            " -subj '/CN=ROSA RAMÍREZ CRUZ/x500UniqueIdentifier=RACR920514AB1/serialNumber=RACR920514MDFMRS05/OU=Sucursal 1'"
            " && openssl x509 -req -in sello.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf -out sello.pem"
            // A Peruvian one, with the DNI in serialNumber.
            " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout luis-key.pem -out luis.csr"
            " -subj '/CN=LUIS QUISPE MAMANI/serialNumber=PNOPE-41234567'"
            " && openssl x509 -req -in luis.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf -out luis.pem";
        ok_ = std::system(("(" + pki + ") >/dev/null 2>&1").c_str()) == 0;
        PdfOptions options;
        options.folio = "F-1";
        unsigned_ = new std::string(ContractPdfWriter().render(contract(), options));
    }
    static void TearDownTestSuite() {
        fs::remove_all(*dir_);
        delete dir_;
        delete unsigned_;
    }
    void SetUp() override { ASSERT_TRUE(ok_) << "openssl makes the test PKI"; }

    static SigningCredentials rosa() {
        return SigningCredentials::from_certificate_and_key(slurp(*dir_ / "rosa.cer"), slurp(*dir_ / "rosa.key"),
                                                            "clave-rosa");
    }
    static SigningCredentials mario() {
        return SigningCredentials::from_pkcs12(slurp(*dir_ / "mario.p12"), "clave-mario");
    }
    static FieldSignature field(const std::string& name, const std::string& who) {
        return {name, who, "Firma del contrato F-1", "2026-12-07T16:42:05Z"};
    }

    static fs::path* dir_;
    static std::string* unsigned_;
    static bool ok_;
};
fs::path* FieldSigner::dir_ = nullptr;
std::string* FieldSigner::unsigned_ = nullptr;
bool FieldSigner::ok_ = false;

TEST_F(FieldSigner, BothSignersSignTheirFieldsInTurnAndEverySignatureStaysValid) {
    const auto credentials = rosa();
    EXPECT_EQ(credentials.common_name(), "ROSA RAMÍREZ CRUZ");
    EXPECT_FALSE(credentials.serial_hex().empty());
    const std::string once = sign_field(*unsigned_, field("firma_prestador", "Rosa Ramírez Cruz"), credentials).pdf;
    const std::string twice = sign_field(once, field("firma_representante", "Mario Núñez Peña"), mario()).pdf;
    // Incremental: each file starts with the bytes of the one before.
    EXPECT_EQ(once.substr(0, unsigned_->size()), *unsigned_);
    EXPECT_EQ(twice.substr(0, once.size()), once);
    EXPECT_LT(twice.size() - unsigned_->size(), 2 * 50'000U);
    const auto fields = signature_fields(twice);
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_TRUE(fields[0].is_signed);
    EXPECT_TRUE(fields[1].is_signed);

    // Pacta's own check: both intact, the last covering the whole file.
    const auto report = check_pdf_signatures(twice);
    ASSERT_EQ(report.signatures.size(), 2U);
    for (const auto& s : report.signatures) EXPECT_TRUE(s.intact) << s.problem;
    EXPECT_TRUE(report.covers_whole_file);
    EXPECT_EQ(report.signatures[0].field, "firma_prestador");
    EXPECT_EQ(report.signatures[1].field, "firma_representante");
    EXPECT_EQ(report.signatures[0].signing_time, "2026-12-07T16:42:05");

    // poppler's: each signature valid, PAdES, the first covering its revision, the last the file.
    std::ofstream(*dir_ / "firmado.pdf", std::ios::binary) << twice;
    const std::string pdfsig = output_of("pdfsig " + (*dir_ / "firmado.pdf").string());
    if (const char* keep = std::getenv("PACTA_KEEP_SIGNED")) fs::copy_file(*dir_ / "firmado.pdf", keep, fs::copy_options::overwrite_existing);
    EXPECT_EQ(count(pdfsig, "Signature Validation: Signature is Valid."), 2U) << pdfsig;
    EXPECT_EQ(count(pdfsig, "Signature Type: ETSI.CAdES.detached"), 2U) << pdfsig;
    EXPECT_EQ(count(pdfsig, "Total document signed"), 1U) << pdfsig;
    EXPECT_NE(pdfsig.find("Signer Certificate Common Name: ROSA RAMÍREZ CRUZ"), std::string::npos) << pdfsig;
    EXPECT_NE(pdfsig.find("Signer Certificate Common Name: MARIO NÚÑEZ PEÑA"), std::string::npos) << pdfsig;
    EXPECT_EQ(std::system(("qpdf --check " + (*dir_ / "firmado.pdf").string() + " >/dev/null 2>&1").c_str()), 0);

    // The CMS: SHA-256, signing-certificate-v2, and no signing time (the time is /M).
    const auto start = twice.rfind("/Contents <") + 11;
    std::string der;
    for (std::size_t i = start; twice[i] != '>'; i += 2) der.push_back(static_cast<char>(std::stoi(twice.substr(i, 2), nullptr, 16)));
    std::ofstream(*dir_ / "firma.der", std::ios::binary) << der;
    const std::string cms = output_of("openssl cms -cmsout -print -inform DER -in " + (*dir_ / "firma.der").string());
    EXPECT_NE(cms.find("signingCertificateV2"), std::string::npos) << cms;
    EXPECT_EQ(cms.find("signingTime"), std::string::npos) << cms;
    EXPECT_NE(cms.find("sha256"), std::string::npos) << cms;
}

// Edits appended after signing: a revision that unbinds the field from its signature, and one
// that redefines the signature's dictionary with another time. The signature still verifies
// (its bytes are untouched), but it is bound to no field, and the time shown is the one signed.
// A signed field shows who signed: its appearance draws the lines in a font subset embedded
// with the signature; the signature stays valid and covers its revision.
TEST_F(FieldSigner, TheSignedFieldShowsItsSignerInAnEmbeddedSubsetFont) {
    auto what = field("firma_prestador", "Rosa Ramírez Cruz");
    what.appearance = {"Firmado digitalmente por", "ROSA RAMÍREZ CRUZ", "CURP RACR920514MDFMRS05",
                       "07/12/2026 16:42:05 UTC", "Certificado 0A1B2C"};
    const std::string signed_pdf = sign_field(*unsigned_, what, rosa()).pdf;
    EXPECT_LT(signed_pdf.size() - unsigned_->size(), 50'000U);
    const fs::path file = *dir_ / "apariencia.pdf";
    std::ofstream(file, std::ios::binary) << signed_pdf;
    std::ofstream(*dir_ / "sin-firmar.pdf", std::ios::binary) << *unsigned_;
    const std::string fonts = output_of("pdffonts " + file.string());
    EXPECT_EQ(count(fonts, "LiberationSerif "), count(output_of("pdffonts " + (*dir_ / "sin-firmar.pdf").string()), "LiberationSerif ") + 1)
        << fonts;
    const std::regex embedded_subset(R"(\+LiberationSerif\s+CID TrueType\s+Identity-H\s+yes yes yes)");
    EXPECT_TRUE(std::regex_search(fonts, embedded_subset)) << fonts;
    EXPECT_NE(output_of("pdfsig " + file.string()).find("Signature is Valid"), std::string::npos);
    EXPECT_EQ(output_of("qpdf --check " + file.string()).find("ERROR"), std::string::npos);
    const auto report = check_pdf_signatures(signed_pdf);
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].ends_a_revision);
    EXPECT_TRUE(report.signatures[0].later_changes.empty());
}

TEST_F(FieldSigner, WhatIsAppendedAfterSigningCannotRebindOrRedate) {
    const std::string once = sign_field(*unsigned_, field("firma_prestador", "Rosa Ramírez Cruz"), rosa()).pdf;
    const unsigned number = signed_field_object(once, unsigned_->size());
    const auto at = once.find(std::to_string(number) + " 0 obj", unsigned_->size());
    const auto end = once.find("endobj", at);
    std::string dict = once.substr(at, end - at);
    dict = dict.substr(dict.find("<<"));
    const auto v = dict.find("/V ");
    ASSERT_NE(v, std::string::npos) << dict;
    const std::string unbound_dict = dict.substr(0, v) + dict.substr(dict.find(" R", v) + 2);
    const auto unbound = check_pdf_signatures(append_revision(once, number, unbound_dict));
    ASSERT_TRUE(unbound.readable) << unbound.problem;
    ASSERT_EQ(unbound.signatures.size(), 1U);
    EXPECT_TRUE(unbound.signatures[0].intact);
    EXPECT_TRUE(unbound.signatures[0].field.empty()) << unbound.signatures[0].field;
    EXPECT_FALSE(unbound.covers_whole_file);

    // The signature dictionary redefined with /M of another year (and the same byte range).
    const auto sig_number = static_cast<unsigned>(std::stoul(dict.substr(v + 3)));
    const auto sig_at = once.find(std::to_string(sig_number) + " 0 obj", unsigned_->size());
    std::string sig = once.substr(sig_at, once.find("endobj", sig_at) - sig_at);
    sig = sig.substr(sig.find("<<"));
    const auto m = sig.find("(D:2026");
    ASSERT_NE(m, std::string::npos);
    sig.replace(m + 3, 4, "2019");
    const auto redated = check_pdf_signatures(append_revision(once, sig_number, sig));
    ASSERT_EQ(redated.signatures.size(), 1U);
    EXPECT_EQ(redated.signatures[0].signing_time, "2026-12-07T16:42:05");
}

TEST_F(FieldSigner, TheCertificateSaysWhoItsHolderIs) {
    const auto efirma = rosa().identity();
    EXPECT_EQ(efirma.common_name, "ROSA RAMÍREZ CRUZ");
    EXPECT_EQ(efirma.rfc, "RACR920514AB1");
    EXPECT_EQ(efirma.curp, "RACR920514MDFMRS05");
    EXPECT_TRUE(efirma.representative_rfc.empty());
    EXPECT_FALSE(efirma.looks_like_csd());
    EXPECT_TRUE(efirma.may_sign());
    EXPECT_EQ(efirma.issuer, "AC de Prueba");
    EXPECT_EQ(efirma.sha256_fingerprint.size(), 64U);
    EXPECT_TRUE(efirma.valid_at(efirma.not_before));
    EXPECT_FALSE(efirma.valid_at("2020-01-01T00:00:00Z"));
    // A company's legal representative: «company RFC / representative RFC», « / CURP».
    const auto representative = mario().identity();
    EXPECT_EQ(representative.rfc, "ISS970101AB1");
    EXPECT_EQ(representative.representative_rfc, "NUPM800101AB2");
    EXPECT_EQ(representative.curp, "NUPM800101HDFXXX01");
    const auto seal = SigningCredentials::from_certificate_and_key(slurp(*dir_ / "sello.pem"), slurp(*dir_ / "sello-key.pem"), "")
                          .identity();
    EXPECT_TRUE(seal.looks_like_csd());
    EXPECT_EQ(seal.branch, "Sucursal 1");
    const auto peru = SigningCredentials::from_certificate_and_key(slurp(*dir_ / "luis.pem"), slurp(*dir_ / "luis-key.pem"), "")
                          .identity();
    EXPECT_EQ(peru.dni, "41234567");
    EXPECT_TRUE(peru.curp.empty());
}

TEST_F(FieldSigner, WrongPasswordsMismatchedKeysAndWrongFieldsAreRefused) {
    const auto kind_of = [](const auto& attempt) -> std::optional<SigningError::Kind> {
        try {
            attempt();
        } catch (const SigningError& e) {
            return e.kind();
        }
        return std::nullopt;
    };
    using K = SigningError::Kind;
    EXPECT_EQ(kind_of([] {
                  (void)SigningCredentials::from_certificate_and_key(slurp(*dir_ / "rosa.cer"), slurp(*dir_ / "rosa.key"),
                                                                     "otra");
              }),
              K::bad_password);
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs12(slurp(*dir_ / "mario.p12"), "otra"); }), K::bad_password);
    EXPECT_EQ(kind_of([] {
                  (void)SigningCredentials::from_certificate_and_key(slurp(*dir_ / "rosa.cer"),
                                                                     slurp(*dir_ / "mario-key.pem"), "");
              }),
              K::key_mismatch);
    EXPECT_EQ(kind_of([] { (void)SigningCredentials::from_pkcs12("no es un archivo", "x"); }), K::unreadable);
    EXPECT_EQ(kind_of([] { (void)sign_field(*unsigned_, field("firma_tercero", "Nadie"), rosa()); }), K::no_such_field);
    const std::string once = sign_field(*unsigned_, field("firma_prestador", "Rosa Ramírez Cruz"), rosa()).pdf;
    EXPECT_EQ(kind_of([&] { (void)sign_field(once, field("firma_prestador", "Rosa Ramírez Cruz"), rosa()); }),
              K::already_signed);
    EXPECT_EQ(kind_of([] { (void)sign_field("%PDF-1.7 roto", field("firma_prestador", "Rosa"), rosa()); }),
              K::unreadable_pdf);
}

}  // namespace
}  // namespace pacta::pdf
