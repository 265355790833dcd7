// Contracts generated in a batch: a cancelled batch leaves no contract behind, and folios
// that would share a file name are refused, not overwritten.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "pacta/document/csv.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/batch_generation.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST(BatchGeneration, ACancelledBatchLeavesNoContractBehind) {
    const auto source = document::read_file(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.md");
    ASSERT_TRUE(source);
    const auto tmpl = document::parse_template(*source, "imss-bienestar-honorarios.md");
    ASSERT_TRUE(tmpl.value);
    const auto common = document::parse_json_data(
        document::read_file(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.ejemplo.json").value_or(""),
        "ejemplo.json");
    ASSERT_TRUE(common.value);
    std::string csv = "folio,prestador.nombre\n";
    for (int i = 1; i <= 12; ++i) csv += "LOTE-" + std::to_string(i) + ",Persona " + std::to_string(i) + "\n";
    const fs::path out = fs::temp_directory_path() / ("pacta-lote-" + std::to_string(::getpid()));
    fs::create_directories(out);
    BatchRequest request;
    request.tmpl = &*tmpl.value;
    request.common = *common.value;
    request.table = document::parse_csv(csv, "lote.csv");
    request.output_dir = out;
    request.threads = 2;
    request.public_versions = true;
    std::atomic<std::size_t> heard{0};
    request.progress = [&](std::size_t done) {
        heard = std::max<std::size_t>(heard, done);
        return done < 3;
    };
    EXPECT_THROW((void)generate_batch(request), d::Cancelled);
    EXPECT_GE(heard.load(), 3U);
    EXPECT_TRUE(fs::is_empty(out)) << "files left after cancelling";
    request.progress = [](std::size_t) { return true; };
    const auto summary = generate_batch(request);
    EXPECT_EQ(summary.generated, 12U);
    EXPECT_TRUE(fs::exists(out / "LOTE-12-publica.pdf"));
    fs::remove_all(out);
}

// Access and integrity review, finding 7: folios «a/b» and «a_b» both became a_b.pdf
// («Generados: 5», four files on disk). The later row is refused and says which row has
// the file; every file reported exists with the SHA-256 printed.
TEST(BatchGeneration, FoliosThatWouldShareAFileNameAreRefusedNotOverwritten) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const auto source = document::read_file(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.md");
    const auto tmpl = document::parse_template(source.value_or(""), "imss-bienestar-honorarios.md");
    ASSERT_TRUE(tmpl.value);
    const auto common = document::parse_json_data(
        document::read_file(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.ejemplo.json").value_or(""),
        "ejemplo.json");
    ASSERT_TRUE(common.value);
    const fs::path out = fs::temp_directory_path() / ("pacta-lote-nombres-" + std::to_string(::getpid()));
    fs::remove_all(out);
    fs::create_directories(out);
    BatchRequest request;
    request.tmpl = &*tmpl.value;
    request.common = *common.value;
    request.table = document::parse_csv("folio,prestador.nombre\na/b,Uno\nc,Dos\na_b,Tres\nA_B,Cuatro\nd,Cinco\n",
                                        "lote.csv");
    request.output_dir = out;
    request.threads = 2;
    const auto summary = generate_batch(request);
    EXPECT_EQ(summary.generated, 3U);
    EXPECT_EQ(summary.rejected, 2U);
    std::size_t on_disk = 0;
    for (const auto& entry : fs::directory_iterator(out)) on_disk += entry.is_regular_file() ? 1U : 0U;
    EXPECT_EQ(on_disk, summary.generated);
    for (const auto& row : summary.rows) {
        if (row.file.empty()) continue;
        const auto bytes = document::read_file(row.file.string());
        ASSERT_TRUE(bytes);
        EXPECT_EQ(platform::sha256_hex(*bytes), row.sha256) << row.file;
    }
    ASSERT_EQ(summary.rows[2].findings.size(), 1U);
    const auto message = locale::describe(summary.rows[2].findings.front());
    EXPECT_NE(message.find("«a_b.pdf»"), std::string::npos) << message;
    EXPECT_NE(message.find("fila 2 (folio «a/b»)"), std::string::npos) << message;
    EXPECT_EQ(summary.rows[3].findings.front().code, "batch.file_name_taken");
    fs::remove_all(out);
}

// The desktop offers batches to those who draft contracts; the refusal is audited.
TEST_F(Settings, OnlyThoseWhoDraftContractsGenerateABatchFromTheDesktop) {
    EXPECT_NO_THROW(require_batch_generation(clerk));
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    EXPECT_THROW(require_batch_generation(reviewer), AccessDenied);
    EXPECT_EQ(audit.rows.back().action, "denegar");
}

}  // namespace
}  // namespace pacta::presentation
