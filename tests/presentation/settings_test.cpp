// Firmantes and Configuración as view-models: a signatory's form with each problem beside its
// field, the institution's settings, the accounts; and a staff spreadsheet imported as long
// work (progress, rejected rows, cancellation).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <atomic>

#include "pacta/document/csv.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/batch_generation.h"
#include "pacta/presentation/session/database_opening.h"
#include "pacta/presentation/session/demo.h"
#include "pacta/presentation/institutions/institution_settings_screen.h"
#include "pacta/presentation/institutions/signatory_editor_screen.h"
#include "pacta/presentation/staff/staff_editor_screen.h"
#include "pacta/presentation/staff/staff_transfer.h"
#include "pacta/presentation/session/user_admin_screen.h"
#include "memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

d::Institution office() {
    d::Institution inst;
    inst.code = "imss-gro";
    inst.name = "IMSS-Bienestar Guerrero";
    inst.units = {{"UMM-0231", "Unidad Médica Móvil 0231", "Guerrero", "073204"}};
    d::Signatory rep;
    rep.code = "rep";
    rep.name = "Mauricio Roldán Parra";
    rep.sex = d::Sex::man;
    rep.title = "Encargado del Despacho";
    rep.valid_from = *d::Date::from_ymd(2024, 1, 10);
    rep.roles = {"representante"};
    inst.signatories = {rep};
    return inst;
}

class Settings : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        institutions.institution = office();
    }
    MemoryAudit audit;
    MemoryInstitutions institutions;
    Session admin{account_with("ana", {d::Role::administrador}), audit};
    Session clerk{account_with("carlos", {d::Role::capturista}), audit};
};

TEST_F(Settings, ASignatoryIsCheckedFieldByFieldAndSavedIntoTheInstitution) {
    SignatoryEditorViewModel editor(admin, institutions, "imss-gro");
    EXPECT_FALSE(editor.editing());
    EXPECT_FALSE(editor.modified());
    editor.set("codigo", "rep");
    EXPECT_NE(editor.error("codigo").find("ya tiene el código «rep»"), std::string::npos) << editor.error("codigo");
    editor.set("codigo", "supervisora 2024");
    EXPECT_NE(editor.error("codigo").find("sin espacios"), std::string::npos) << editor.error("codigo");
    editor.set("codigo", "supervisora-2024");
    EXPECT_TRUE(editor.error("codigo").empty());
    editor.set("vigente_desde", "2024-03-01");
    editor.set("vigente_hasta", "2024-02-01");
    EXPECT_NE(editor.error("vigente_hasta").find("terminan antes de empezar"), std::string::npos);
    editor.set("vigente_desde", "2024-01-01");  // fixing the start clears the end's error
    EXPECT_TRUE(editor.error("vigente_hasta").empty());
    editor.set("fecha_escritura", "2024-02-30");
    EXPECT_FALSE(editor.error("fecha_escritura").empty());
    editor.set("fecha_escritura", "");
    EXPECT_TRUE(editor.modified());
    // Name, title and a role are missing: nothing is saved.
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(editor.save_error(), "corrija primero los campos marcados en rojo.");
    EXPECT_FALSE(editor.error("nombre").empty());
    EXPECT_FALSE(editor.error("roles").empty());
    EXPECT_EQ(institutions.institution->signatories.size(), 1U);
    editor.set("nombre", "Laura Díaz Ortega");
    editor.set("cargo", "Jefa de Recursos Humanos");
    editor.set("roles", "supervisor, personal, supervisor");
    ASSERT_TRUE(editor.save()) << editor.save_error();
    EXPECT_FALSE(editor.modified());
    const auto& saved = institutions.institution->signatories;
    ASSERT_EQ(saved.size(), 2U);
    EXPECT_EQ(saved[1].code, "supervisora-2024");
    EXPECT_EQ(saved[1].sex, d::Sex::woman);
    EXPECT_EQ(saved[1].roles, (std::vector<std::string>{"supervisor", "personal"}));
    EXPECT_EQ(saved[1].valid_to, d::Date::from_ymd(2024, 2, 1));

    // Editing one keeps the other; renaming its code is allowed.
    SignatoryEditorViewModel edit(admin, institutions, "imss-gro", "rep");
    EXPECT_TRUE(edit.editing());
    EXPECT_EQ(edit.value("nombre"), "Mauricio Roldán Parra");
    EXPECT_EQ(edit.value("sexo"), "hombre");
    edit.set("vigente_hasta", "2024-12-31");
    ASSERT_TRUE(edit.save()) << edit.save_error();
    EXPECT_EQ(institutions.institution->signatories[0].valid_to, d::Date::from_ymd(2024, 12, 31));
    EXPECT_EQ(institutions.institution->signatories.size(), 2U);
    ASSERT_TRUE(edit.remove());
    EXPECT_EQ(institutions.institution->signatories.size(), 1U);
    EXPECT_THROW(SignatoryEditorViewModel(admin, institutions, "imss-gro", "rep"), ServiceError);
}

