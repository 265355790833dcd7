// Signing and verifying a contract's fields (scripts/bench; not a test): the bundled
// contract's five fields signed in turn with Pacta's signer against podofosign doing the same
// (PoDoFo's own tool, adbe.pkcs7.detached), and the five-signature file verified by Pacta's
// checker against pdfsig (poppler). Medians of 5 rounds, each figure beside its peer's as a
// ratio. A throwaway certificate made by openssl. Usage: bench_signing
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pacta/pdf/contract_pdf.h"
#include "pacta/pdf/field_signer.h"
#include "pacta/pdf/layout.h"
#include "pacta/pdf/signature_check.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using clock_type = std::chrono::steady_clock;

const char* const fields[] = {"firma_representante", "firma_prestador", "firma_supervisor", "firma_juridico",
                              "firma_personal"};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F>
double ms_of(F&& work) {
    const auto start = clock_type::now();
    work();
    return std::chrono::duration<double, std::milli>(clock_type::now() - start).count();
}

document::Document contract() {
    document::Document doc;
    doc.paper = "carta";
    doc.title = "Contrato de prestación de servicios";
    for (int i = 0; i < 40; ++i) {
        document::Block p;
        p.kind = document::Block::Kind::paragraph;
        p.runs = {document::Run{"Las partes convienen en sujetarse a las siguientes cláusulas, que leen y firman de "
                                "conformidad en todas sus fojas útiles.",
                                false, false, {}}};
        doc.blocks.push_back(p);
    }
    document::Block s;
    s.kind = document::Block::Kind::signatures;
    for (const char* f : fields) s.signatories.push_back({"Firmante", "", "CARGO", f, "", ""});
    doc.blocks.push_back(s);
    return doc;
}

}  // namespace

int main() {
    const fs::path dir = fs::temp_directory_path() / ("pacta-bench-firma-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string d = dir.string();
    const std::string pki = "cd " + d +
                            " && openssl req -x509 -newkey rsa:2048 -nodes -keyout k.pem -out c.pem -days 2 -subj "
                            "'/CN=FIRMANTE DE PRUEBA'"
                            " && openssl pkcs8 -topk8 -in k.pem -v2 aes-256-cbc -passout pass:clave -outform DER -out k.key";
    if (std::system(("(" + pki + ") >/dev/null 2>&1").c_str()) != 0) {
        std::fprintf(stderr, "openssl no hizo el certificado de prueba\n");
        return 1;
    }
    pdf::PdfOptions options;
    options.folio = "F-1";
    const std::string unsigned_pdf = pdf::ContractPdfWriter().render(contract(), options);
    const auto credentials =
        pdf::SigningCredentials::from_certificate_and_key(slurp(dir / "c.pem"), slurp(dir / "k.key"), "clave");

    const std::vector<std::string> anchors = {slurp(dir / "c.pem")};
    std::vector<double> pacta_sign, peer_sign, pacta_verify, peer_verify;
    std::string signed_pdf;
    for (int round = 0; round < 5; ++round) {
        // Pacta: five fields in turn, in memory.
        std::string pdf = unsigned_pdf;
        for (const char* f : fields) {
            pacta_sign.push_back(ms_of([&] { pdf = pdf::sign_field(pdf, {f, "Firmante", "", "2026-12-07T16:42:05Z"}, credentials).pdf; }));
        }
        signed_pdf = pdf;
        // podofosign: the same five, file to file (its process start included, as a person runs it).
        std::ofstream(dir / "s0.pdf", std::ios::binary) << unsigned_pdf;
        for (int i = 0; i < 5; ++i) {
            const std::string command = "podofosign -in " + d + "/s" + std::to_string(i) + ".pdf -out " + d + "/s" +
                                        std::to_string(i + 1) + ".pdf -cert " + d + "/c.pem -pkey " + d +
                                        "/k.pem -field-name " + fields[i] + " -field-use-existing >/dev/null 2>&1";
            peer_sign.push_back(ms_of([&] { (void)std::system(command.c_str()); }));
        }
        // With the signer's certificate as the office's trusted authority: the chain is judged too.
        pacta_verify.push_back(ms_of([&] { (void)pdf::check_pdf_signatures(signed_pdf, anchors); }));
        std::ofstream(dir / "pacta5.pdf", std::ios::binary) << signed_pdf;
        peer_verify.push_back(ms_of([&] { (void)std::system(("pdfsig " + d + "/pacta5.pdf >/dev/null 2>&1").c_str()); }));
    }
    const auto report = pdf::check_pdf_signatures(signed_pdf, anchors);
    std::size_t intact = 0, trusted = 0, covering = 0;
    for (const auto& s : report.signatures) {
        intact += s.intact ? 1U : 0U;
        trusted += s.trusted ? 1U : 0U;
        covering += s.ends_a_revision && s.later_changes.empty() ? 1U : 0U;
    }
    std::printf("Firmar un campo (mediana de %zu firmas)\n", pacta_sign.size());
    std::printf("  Pacta (en memoria):                    %8.1f ms\n", median(pacta_sign));
    std::printf("  podofosign (un proceso por firma):     %8.1f ms   razón Pacta / podofosign %.2f\n", median(peer_sign),
                median(pacta_sign) / median(peer_sign));
    std::printf("Verificar un contrato de cinco firmas (mediana de 5; de %zu: %zu íntegras, %zu de confianza, %zu cubren su versión)\n",
                report.signatures.size(), intact, trusted, covering);
    std::printf("  Pacta (proceso hijo aislado):          %8.1f ms\n", median(pacta_verify));
    std::printf("  pdfsig:                                %8.1f ms   razón Pacta / pdfsig %.2f\n", median(peer_verify),
                median(pacta_verify) / median(peer_verify));
    std::printf("  cinco firmas agregan %zu bytes al contrato de %zu\n", signed_pdf.size() - unsigned_pdf.size(),
                unsigned_pdf.size());
    fs::remove_all(dir);
    return intact == 5 && trusted == 5 && covering == 5 ? 0 : 1;
}
