// The contract wizard's view-model, end to end without a display: person, template, fields
// (with an error shown beside its field), signatories, review, and the files written.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/contract_wizard_screen.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "support/memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

using namespace testing_support;
using Audit = MemoryAudit;
using Staff = MemoryStaff;
using Institutions = MemoryInstitutions;
using Drafts = MemoryDrafts;

// A clerk, Rosa's record, the reference office and the bundled templates.
class ContractWizard : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        staff.people = {rosa_ramirez()};
        const auto file = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json").value_or("");
        institutions.institution = read_institution_file(file, "institucion.json").institution;
        ASSERT_TRUE(institutions.institution);
    }
    ContractWizardViewModel open() {
        return {session, staff, institutions, drafts, document::TemplateLibrary(PACTA_SOURCE_DIR "/document/plantillas"), *d::Date::from_ymd(2024, 1, 20)};
    }
    Audit audit;
    const Session session{account_with("carlos", {d::Role::capturista}), audit};
    Staff staff;
    Institutions institutions;
    Drafts drafts;
};

TEST_F(ContractWizard, FromAPersonToTheContractsFiles) {
    const d::StaffMember rosa = rosa_ramirez();
    auto wizard = open();

    using Step = ContractWizardViewModel::Step;
    EXPECT_EQ(wizard.step(), Step::person);
    wizard.people.list.set_search("ramirez");
    ASSERT_EQ(wizard.people.list.count(), 1U);
    ASSERT_TRUE(wizard.choose_person(0)) << wizard.error();
    EXPECT_EQ(wizard.step(), Step::template_choice);
    ASSERT_FALSE(wizard.templates().empty());
    ASSERT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
    EXPECT_EQ(wizard.step(), Step::fields);
    // The person's record fills her fields; the signature block follows the signatories.
    std::map<std::string, WizardField> fields;
    for (const auto& f : wizard.fields()) fields[f.path] = f;
    EXPECT_EQ(fields.at("prestador.curp").value, rosa.curp);
    EXPECT_EQ(fields.at("prestador.nombre").value, "Rosa Ramírez Cruz");
    EXPECT_FALSE(fields.at("firmantes").editable);
    // Sex as the word the desktop's choice shows: the example's «M» is «mujer» in Mexico.
    EXPECT_EQ(fields.at("supervisor.sexo").value, "mujer");
    // The signature block shown as the table it prints: one row per signatory.
    const auto& block = fields.at("firmantes");
    ASSERT_FALSE(block.columns.empty());
    EXPECT_EQ(block.columns.front(), "Nombre del firmante");
    ASSERT_GE(block.rows.size(), 2U);
    EXPECT_EQ(block.rows.front().size(), block.columns.size());
    EXPECT_EQ(block.rows.front().front(), "MAURICIO ROLDAN PARRA");  // the representative, as printed
    // A bad value is shown beside its field and keeps the wizard where it is.
    wizard.set_field("vigencia.fin", "2024-02-30");
    for (const auto& f : wizard.fields()) {
        if (f.path == "vigencia.fin") {
            EXPECT_NE(f.error.find("2024-02-30"), std::string::npos) << f.error;
        }
    }
    EXPECT_FALSE(wizard.fields_done());
    wizard.set_field("vigencia.fin", "2024-06-30");
    ASSERT_TRUE(wizard.fields_done()) << wizard.error();
    EXPECT_EQ(wizard.step(), Step::signatories);
    ASSERT_FALSE(wizard.signatories().empty());
    for (const auto& c : wizard.signatories()) {
        EXPECT_FALSE(c.options.empty()) << c.role;
    }
    ASSERT_TRUE(wizard.signatories_done()) << wizard.error();
    EXPECT_EQ(wizard.step(), Step::review);
    EXPECT_EQ(wizard.schedule().size(), 5U);
    ASSERT_EQ(wizard.schedule_lines().size(), 5U);
    EXPECT_EQ(wizard.schedule_lines()[0].rfind("1.  01/02/2024 – 29/02/2024   $", 0), 0U) << wizard.schedule_lines()[0];
    EXPECT_FALSE(d::has_errors(wizard.findings()));
    // What the checker noticed names a template's field by the label the form shows.
    for (const auto& line : wizard.finding_lines()) {
        for (const auto& [path, field] : fields) EXPECT_EQ(line.find(path + ":"), std::string::npos) << line;
    }
    EXPECT_EQ(wizard.pdf().rfind("%PDF-", 0), 0U);
    const fs::path folder = fs::temp_directory_path() / ("pacta-asistente-" + std::to_string(::getpid()));
    const auto folio = wizard.finish(folder);
    ASSERT_TRUE(folio) << wizard.error();
    EXPECT_EQ(wizard.step(), Step::done);
    ASSERT_EQ(drafts.stored.size(), 1U);
    EXPECT_EQ(drafts.drafted_by, "carlos");
    EXPECT_EQ(drafts.stored[0].staff_key, rosa.curp);
    EXPECT_EQ(drafts.stored[0].total.minor_units(), 68'858'30);
    EXPECT_TRUE(fs::exists(wizard.written_pdf()));
    EXPECT_TRUE(fs::exists(wizard.written_public()));
    EXPECT_EQ(drafts.files.size(), 2U);
    // One naming in every path (contract_output.h): "<folio>.pdf" and "<folio>-publica.pdf".
    EXPECT_EQ(wizard.written_pdf().filename(), *folio + ".pdf");
    EXPECT_EQ(wizard.written_public().filename(), *folio + "-publica.pdf");
    fs::remove_all(folder);
}