TEST_F(Settings, OnlyAdministratorsChangeSignatoriesAndTheRefusalIsShown) {
    SignatoryEditorViewModel editor(clerk, institutions, "imss-gro", "rep");
    editor.set("cargo", "Director");
    EXPECT_FALSE(editor.save());
    EXPECT_NE(editor.save_error().find("administrador"), std::string::npos) << editor.save_error();
    EXPECT_EQ(institutions.institution->signatories[0].title, "Encargado del Despacho");
    EXPECT_EQ(audit.rows.back().action, "denegar");
}

TEST_F(Settings, APrivateUseCharacterTypedInALegendIsRefusedWithItsPosition) {
    // The desktop's forms reach the same check as files do: the service refuses the save.
    InstitutionSettingsViewModel settings(admin, institutions, "imss-gro");
    settings.set("leyenda", "[ELIMINADO: {etiqueta}\xEE\x80\x82]");
    EXPECT_FALSE(settings.save());
    EXPECT_NE(settings.save_error().find("U+E002"), std::string::npos) << settings.save_error();
    EXPECT_EQ(institutions.institution->public_legend, "[ELIMINADO: {etiqueta}]");
}

TEST_F(Settings, TheInstitutionsSettingsAreCheckedAndSaved) {
    InstitutionSettingsViewModel settings(admin, institutions, "imss-gro");
    EXPECT_EQ(settings.value("perfil"), "es_MX");
    EXPECT_EQ(settings.value("dias_aviso"), "30");
    ASSERT_EQ(settings.unit_lines().size(), 1U);
    EXPECT_EQ(settings.unit_lines()[0], "UMM-0231  Unidad Médica Móvil 0231  (Guerrero; centro de costo 073204)");
    settings.set("leyenda", "[ELIMINADO]");
    EXPECT_NE(settings.error("leyenda").find("{etiqueta}"), std::string::npos);
    settings.set("dias_aviso", "treinta");
    EXPECT_FALSE(settings.error("dias_aviso").empty());
    settings.set("dias_aviso", "400");
    EXPECT_FALSE(settings.error("dias_aviso").empty());
    EXPECT_FALSE(settings.save());
    settings.set("leyenda", "[ELIMINADO: {etiqueta}. Art. 116 LGTAIP]");
    settings.set("dias_aviso", "15");
    settings.set("perfil", "es_PE");
    // A signatory added meanwhile (another window) survives the save.
    institutions.institution->signatories.push_back(office().signatories[0]);
    institutions.institution->signatories.back().code = "rep-2";
    ASSERT_TRUE(settings.save()) << settings.save_error();
    EXPECT_FALSE(settings.modified());
    EXPECT_EQ(institutions.institution->profile, d::FormatProfile::es_PE);
    EXPECT_EQ(institutions.institution->notice_days, 15);
    EXPECT_EQ(institutions.institution->signatories.size(), 2U);
    InstitutionSettingsViewModel refused(clerk, institutions, "imss-gro");
    refused.set("nombre", "Otra");
    EXPECT_FALSE(refused.save());
    EXPECT_NE(refused.save_error().find("administrador"), std::string::npos);
}

