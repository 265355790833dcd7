// The composition root on a real SQLite store: the use cases pacta-cli and the desktop share,
// end to end.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <numeric>

#include "office_fixture.h"
#include "pacta/db/database.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"
#include "pacta/presentation/contracts/batch_generation.h"
#include "pacta/presentation/review/contract_reading.h"
#include "pacta/presentation/contracts/contract_wizard_screen.h"
#include "pacta/presentation/session/database_opening.h"
#include "pacta/presentation/session/demo.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/common/today.h"
#include "pacta/version.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;
namespace fs = std::filesystem;

// The text of a PDF, its lines joined by spaces (a legend may wrap).
std::string file_text(const fs::path& file) {
    const auto read = p::read_contract_file(file);
    std::string out;
    for (const auto& line : std::get<d::ContractText>(read).lines) {
        for (const char c : line + " ") {
            const bool space = c == ' ' || c == '\t';
            if (!space || (!out.empty() && out.back() != ' ')) out.push_back(space ? ' ' : c);
        }
    }
    return out;
}

std::string file_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class OfficeTest : public OfficeFixture {
protected:
    std::int64_t scheduled(const std::string& folio) {
        std::int64_t sum = 0;
        for (const auto& i : office_->store().instalments().for_contract(folio)) sum += i.record.plan.amount.minor_units();
        return sum;
    }

    // The public version carries the institution's legend, never the CURP; the file credits
    // this Pacta.
    void expect_marked_and_credited(const fs::path& complete, const fs::path& public_file) {
        SCOPED_TRACE(public_file.string());
        ASSERT_TRUE(fs::exists(complete));
        ASSERT_TRUE(fs::exists(public_file));
        const auto text = file_text(public_file);
        EXPECT_NE(text.find("[SUPRIMIDO POR LEY: CURP]"), std::string::npos) << text;
        EXPECT_EQ(text.find("[ELIMINADO:"), std::string::npos);
        EXPECT_EQ(text.find(laura), std::string::npos);
        const std::string creator = std::string(">Pacta ") + pacta::version + "<";
        EXPECT_NE(file_bytes(complete).find(creator), std::string::npos);
        EXPECT_NE(file_bytes(public_file).find(creator), std::string::npos);
    }

};

// `contrato editar`: the content and the schedule are one transaction. When the schedule's
// write fails, the content stays as it was.
TEST_F(OfficeTest, AnEditChangesContentAndScheduleTogetherOrNotAtAll) {
    const auto folio = draft();
    EXPECT_EQ(scheduled(folio), 68'858'30);
    EXPECT_TRUE(office_->contracts().edit(folio, json(R"({"honorarios": {"total": "70000.00"}})")).empty());
    EXPECT_EQ(office_->store().contracts().find(folio)->total.minor_units(), 70'000'00);
    EXPECT_EQ(scheduled(folio), 70'000'00);  // the schedule followed the amount

    // The schedule's write is made to fail (from another connection, as a disk error would).
    const auto before = *office_->store().contracts().find(folio);
    {
        db::Database other(dir_ / "pacta.sqlite3");
        other.execute("CREATE TRIGGER prueba_falla BEFORE INSERT ON instalment "
                      "BEGIN SELECT RAISE(ABORT, 'escritura fallida'); END");
    }
    EXPECT_ANY_THROW((void)office_->contracts().edit(folio, json(R"({"honorarios": {"total": "80000.00"}})")));
    const auto after = *office_->store().contracts().find(folio);
    EXPECT_EQ(after.data_json, before.data_json);
    EXPECT_EQ(after.total.minor_units(), 70'000'00);
    EXPECT_EQ(scheduled(folio), 70'000'00);
    EXPECT_EQ(office_->store().instalments().for_contract(folio).size(), 5U);
    EXPECT_EQ(office_->store().integrity_check(), "ok");
}

// One naming, one legend, one creator: the desktop's wizard, pacta-cli's «contrato generar»
// and a batch write the same kind of files.
TEST_F(OfficeTest, EveryPathNamesMarksAndCreditsItsFilesTheSameWay) {
    // pacta-cli: the paths are the user's; the legend and creator are the office's.
    const auto folio = draft();
    const auto written = office_->contracts().generate(folio, dir_ / "cli" / "contrato.pdf",
                                                       dir_ / "cli" / "contrato-publica.pdf").files;
    ASSERT_EQ(written.size(), 2U);
    EXPECT_EQ(written[1].kind, "publico");
    expect_marked_and_credited(written[0].path, written[1].path);
    EXPECT_EQ(office_->contracts().view(folio).contract.files.size(), 2U);

    // The desktop's wizard.
    auto& store = office_->store();
    p::ContractWizardViewModel wizard(office_->session(), store.staff(), store.institutions(), store.drafts(),
                                      p::installed_templates(), *d::Date::from_ymd(2024, 1, 20));
    ASSERT_TRUE(wizard.choose_person_key(laura)) << wizard.error();
    ASSERT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
    wizard.set_field("honorarios.total", "68858.30");
    wizard.set_field("honorarios.exhibiciones", "5");
    wizard.set_field("vigencia.inicio", "2024-02-01");
    wizard.set_field("vigencia.fin", "2024-06-30");
    wizard.set_field("firma.fecha", "2024-01-29");
    ASSERT_TRUE(wizard.fields_done() && wizard.signatories_done()) << wizard.error();
    const auto drafted = wizard.finish(office_->folders().contracts);
    ASSERT_TRUE(drafted) << wizard.error();
    const auto names = p::contract_file_names(office_->folders().contracts, *drafted);
    EXPECT_EQ(wizard.written_pdf(), names.complete);
    EXPECT_EQ(wizard.written_public(), names.public_version);
    EXPECT_EQ(names.public_version.filename(), *drafted + "-publica.pdf");
    expect_marked_and_credited(wizard.written_pdf(), wizard.written_public());

    // A batch for the institution.
    // The template's example data: a whole contract, its provider's CURP included.
    const auto example = p::installed_templates().example_path("imss-bienestar-honorarios");
    ASSERT_TRUE(example);
    p::BatchRequest batch;
    batch.tmpl = &template_.tmpl;
    batch.common = json(document::read_file(*example).value_or(""));
    batch.table.header = {"folio"};
    batch.table.rows = {{"LOTE-1"}};
    batch.table.row_numbers = {2};
    batch.output_dir = dir_ / "lote";
    batch.public_versions = true;
    batch.threads = 1;
    batch.institution = store.institutions().find(institution_code);
    fs::create_directories(batch.output_dir);
    const auto summary = p::generate_batch(batch);
    ASSERT_EQ(summary.generated, 1U);
    const auto batch_names = p::contract_file_names(batch.output_dir, "LOTE-1");
    EXPECT_EQ(summary.rows[0].file, batch_names.complete);
    expect_marked_and_credited(batch_names.complete, batch_names.public_version);
}