// A stored draft opens at its data, with its values; a correction is saved in place under
// the same folio (revised, not created again), and is never kept as a wizard draft.
TEST_F(ContractWizard, AStoredDraftIsCorrectedInPlace) {
    auto first = open();
    ASSERT_TRUE(first.choose_person_key(rosa_ramirez().curp)) << first.error();
    ASSERT_TRUE(first.choose_template("imss-bienestar-honorarios")) << first.error();
    first.set_field("vigencia.fin", "2024-06-30");
    ASSERT_TRUE(first.fields_done() && first.signatories_done()) << first.error();
    const fs::path folder = fs::temp_directory_path() / ("pacta-correccion-" + std::to_string(::getpid()));
    const auto folio = first.finish(folder);
    ASSERT_TRUE(folio) << first.error();
    const auto& stored = drafts.stored.at(0);
    d::StoredContract source;
    source.institution_code = stored.institution_code;
    source.template_code = stored.template_code;
    source.template_source = stored.template_source;
    source.data_json = stored.data_json;
    source.person = "Rosa Ramírez Cruz";
    source.total = stored.total;
    source.start = stored.start;
    source.end = stored.end;
    source.signatories = stored.signatories;
    source.staff_key = stored.staff_key;

    auto wizard = open();
    using Step = ContractWizardViewModel::Step;
    ASSERT_TRUE(wizard.edit(*folio, source)) << wizard.error();
    EXPECT_EQ(wizard.step(), Step::fields);
    EXPECT_EQ(wizard.editing(), *folio);
    EXPECT_FALSE(wizard.back());  // person and template stay
    std::map<std::string, WizardField> fields;
    for (const auto& f : wizard.fields()) fields[f.path] = f;
    EXPECT_EQ(fields.at("vigencia.fin").value, "2024-06-30");
    EXPECT_EQ(fields.at("prestador.curp").value, rosa_ramirez().curp);
    wizard.set_field("vigencia.fin", "2024-04-30");
    EXPECT_EQ(wizard.draft_json(), "");
    ASSERT_TRUE(wizard.fields_done() && wizard.signatories_done()) << wizard.error();
    const auto again = wizard.finish(folder);
    ASSERT_TRUE(again) << wizard.error();
    EXPECT_EQ(*again, *folio);
    EXPECT_EQ(drafts.stored.size(), 1U);
    ASSERT_EQ(drafts.revised.count(*folio), 1U);
    EXPECT_EQ(drafts.revised.at(*folio).end->iso(), "2024-04-30");
    EXPECT_EQ(drafts.revised.at(*folio).signatories, stored.signatories);
    ASSERT_FALSE(drafts.revised.at(*folio).schedule.empty());
    EXPECT_EQ(drafts.revised.at(*folio).schedule.back().period_end.iso(), "2024-04-30");  // the schedule follows the term
    EXPECT_NE(drafts.revised.at(*folio).total.minor_units(), 0);
    EXPECT_EQ(wizard.written_pdf().filename(), *folio + ".pdf");
    fs::remove_all(folder);

    // A template that no longer parses is said, not guessed at.
    auto broken = open();
    auto bad = source;
    bad.template_source = "no es una plantilla";
    EXPECT_FALSE(broken.edit(*folio, bad));
    EXPECT_NE(broken.error().find(*folio), std::string::npos) << broken.error();
}