TEST_F(Settings, AccountsAreCreatedDeactivatedAndGivenNewPasswords) {
    MemoryUsers users;
    users.users["ana"].account = account_with("ana", {d::Role::administrador});
    UserAdminViewModel model(admin, users, institutions);
    model.reload();
    EXPECT_EQ(model.list.count(), 1U);
    EXPECT_FALSE(model.create("rita", "una clave larga 1", "una clave larga 2", {d::Role::revisor_juridico}, {}));
    EXPECT_EQ(model.error(), "las dos contraseñas no coinciden; escriba la misma dos veces.");
    EXPECT_FALSE(model.create("rita", "corta", "corta", {d::Role::revisor_juridico}, {}));
    EXPECT_FALSE(model.create("rita", "una clave larga 1", "una clave larga 1", {}, {}));
    EXPECT_EQ(model.error(), "elija al menos un rol para la cuenta.");
    EXPECT_FALSE(model.error().empty());
    ASSERT_TRUE(model.create("rita", "una clave larga 1", "una clave larga 1", {d::Role::revisor_juridico}, {"imss-gro"}))
        << model.error();
    ASSERT_EQ(model.list.count(), 2U);
    EXPECT_EQ(users.users.at("rita").account.institutions, std::set<std::string>{"imss-gro"});
    EXPECT_EQ(users.users.at("rita").password, "una clave larga 1");
    model.list.set_search("rita");
    ASSERT_EQ(model.list.count(), 1U);
    ASSERT_TRUE(model.set_active(0, false)) << model.error();
    EXPECT_FALSE(users.users.at("rita").account.active);
    EXPECT_EQ(model.list.cell(0, UserAdminViewModel::state), "desactivado");
    ASSERT_TRUE(model.set_active(0, true));
    EXPECT_TRUE(users.users.at("rita").account.active);
    users.users.at("rita").account.locked = true;
    ASSERT_TRUE(model.reset_password(0, "otra clave larga 2", "otra clave larga 2"));
    EXPECT_FALSE(users.users.at("rita").account.locked);
    // Nobody deactivates their own account; the list is for administrators only.
    model.list.set_search("ana");
    EXPECT_FALSE(model.set_active(0, false));
    EXPECT_NE(model.error().find("su propia cuenta"), std::string::npos) << model.error();
    UserAdminViewModel refused(clerk, users, institutions);
    EXPECT_THROW(refused.reload(), AccessDenied);
}

TEST_F(Settings, TheStaffEditorKnowsWhenSomethingChanged) {
    MemoryStaff staff;
    StaffEditorViewModel editor(clerk, staff, "imss-gro", *d::Date::from_ymd(2024, 6, 1), rosa_ramirez());
    EXPECT_FALSE(editor.modified());
    editor.set("telefono", rosa_ramirez().phone);
    EXPECT_FALSE(editor.modified());
    editor.set("telefono", "744 123 4567");
    EXPECT_TRUE(editor.modified());
    ASSERT_TRUE(editor.save()) << editor.save_error();
    EXPECT_FALSE(editor.modified());
}

class StaffFile : public Settings {
protected:
    void SetUp() override {
        Settings::SetUp();
        dir = fs::temp_directory_path() / ("pacta-staff-file-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        std::ofstream(dir / "personal.csv")
            << "nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,categoria,regimen,unidad\n"
               "María Luisa,Martínez,Martínez,M,1990-03-12,MAMM900312MGRRRR03,asistencial,honorarios,UMM-0231\n"
               "Rosa,Ramírez,Cruz,M,1992-05-14,RACR920514MDFMRS04,asistencial,honorarios,UMM-0231\n"
               "José,Bolaños,Xochitl,H,1931-08-20,BOXW310820HNERXN09,administrativo,honorarios,UMM-0231\n";
        options.institution_code = "imss-gro";
        options.units = {"UMM-0231"};
    }
    void TearDown() override { fs::remove_all(dir); }
    fs::path dir;
    StaffImportOptions options;
    MemoryStaff staff;
};

TEST_F(StaffFile, RejectedRowsStopTheImportUnlessPartialWhichWritesThemWithReasons) {
    auto report = import_staff_file(clerk, staff, dir / "personal.csv", options);
    EXPECT_FALSE(report.imported);
    EXPECT_EQ(report.rows, 3U);
    std::string reasons;
    for (const auto& r : report.rejections) {
        for (const auto& f : r.findings) reasons += std::to_string(r.line) + ": " + f.code + " " + f.field + "\n";
    }
    ASSERT_EQ(report.rejections.size(), 1U) << reasons;
    EXPECT_EQ(report.rejections[0].line, 3U);
    EXPECT_TRUE(staff.people.empty());
    options.partial = true;
    std::size_t total = 0;
    std::size_t last = 0;
    report = import_staff_file(clerk, staff, dir / "personal.csv", options, [&](std::size_t t) { total = t; },
                               [&](std::size_t done) {
                                   last = done;
                                   return true;
                               });
    EXPECT_TRUE(report.imported);
    EXPECT_EQ(total, 2U);
    EXPECT_EQ(report.stored.created, 2U);
    EXPECT_EQ(staff.people.size(), 2U);
    ASSERT_EQ(report.rejected_file, dir / "personal.rechazados.csv");
    std::ifstream rejected(report.rejected_file);
    const std::string text((std::istreambuf_iterator<char>(rejected)), {});
    EXPECT_NE(text.find("RACR920514MDFMRS04"), std::string::npos);
    EXPECT_NE(text.find("dígito verificador"), std::string::npos) << text;
    EXPECT_EQ(last, 2U);
}

TEST_F(StaffFile, CancellingBeforeStoringKeepsNobodyAndAMissingFileIsAFinding) {
    options.partial = true;
    EXPECT_THROW((void)import_staff_file(clerk, staff, dir / "personal.csv", options, {},
                                         [](std::size_t) { return false; }),
                 d::Cancelled);
    EXPECT_TRUE(staff.people.empty());
    EXPECT_FALSE(fs::exists(dir / "personal.rechazados.csv"));
    const auto missing = import_staff_file(clerk, staff, dir / "no-existe.csv", options);
    ASSERT_EQ(missing.file_findings.size(), 1U);
    EXPECT_EQ(missing.file_findings[0].code, "staff.file_unreadable");
}

TEST_F(StaffFile, AnExportIsWrittenWholeOrNotAtAll) {
    staff.people = {rosa_ramirez()};
    EXPECT_THROW((void)export_staff_file(clerk, staff, dir / "salida.csv", [](std::size_t) { return false; }),
                 d::Cancelled);
    EXPECT_FALSE(fs::exists(dir / "salida.csv"));
    EXPECT_THROW((void)export_staff_file(clerk, staff, dir / "salida.pdf"), ServiceError);
    EXPECT_EQ(export_staff_file(clerk, staff, dir / "salida.xlsx"), 1U);
    EXPECT_TRUE(fs::exists(dir / "salida.xlsx"));
    EXPECT_FALSE(fs::exists(dir / "salida.xlsx.parcial.xlsx"));
    // Exports of personal data are audited.
    EXPECT_EQ(audit.rows.back().action, "exportar");
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    EXPECT_THROW((void)export_staff_file(reviewer, staff, dir / "otra.csv"), AccessDenied);
}


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

}  // namespace
}  // namespace pacta::presentation