// A restore where there is no database yet checks the copy before creating anything; over a
// database, only its administrator restores, and the database as it was is kept.
TEST_F(OfficeTest, ARestoreChecksTheCopyFirstAndKeepsWhatItReplaces) {
    const auto backup = dir_ / "respaldo.sqlite3";
    (void)office_->maintenance().back_up(backup);
    const auto fresh = dir_ / "nueva" / "pacta.sqlite3";
    const auto no_login = []() -> std::unique_ptr<Office> { throw std::logic_error("nobody should log in"); };

    // A copy whose audit trail was edited is refused, and nothing is created.
    const auto tampered = dir_ / "alterado.sqlite3";
    fs::copy_file(backup, tampered);
    {
        db::Database copy(tampered);
        copy.execute("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'otro' WHERE id = 2");
    }
    const auto refused = restore_backup(fresh, tampered, no_login);
    EXPECT_FALSE(refused.restored);
    EXPECT_FALSE(refused.chain.intact);
    EXPECT_FALSE(fs::exists(fresh));

    // A sound copy becomes the new database, with nobody logged in.
    const auto restored = restore_backup(fresh, backup, no_login);
    ASSERT_TRUE(restored.restored);
    EXPECT_TRUE(restored.previous.empty());
    auto reopened = Office::open(fresh);
    EXPECT_TRUE(reopened->log_in(p::demo_username, p::demo_password).user);
    EXPECT_TRUE(reopened->store().institutions().find(institution_code));
    reopened.reset();

    // Over a database that holds users, no login, no restore.
    auto anonymous = Office::open(fresh);
    EXPECT_THROW((void)anonymous->maintenance().restore(backup), p::ServiceError);
    anonymous.reset();
    // Its administrator restores, and the database as it was is kept beside it. The copy lacks
    // the row that recorded the first restore (it is older), so it takes --forzar.
    const auto administrator = [&] {
        auto office = Office::open(fresh);
        (void)office->log_in(p::demo_username, p::demo_password);
        return office;
    };
    const auto older = restore_backup(fresh, backup, administrator);
    EXPECT_FALSE(older.restored);
    EXPECT_FALSE(older.extends_current);
    const auto over = restore_backup(fresh, backup, administrator, true);
    ASSERT_TRUE(over.restored);
    EXPECT_TRUE(fs::exists(over.previous));
}

// Why a store cannot be opened comes from the engine as a reason, not as its exception types.
TEST_F(OfficeTest, AStoreThatCannotBeOpenedSaysWhy) {
    const auto notes = dir_ / "notas.txt";
    std::ofstream(notes) << "esto no es una base de datos, aunque lo parezca por su tamaño: "
                         << std::string(4096, 'x');
    try {
        (void)Office::open(notes);
        FAIL() << "a text file opened as a database";
    } catch (const d::StoreUnavailable& e) {
        EXPECT_EQ(e.reason(), d::StoreUnavailable::Reason::not_a_database);
        EXPECT_NE(p::describe(e).find("no es una base de datos de Pacta"), std::string::npos) << p::describe(e);
    }
    const auto newer = dir_ / "nueva.sqlite3";
    {
        db::Database future(newer);
        future.execute("PRAGMA user_version = 999");
    }
    try {
        (void)Office::open(newer);
        FAIL() << "a database of a newer Pacta opened";
    } catch (const d::StoreUnavailable& e) {
        EXPECT_EQ(e.reason(), d::StoreUnavailable::Reason::newer_schema);
        EXPECT_EQ(e.found_schema(), 999);
        EXPECT_GT(e.supported_schema(), 0);
    }
    // Anything else the engine says comes with its words.
    try {
        (void)Office::open("/proc/pacta-no-existe/pacta.sqlite3");
        FAIL() << "a database opened under /proc";
    } catch (const d::StoreUnavailable& e) {
        EXPECT_EQ(e.reason(), d::StoreUnavailable::Reason::other);
        EXPECT_FALSE(e.detail().empty());
    }
}

}  // namespace
}  // namespace pacta::core