TEST_F(ContractWizard, AnUnfinishedWizardResumesFromItsDraft) {
    using Step = ContractWizardViewModel::Step;
    auto first = open();
    EXPECT_TRUE(first.draft_json().empty());  // nothing chosen: nothing to keep
    ASSERT_TRUE(first.choose_person_key(rosa_ramirez().curp));
    ASSERT_TRUE(first.choose_template("imss-bienestar-honorarios"));
    first.set_field("vigencia.fin", "2024-05-31");
    first.set_field("honorarios.exhibiciones", "4");
    first.note_typed("honorarios.total", "55086.64");  // typed, «Siguiente» not yet pressed
    const auto at_fields = first.draft_json();
    ASSERT_FALSE(at_fields.empty());

    auto second = open();
    ASSERT_TRUE(second.resume(at_fields)) << second.error();
    EXPECT_EQ(second.step(), Step::fields);
    std::map<std::string, std::string> values;
    for (const auto& f : second.fields()) values[f.path] = f.value;
    EXPECT_EQ(values.at("vigencia.fin"), "2024-05-31");
    EXPECT_EQ(values.at("honorarios.total"), "55,086.64");
    EXPECT_EQ(values.at("prestador.nombre"), "Rosa Ramírez Cruz");

    // Further on: the review step is reached again, its PDF drawn.
    ASSERT_TRUE(second.fields_done()) << second.error();
    ASSERT_TRUE(second.signatories_done()) << second.error();
    auto third = open();
    ASSERT_TRUE(third.resume(second.draft_json())) << third.error();
    EXPECT_EQ(third.step(), Step::review);
    EXPECT_EQ(third.pdf().rfind("%PDF-", 0), 0U);
    EXPECT_EQ(third.schedule().size(), 4U);  // February to May

    // A draft whose person is gone, or that is not a draft, says so.
    staff.people.clear();
    auto fourth = open();
    EXPECT_FALSE(fourth.resume(at_fields));
    EXPECT_NE(fourth.error().find(rosa_ramirez().curp), std::string::npos) << fourth.error();
    EXPECT_FALSE(fourth.resume("{no es json"));
    EXPECT_EQ(fourth.error(), "no se pudo leer el contrato a medias; empiece de nuevo.");
}