namespace pacta::presentation {
namespace {

TEST(Demo, AnEmptyDatabaseGetsTheDemoOfficeOnceWithValidPeople) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const fs::path dir = fs::temp_directory_path() / ("pacta-demo-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(PACTA_SOURCE_DIR "/docs/ejemplos/institucion-imss-bienestar-gro.json", dir / "institucion.json");
    fs::copy_file(PACTA_SOURCE_DIR "/installer/demo/personal-demo.csv", dir / "personal.csv");
    MemoryUsers users;
    MemoryInstitutions institutions;
    MemoryStaff staff;
    MemoryAudit audit;
    EXPECT_EQ(seed_demo(users, institutions, staff, audit, dir), "");
    ASSERT_EQ(users.users.size(), 1U);
    EXPECT_TRUE(users.users.at(demo_username).account.has(d::Role::administrador));
    ASSERT_TRUE(institutions.institution);
    EXPECT_FALSE(institutions.institution->signatories.empty());
    // Every person passed the import's checks (CURP and RFC check digits, CURP against
    // birth date and sex, the unit).
    EXPECT_EQ(staff.people.size(), 6U);
    const auto login = log_in(users, audit, demo_username, demo_password);
    EXPECT_TRUE(login.user) << login_failure_text(login.failure);
    // Once seeded, never again.
    staff.people.clear();
    EXPECT_EQ(seed_demo(users, institutions, staff, audit, dir), "");
    EXPECT_TRUE(staff.people.empty());
    fs::remove_all(dir);
    EXPECT_NE(seed_demo(*std::make_unique<MemoryUsers>(), institutions, staff, audit, dir).find("reinstale"),
              std::string::npos);
}

}  // namespace
}  // namespace pacta::presentation

namespace pacta::presentation {
namespace {

// Why a database cannot be opened reads the same in pacta-cli and the desktop, in Spanish.
TEST(DatabaseOpening, EachReasonIsExplainedWithWhatToDo) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    using Reason = domain::StoreUnavailable::Reason;
    EXPECT_EQ(describe(domain::StoreUnavailable(Reason::network_drive, "/mnt/red/pacta.sqlite3", {})),
              "la base de datos /mnt/red/pacta.sqlite3 está en una unidad de red, donde SQLite puede dañarla; "
              "guárdela en un disco local de este equipo.");
    EXPECT_NE(describe(domain::StoreUnavailable(Reason::not_a_database, "notas.txt", {})).find("notas.txt no es una base de datos de Pacta"),
              std::string::npos);
    EXPECT_NE(describe(domain::StoreUnavailable(Reason::newer_schema, "p.sqlite3", {}, 9, 7)).find("(esquema 9; esta lee hasta el 7)"),
              std::string::npos);
    EXPECT_NE(describe(domain::StoreUnavailable(Reason::other, "p.sqlite3", "disk I/O error")).find("disk I/O error"),
              std::string::npos);
}

}  // namespace
}  // namespace pacta::presentation
