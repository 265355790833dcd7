// RFC 3161 signature timestamps (PAdES B-T) from a throwaway time-stamping authority: a CA
// and a TSA certificate made by openssl, `openssl ts -reply` answering behind a loopback HTTP
// responder this test starts. Checked by tools nobody here wrote (pdfsig, openssl cms,
// openssl ts -verify with the TSA's CA), and what happens when the TSA fails: the signature
// is still made, at B-B, promptly, and says why.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <regex>
#include <sstream>

#include "../../pdf/src/timestamp_token.h"
#include "loopback_http.h"
#include "pacta/pdf/contract_pdf.h"
#include "pacta/pdf/field_signer.h"
#include "pacta/pdf/layout.h"
#include "pacta/pdf/signature_check.h"
#include "pacta/pdf/timestamp.h"

namespace pacta::pdf {
namespace {

namespace fs = std::filesystem;
using test::HttpReply;
using test::LoopbackHttp;
using K = TimestampError::Kind;
using Clock = std::chrono::steady_clock;

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

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The DER in the last /Contents of `pdf`, without the zero padding.
std::string contents_der(const std::string& pdf) {
    const auto start = pdf.rfind("/Contents <") + 11;
    std::string der;
    for (std::size_t i = start; pdf[i] != '>'; i += 2) der.push_back(static_cast<char>(std::stoi(pdf.substr(i, 2), nullptr, 16)));
    // SEQUENCE: its length says where it ends.
    const auto first = static_cast<unsigned char>(der.at(1));
    std::size_t length = first, header = 2;
    if (first & 0x80U) {
        length = 0;
        header = 2 + (first & 0x7FU);
        for (std::size_t i = 2; i < header; ++i) length = (length << 8) | static_cast<unsigned char>(der.at(i));
    }
    return der.substr(0, header + length);
}

// `pdf` with its last /Contents holding `der` instead (padded as the signer pads).
std::string with_contents(std::string pdf, const std::string& der) {
    const auto start = pdf.rfind("/Contents <") + 11;
    static constexpr char digits[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < der.size(); ++i) {
        const auto byte = static_cast<unsigned char>(der[i]);
        pdf[start + 2 * i] = digits[byte >> 4];
        pdf[start + 2 * i + 1] = digits[byte & 0x0F];
    }
    return pdf;
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

class Timestamps : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new fs::path(fs::temp_directory_path() / ("pacta-sello-" + std::to_string(::getpid())));
        fs::create_directories(*dir_);
        const std::string d = dir_->string();
        // Three TSAs in one file: one that stamps SHA-256 digests, one that only takes SHA-512,
        // and one whose tokens carry a 17 KB certificate (more than a signature has room for).
        const auto section = [&](const std::string& name, const std::string& certs, const std::string& digests) {
            return "[" + name + "]\ndir = " + d + "\nserial = $dir/serie\ncrypto_device = builtin\n"
                   "signer_cert = $dir/tsa.pem\ncerts = $dir/" + certs + "\nsigner_key = $dir/tsa.key\n"
                   "signer_digest = sha256\ndefault_policy = 1.2.3.4.1\nother_policies = 1.2.3.4.5\n"
                   "accuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\n"
                   "ess_cert_id_alg = sha256\ndigests = " + digests + "\n";
        };
        std::ofstream(*dir_ / "tsa.cnf") << "[tsa]\ndefault_tsa = sellos\n" << section("sellos", "tsa-ca.pem", "sha256, sha384, sha512")
                                        << section("solo_sha512", "tsa-ca.pem", "sha512")
                                        << section("grande", "grande.pem", "sha256");
        std::ofstream(*dir_ / "serie") << "01\n";
        std::ofstream(*dir_ / "tsa.ext") << "extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n";
        std::ofstream(*dir_ / "uso.cnf") << "keyUsage=critical,digitalSignature,nonRepudiation\n";
        const std::string pki =
            "cd " + d +
            " && openssl req -x509 -newkey rsa:2048 -nodes -keyout tsa-ca.key -out tsa-ca.pem -days 30 -subj '/CN=AC de Sellos de Prueba'"
            " && openssl req -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -subj '/CN=TSA de Prueba'"
            " && openssl x509 -req -in tsa.csr -CA tsa-ca.pem -CAkey tsa-ca.key -CAcreateserial -days 30 -extfile tsa.ext -out tsa.pem"
            " && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout grande.key -out grande.pem"
            " -days 30 -subj '/CN=Relleno' -addext 'nsComment=" + std::string(17'000, 'x') + "'"
            " && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=AC de Prueba'"
            " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout rosa-key.pem -out rosa.csr -subj '/CN=ROSA RAMÍREZ CRUZ'"
            " && openssl x509 -req -in rosa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf -out rosa.pem";
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
    void SetUp() override { ASSERT_TRUE(ok_) << "openssl (package openssl) makes the test PKI and TSA"; }

    static SigningCredentials rosa() {
        return SigningCredentials::from_certificate_and_key(slurp(*dir_ / "rosa.pem"), slurp(*dir_ / "rosa-key.pem"), "");
    }
    static FieldSignature field(const std::string& name, const std::string& url) {
        FieldSignature f{name, "Rosa Ramírez Cruz", "Firma del contrato F-1", "2026-12-07T16:42:05Z"};
        f.timestamp_url = url;
        return f;
    }
    // The local TSA's reply to `query`: `openssl ts -reply` with the config's section.
    static std::string ts_reply(const std::string& query, const std::string& section = "sellos") {
        static int n = 0;
        const std::string base = (*dir_ / ("consulta-" + std::to_string(++n))).string();
        std::ofstream(base + ".tsq", std::ios::binary) << query;
        const std::string command = "openssl ts -reply -config " + (*dir_ / "tsa.cnf").string() + " -section " + section +
                                    " -queryfile " + base + ".tsq -out " + base + ".tsr >/dev/null 2>&1";
        if (std::system(command.c_str()) != 0) return {};
        return slurp(base + ".tsr");
    }
    static HttpReply tsa(const std::string& query) {
        const std::string reply = ts_reply(query);
        if (reply.empty()) return {500, "text/plain", "openssl ts -reply failed", false};
        return {200, "application/timestamp-reply", reply, false};
    }

    static fs::path* dir_;
    static std::string* unsigned_;
    static bool ok_;
};
fs::path* Timestamps::dir_ = nullptr;
std::string* Timestamps::unsigned_ = nullptr;
bool Timestamps::ok_ = false;

TEST_F(Timestamps, EachSignatureGetsTheTsaTimestampAndStaysValid) {
    LoopbackHttp server(tsa);
    ASSERT_TRUE(server.listening());
    auto start = Clock::now();
    const auto once = sign_field(*unsigned_, field("firma_prestador", server.url()), rosa());
    const double stamped_ms = ms_since(start);
    ASSERT_TRUE(once.timestamped) << once.timestamp_problem;
    EXPECT_TRUE(once.timestamp_problem.empty());
    EXPECT_FALSE(once.timestamp_failure.has_value());
    EXPECT_EQ(server.last_content_type(), "application/timestamp-query");
    // The TSA's time is now (this machine's clock), in UTC.
    ASSERT_TRUE(std::regex_match(once.timestamp_time, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"))) << once.timestamp_time;
    std::tm tm{};
    ASSERT_NE(::strptime(once.timestamp_time.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm), nullptr);
    EXPECT_LT(std::abs(std::difftime(::timegm(&tm), std::time(nullptr))), 300.0) << once.timestamp_time;
    const auto twice = sign_field(once.pdf, field("firma_representante", server.url()), rosa());
    ASSERT_TRUE(twice.timestamped) << twice.timestamp_problem;
    EXPECT_EQ(server.served(), 2U);
    EXPECT_EQ(twice.pdf.substr(0, once.pdf.size()), once.pdf);

    // Pacta's check: both intact and timestamped, at the times the signer was told.
    const auto report = check_pdf_signatures(twice.pdf);
    ASSERT_EQ(report.signatures.size(), 2U) << report.problem;
    for (const auto& s : report.signatures) {
        EXPECT_TRUE(s.intact) << s.problem;
        EXPECT_TRUE(s.timestamp_valid);
    }
    EXPECT_EQ(report.signatures[0].timestamp_time, once.timestamp_time);
    EXPECT_EQ(report.signatures[1].timestamp_time, twice.timestamp_time);
    EXPECT_EQ(report.signatures[0].signing_time, "2026-12-07T16:42:05");

    // poppler: both valid; qpdf: the file sound.
    const fs::path file = *dir_ / "sellado.pdf";
    std::ofstream(file, std::ios::binary) << twice.pdf;
    const std::string pdfsig = output_of("pdfsig " + file.string());
    ASSERT_NE(pdfsig.find("Signature #1"), std::string::npos) << "pdfsig (package poppler-utils) is a test dependency: " << pdfsig;
    std::size_t valid = 0;
    for (auto at = pdfsig.find("Signature Validation: Signature is Valid."); at != std::string::npos;
         at = pdfsig.find("Signature Validation: Signature is Valid.", at + 1)) {
        ++valid;
    }
    EXPECT_EQ(valid, 2U) << pdfsig;
    EXPECT_EQ(std::system(("qpdf --check " + file.string() + " >/dev/null 2>&1").c_str()), 0) << "qpdf (package qpdf)";
    if (std::getenv("PACTA_SHOW_PDFSIG") != nullptr) std::cout << pdfsig;

    // openssl: the attribute is there, and `openssl ts -verify` accepts the token over the
    // signature value with the TSA's CA (the chain Pacta does not judge, judged here).
    const std::string cms = contents_der(twice.pdf);
    std::ofstream(*dir_ / "firma.der", std::ios::binary) << cms;
    const std::string printed = output_of("openssl cms -cmsout -print -inform DER -in " + (*dir_ / "firma.der").string());
    EXPECT_NE(printed.find("unsignedAttrs"), std::string::npos) << printed;
    EXPECT_NE(printed.find("id-smime-aa-timeStampToken"), std::string::npos) << printed;
    // The signature value (the OCTET STRING before the unsigned attributes, [1]) and the
    // token (the SEQUENCE in the SET after the attribute's OID).
    const std::string parsed = output_of("openssl asn1parse -inform DER -in " + (*dir_ / "firma.der").string());
    std::smatch m;
    ASSERT_TRUE(std::regex_search(parsed, m, std::regex(R"(OCTET STRING\s+\[HEX DUMP\]:([0-9A-F]+)\n\s*(\d+):d=\d+\s+hl=\d+ l=\s*\d+ cons: cont \[ 1 \][^\n]*\n[^\n]*\n[^\n]*id-smime-aa-timeStampToken[^\n]*\n[^\n]*\n\s*(\d+):)")))
        << parsed;
    const std::string hex = m[1].str();
    std::string value;
    for (std::size_t i = 0; i < hex.size(); i += 2) value.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    std::ofstream(*dir_ / "valor.bin", std::ios::binary) << value;
    const std::string d = dir_->string();
    ASSERT_EQ(std::system(("openssl asn1parse -inform DER -in " + d + "/firma.der -strparse " + m[3].str() + " -noout -out " + d +
                           "/token.der >/dev/null 2>&1")
                              .c_str()),
              0);
    const std::string verified = output_of("openssl ts -verify -data " + d + "/valor.bin -in " + d + "/token.der -token_in -CAfile " +
                                           d + "/tsa-ca.pem -untrusted " + d + "/tsa.pem");
    EXPECT_NE(verified.find("Verification: OK"), std::string::npos) << verified;

    // What a token adds, and what a signature costs with a local TSA (for the report).
    start = Clock::now();
    const auto plain = sign_field(*unsigned_, field("firma_prestador", ""), rosa());
    const double plain_ms = ms_since(start);
    EXPECT_FALSE(plain.timestamped);
    EXPECT_TRUE(plain.timestamp_problem.empty());
    const std::size_t token_bytes = contents_der(once.pdf).size() - contents_der(plain.pdf).size();
    EXPECT_GT(token_bytes, 1000U);
    EXPECT_EQ(once.pdf.size(), plain.pdf.size());  // the same reserve holds it
    std::cout << "[ sello    ] the token adds " << token_bytes << " bytes to the CMS (" << contents_der(plain.pdf).size()
              << " -> " << contents_der(once.pdf).size() << "); signing took " << stamped_ms << " ms with the local TSA, "
              << plain_ms << " ms without\n";
}

TEST_F(Timestamps, WhenTheTsaFailsTheSignatureIsMadeAtBBAndSaysWhy) {
    const auto signs_at_bb = [&](const std::string& url, K kind, double within_ms) {
        const auto start = Clock::now();
        const auto out = sign_field(*unsigned_, field("firma_prestador", url), rosa());
        const double took = ms_since(start);
        EXPECT_LT(took, within_ms) << url;
        std::cout << "[ sello    ] B-B in " << took << " ms: " << out.timestamp_problem << "\n";
        EXPECT_FALSE(out.timestamped) << url;
        EXPECT_FALSE(out.timestamp_problem.empty()) << url;
        EXPECT_EQ(out.timestamp_failure, kind) << out.timestamp_problem;
        const auto report = check_pdf_signatures(out.pdf);
        EXPECT_EQ(report.signatures.size(), 1U);
        for (const auto& s : report.signatures) {
            EXPECT_TRUE(s.intact) << s.problem;
            EXPECT_TRUE(s.timestamp_time.empty());
            EXPECT_FALSE(s.timestamp_valid);
        }
        return out.timestamp_problem;
    };
    // Stopped: nothing listens on its port any more. Refused at once, not after the timeout.
    std::string refused_url;
    {
        LoopbackHttp server(tsa);
        refused_url = server.url();
    }
    EXPECT_NE(signs_at_bb(refused_url, K::unreachable, 2000).find("127.0.0.1"), std::string::npos);
    EXPECT_NE(signs_at_bb("ftp://127.0.0.1/tsa", K::bad_url, 2000).find("ftp"), std::string::npos);

    LoopbackHttp server([](const std::string&) { return HttpReply{500, "text/plain", "fuera de servicio", false}; });
    EXPECT_NE(signs_at_bb(server.url(), K::http_error, 5000).find("500"), std::string::npos);
    server.set_handler([](const std::string&) { return HttpReply{200, "application/timestamp-reply", "<html>hola</html>", false}; });
    signs_at_bb(server.url(), K::bad_response, 5000);
    server.set_handler([](const std::string&) { return HttpReply{200, "application/timestamp-reply", std::string(70'000, '0'), false}; });
    EXPECT_NE(signs_at_bb(server.url(), K::bad_response, 5000).find("larger than"), std::string::npos);
    // A TSA that takes only SHA-512 digests rejects the request, with its reason.
    server.set_handler([](const std::string& q) { return HttpReply{200, "application/timestamp-reply", ts_reply(q, "solo_sha512"), false}; });
    signs_at_bb(server.url(), K::rejected, 5000);
    // A token too large for the room the signature has is left out.
    server.set_handler([](const std::string& q) { return HttpReply{200, "application/timestamp-reply", ts_reply(q, "grande"), false}; });
    EXPECT_NE(signs_at_bb(server.url(), K::bad_response, 5000).find("reserved"), std::string::npos);

    // A TSA that never answers: the timeout ends the wait (short limits here).
    server.set_handler([](const std::string&) { return HttpReply{200, "", "", true}; });
    const auto start = Clock::now();
    try {
        (void)request_timestamp(server.url(), "firma", {1000, 1500, 65536});
        ADD_FAILURE() << "a silent TSA gave a token";
    } catch (const TimestampError& e) {
        EXPECT_EQ(e.kind(), K::timeout) << e.what();
    }
    EXPECT_GT(ms_since(start), 1400.0);
    EXPECT_LT(ms_since(start), 4000.0);
}

// A reply must be the TSA's answer to this very request: same digest, same nonce.
TEST_F(Timestamps, AReplyToAnotherRequestIsRefused) {
    const auto flip_after = [](std::string query, const std::string& marker, std::size_t skip) {
        const auto at = query.find(marker);
        if (at != std::string::npos) query[at + marker.size() + skip] ^= 0x01;
        return query;
    };
    // The nonce: the INTEGER before certReq (BOOLEAN TRUE, 01 01 FF) at the end.
    LoopbackHttp server([](const std::string& q) {
        std::string other = q;
        other[other.size() - 4] ^= 0x01;
        return HttpReply{200, "application/timestamp-reply", ts_reply(other), false};
    });
    const auto out = sign_field(*unsigned_, field("firma_prestador", server.url()), rosa());
    EXPECT_FALSE(out.timestamped);
    EXPECT_EQ(out.timestamp_failure, K::bad_response) << out.timestamp_problem;
    EXPECT_NE(out.timestamp_problem.find("not for this request"), std::string::npos) << out.timestamp_problem;
    // The digest: the OCTET STRING of 32 bytes (04 20).
    server.set_handler([&](const std::string& q) {
        return HttpReply{200, "application/timestamp-reply", ts_reply(flip_after(q, std::string("\x04\x20", 2), 5)), false};
    });
    try {
        (void)request_timestamp(server.url(), "firma");
        ADD_FAILURE() << "a reply over another digest was taken";
    } catch (const TimestampError& e) {
        EXPECT_EQ(e.kind(), K::bad_response) << e.what();
    }
    EXPECT_EQ(server.served(), 2U);
}

// Truncated and garbled replies (a real reply to each request, then damaged): refused or, when
// the damage missed what is checked, a token that verifies. Never a crash.
TEST_F(Timestamps, CraftedRepliesAreRefusedWithoutCrashing) {
    std::size_t cut = 0, flip = 0;
    bool truncating = true;
    LoopbackHttp server([&](const std::string& q) {
        std::string reply = ts_reply(q);
        if (truncating) {
            reply.resize(std::min(cut, reply.size()));
        } else if (flip < reply.size()) {
            reply[flip] = static_cast<char>(reply[flip] ^ 0x5A);
        }
        return HttpReply{200, "application/timestamp-reply", reply, false};
    });
    std::size_t refused = 0, taken = 0;
    const auto attempt = [&] {
        try {
            const auto token = request_timestamp(server.url(), "firma");
            EXPECT_TRUE(detail::check_timestamp_token(token.der, "firma").valid);
            EXPECT_FALSE(token.gen_time.empty());
            ++taken;
        } catch (const TimestampError& e) {
            EXPECT_FALSE(std::string(e.what()).empty());
            ++refused;
        }
    };
    for (const std::size_t n : {0UL, 1UL, 2UL, 5UL, 30UL, 300UL, 1000UL, 2000UL, 2320UL}) {
        cut = n;
        attempt();
    }
    EXPECT_EQ(refused, 9U) << "every truncated reply is refused";
    truncating = false;
    for (flip = 0; flip < 2400; flip += 60) attempt();
    EXPECT_GT(refused, 9U + 10U);  // most damage is caught (flips in the certificates the token carries may not be)
    std::cout << "[ sello    ] garbled replies: " << refused - 9 << " refused, " << taken << " still valid\n";
}

// The token must stamp this signature: a valid token over other bytes, moved into a signature,
// is read but not valid; a token whose time was altered does not verify.
TEST_F(Timestamps, ATokenOverOtherBytesIsNotValidForThisSignature) {
    LoopbackHttp server(tsa);
    const auto token = request_timestamp(server.url(), "otra firma");
    EXPECT_TRUE(detail::check_timestamp_token(token.der, "otra firma").valid);
    const auto elsewhere = detail::check_timestamp_token(token.der, "esta firma");
    EXPECT_FALSE(elsewhere.valid);
    EXPECT_EQ(elsewhere.gen_time, token.gen_time);

    const auto plain = sign_field(*unsigned_, field("firma_prestador", ""), rosa());
    const std::string moved = with_contents(plain.pdf, detail::with_signature_timestamp(contents_der(plain.pdf), token.der));
    const auto report = check_pdf_signatures(moved);
    ASSERT_EQ(report.signatures.size(), 1U) << report.problem;
    EXPECT_TRUE(report.signatures[0].intact) << report.signatures[0].problem;  // unsigned attributes are not signed
    EXPECT_EQ(report.signatures[0].timestamp_time, token.gen_time);
    EXPECT_FALSE(report.signatures[0].timestamp_valid);

    // Another second in genTime (GeneralizedTime, 15 bytes): the TSA's signature breaks.
    std::string altered = token.der;
    const auto at = altered.find(std::string("\x18\x0f", 2));
    ASSERT_NE(at, std::string::npos);
    altered[at + 2 + 13] = altered[at + 2 + 13] == '0' ? '1' : '0';
    const auto check = detail::check_timestamp_token(altered, "otra firma");
    EXPECT_FALSE(check.valid);
    EXPECT_NE(check.problem.find("signature"), std::string::npos) << check.problem;
}

}  // namespace
}  // namespace pacta::pdf