// The office's templates in the wizard: one under a file name of its own is chosen by its id;
// a broken one is in the list with its error and cannot be chosen.
TEST_F(ContractWizard, ABrokenOfficeTemplateIsListedWithItsErrorAndCannotBeChosen) {
    const fs::path own = fs::temp_directory_path() / ("pacta-asistente-plantillas-" + std::to_string(::getpid()));
    fs::remove_all(own);
    fs::create_directories(own);
    auto text = document::read_file(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.md").value_or("");
    text.replace(text.find("@plantilla imss-bienestar-honorarios"), 36, "@plantilla honorarios-oficina");
    std::ofstream(own / "contrato-honorarios-2025.md") << text;
    std::ofstream(own / "contrato-roto.md") << "@plantilla rota\n@campo a.b texto requerido \"A\"\n\nHola {{a.c}}\n";
    ContractWizardViewModel wizard(session, staff, institutions, drafts,
                                   document::TemplateLibrary(PACTA_SOURCE_DIR "/document/plantillas", own),
                                   *d::Date::from_ymd(2024, 1, 20));
    ASSERT_TRUE(wizard.choose_person_key(rosa_ramirez().curp)) << wizard.error();
    const auto all = wizard.templates();
    const auto broken = std::find_if(all.begin(), all.end(), [](const auto& t) { return t.id == "rota"; });
    ASSERT_NE(broken, all.end());
    EXPECT_FALSE(broken->usable());
    const auto line = unusable_template_line(*broken);
    EXPECT_EQ(line.rfind("contrato-roto.md: no se puede usar: línea 4, columna ", 0), 0U) << line;
    EXPECT_NE(line.find("el campo «a.c» no está declarado"), std::string::npos) << line;
    EXPECT_FALSE(wizard.choose_template(*broken));
    EXPECT_EQ(wizard.error(), unusable_template_line(*broken));
    EXPECT_FALSE(wizard.choose_template("rota"));
    EXPECT_EQ(wizard.step(), ContractWizardViewModel::Step::template_choice);
    ASSERT_TRUE(wizard.choose_template("honorarios-oficina")) << wizard.error();
    EXPECT_EQ(wizard.step(), ContractWizardViewModel::Step::fields);
    fs::remove_all(own);
}

TEST_F(ContractWizard, OnlyThoseWhoDraftContractsOpenIt) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    EXPECT_THROW(ContractWizardViewModel(reviewer, staff, institutions, drafts, document::TemplateLibrary(PACTA_SOURCE_DIR "/document/plantillas"),
                                         *d::Date::from_ymd(2024, 1, 20)),
                 AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation

namespace pacta::presentation {
namespace {

// Each bad contract the clerks met is refused at the step where its value is typed, with the
// message beside the field, and «Siguiente» waits until it is corrected: a fee of zero, an end
// before the start, a term outside the fiscal year; another country's template is not offered.
TEST_F(ContractWizard, EachBadContractIsRefusedWhereItsValueIsTyped) {
    auto wizard = open();
    ASSERT_TRUE(wizard.choose_person_key(rosa_ramirez().curp)) << wizard.error();
    const auto templates = wizard.templates();
    EXPECT_TRUE(std::none_of(templates.begin(), templates.end(),
                             [](const document::TemplateEntry& t) { return t.id == "peru-locacion-servicios"; }));
    EXPECT_FALSE(wizard.choose_template("peru-locacion-servicios"));
    EXPECT_NE(wizard.error().find("Perú"), std::string::npos) << wizard.error();
    ASSERT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
    const auto error_of = [&](const std::string& path) {
        for (const auto& f : wizard.fields()) {
            if (f.path == path) return f.error;
        }
        return std::string("(no such field)");
    };
    const auto refused = [&](const std::string& path, const std::string& value, const std::string& words) {
        wizard.set_field(path, value);
        EXPECT_NE(error_of(path).find(words), std::string::npos) << path << "=" << value << ": " << error_of(path);
        EXPECT_FALSE(wizard.fields_done()) << path << "=" << value;
        EXPECT_EQ(wizard.step(), ContractWizardViewModel::Step::fields);
    };
    // Typed fields: amounts in the template's currency, budget accounts among the institution's.
    EXPECT_EQ(wizard.currency_symbol(), "$");
    const auto accounts = wizard.suggestions("presupuesto.cuenta");
    EXPECT_FALSE(accounts.empty());
    EXPECT_TRUE(wizard.suggestions("prestador.nombre").empty());
    refused("honorarios.total", "0", "mayor que cero");
    refused("honorarios.total", "0.00", "mayor que cero");
    wizard.set_field("honorarios.total", "68858.30");
    EXPECT_EQ(error_of("honorarios.total"), "");  // cleared once fixed
    refused("vigencia.fin", "2024-01-15", "antes de que empiece");
    wizard.set_field("vigencia.fin", "2024-06-30");
    EXPECT_EQ(error_of("vigencia.fin"), "");
    refused("vigencia.fin", "2025-01-31", "ejercicio fiscal 2024");
    wizard.set_field("vigencia.fin", "2024-06-30");
    ASSERT_TRUE(wizard.fields_done()) << wizard.error();
}

// Amounts read as the institution writes them and shown so; units, cost centres and the
// accounts' information units offered from the institution's records.
TEST_F(ContractWizard, AmountsAreShownWithTheirSeparatorsAndUnitsAreOfferedAsChoices) {
    auto wizard = open();
    ASSERT_TRUE(wizard.choose_person_key(rosa_ramirez().curp)) << wizard.error();
    ASSERT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
    const auto field = [&](const std::string& path) {
        for (const auto& f : wizard.fields()) {
            if (f.path == path) return f;
        }
        return WizardField{};
    };
    EXPECT_EQ(field("honorarios.total").value, "68,858.30");
    wizard.set_field("honorarios.total", "$ 70,000");
    EXPECT_EQ(field("honorarios.total").value, "70,000.00");
    EXPECT_EQ(field("honorarios.total").error, "");
    wizard.set_field("honorarios.total", "70.000.5");  // kept as typed, with what is wrong
    EXPECT_EQ(field("honorarios.total").value, "70.000.5");
    EXPECT_NE(field("honorarios.total").error, "");
    wizard.set_field("honorarios.total", "68,858.30");
    const auto& institution = *institutions.institution;
    ASSERT_FALSE(institution.units.empty());
    const auto centres = wizard.suggestions("presupuesto.centro_costos");
    EXPECT_NE(std::find(centres.begin(), centres.end(), institution.units.front().cost_centre), centres.end());
    const auto information = wizard.suggestions("presupuesto.unidad_informacion");
    EXPECT_NE(std::find(information.begin(), information.end(), institution.accounts.front().information_unit),
              information.end());
    ASSERT_TRUE(wizard.fields_done()) << wizard.error();
    ASSERT_TRUE(wizard.signatories_done()) << wizard.error();
    const fs::path folder = fs::temp_directory_path() / ("pacta-asistente-importe-" + std::to_string(::getpid()));
    ASSERT_TRUE(wizard.finish(folder)) << wizard.error();
    ASSERT_EQ(drafts.stored.size(), 1U);
    EXPECT_EQ(drafts.stored[0].total.minor_units(), 68'858'30);
    fs::remove_all(folder);
}

}  // namespace
}  // namespace pacta::presentation

#include "pacta/presentation/payments/isr_tariffs.h"

namespace pacta::presentation {
namespace {

// A contract that pays in 2027, a year Pacta ships no ISR table for: the wizard warns at its
// review; once the table is imported in Configuración (kept with the institution) it does not.
TEST_F(ContractWizard, AYearWithoutAnIsrTableIsWarnedAtDraftingUntilItIsImported) {
    const auto review_of_2027 = [&] {
        auto wizard = open();
        EXPECT_TRUE(wizard.choose_person_key(rosa_ramirez().curp)) << wizard.error();
        EXPECT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
        wizard.set_field("programa.ejercicio", "2027");
        wizard.set_field("vigencia.inicio", "2027-02-01");
        wizard.set_field("vigencia.fin", "2027-06-30");
        EXPECT_TRUE(wizard.fields_done()) << wizard.error();
        EXPECT_TRUE(wizard.signatories_done()) << wizard.error();
        std::string lines;
        for (const auto& line : wizard.finding_lines()) lines += line + "\n";
        return lines;
    };
    const auto before = review_of_2027();
    EXPECT_NE(before.find("paga en 2027 y todavía no hay tabla de ISR de 2027"), std::string::npos) << before;
    EXPECT_NE(before.find("Honorarios totales"), std::string::npos) << before;  // the field, by its label

    const Session admin{account_with("ana", {d::Role::administrador}), audit};
    IsrTariffsViewModel tables(admin, institutions, institutions.institution->code);
    EXPECT_FALSE(tables.read("0.01,10.00,0.00,1.92\n", "isr-mensual-2027.csv"));  // one row: not the law's shape
    EXPECT_NE(tables.error().find("forma"), std::string::npos) << tables.error();
    const auto bundled = document::read_file(PACTA_SOURCE_DIR "/domain/datos/isr-mensual-2026.csv").value_or("");
    ASSERT_TRUE(tables.read(bundled, "isr-mensual-2027.csv")) << tables.error();
    EXPECT_EQ(tables.year_read(), 2027);
    ASSERT_FALSE(tables.preview().empty());
    EXPECT_EQ(tables.preview().front().rfind("desde 0.01", 0), 0U) << tables.preview().front();
    ASSERT_TRUE(tables.save()) << tables.error();
    const auto after = review_of_2027();
    EXPECT_EQ(after.find("tabla de ISR"), std::string::npos) << after;
}

}  // namespace
}  // namespace pacta::presentation
