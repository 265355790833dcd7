// A spreadsheet the office already has, recorded as contracts: its columns are guessed from
// the headers (case, accents and punctuation aside), corrected by the user, refused while no
// column names the person or two give the same field, and renamed for the bulk import.
#include <gtest/gtest.h>

#include "pacta/document/csv.h"
#include "pacta/presentation/contracts/column_mapping.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "support/drafting_fixture.h"

namespace pacta::presentation {
namespace {

using namespace testing_support;

class ColumnMapping : public Drafting {};

TEST_F(ColumnMapping, HeadersAreGuessedCorrectedAndRenamedForTheImport) {
    const auto sheet = document::parse_csv("Clave;HONORARIOS TOTALES;Término;Notas\n" + rosa_ramirez().key() +
                                               ";70,000.00;2024-05-31;nueva\nMAMM900312MGRRRR03;55086.64;2024-05-31;\n",
                                           "campana.csv", ';');
    ColumnMappingViewModel mapping(tmpl.tmpl, sheet);
    ASSERT_EQ(mapping.columns().size(), 4U);
    const auto target_of = [&](std::size_t column) { return mapping.targets().at(mapping.chosen(column)).path; };
    EXPECT_EQ(target_of(0), person_column);
    EXPECT_EQ(target_of(1), "honorarios.total");  // by the field's label
    EXPECT_EQ(target_of(2), "");                   // not recognised: left unused
    EXPECT_EQ(target_of(3), "");
    EXPECT_EQ(mapping.sample(1), "70,000.00; 55086.64");
    EXPECT_EQ(mapping.problem(), "");

    const auto target_index = [&](const std::string& path) {
        for (std::size_t t = 0; t < mapping.targets().size(); ++t) {
            if (mapping.targets()[t].path == path) return t;
        }
        return std::size_t{0};
    };
    ASSERT_NE(target_index("vigencia.fin"), 0U);
    EXPECT_EQ(mapping.targets()[target_index("vigencia.fin")].label, "Fin de la vigencia");
    EXPECT_EQ(target_index("firmantes.nombre"), 0U);  // the signature block follows the signatories
    mapping.choose(2, target_index("vigencia.fin"));
    mapping.choose(3, target_index("vigencia.fin"));
    EXPECT_EQ(mapping.problem(),
              "las columnas «Término» y «Notas» indican ambas «Fin de la vigencia»; deje una de ellas sin usar.");
    mapping.choose(3, 0);
    mapping.choose(0, 0);
    EXPECT_EQ(mapping.problem(), "elija la columna que tiene la CURP, el DNI o el carné de extranjería de cada persona.");
    mapping.choose(0, 1);
    EXPECT_EQ(mapping.problem(), "");

    const auto table = mapping.mapped();
    EXPECT_EQ(table.header, (std::vector<std::string>{person_column, "honorarios.total", "vigencia.fin"}));
    ASSERT_EQ(table.rows.size(), 2U);
    EXPECT_EQ(table.row_numbers, sheet.row_numbers);

    ContractImportRequest request;
    request.tmpl = &tmpl;
    request.common = contract_only;
    request.today = today;
    request.table = table;
    const auto report = ContractImportService(clerk, store).import(request);
    ASSERT_EQ(report.refused, 0U) << contract_import_summary(report);
    ASSERT_EQ(store.drafts_.stored.size(), 2U);
    EXPECT_EQ(store.drafts_.stored[0].total.minor_units(), 70'000'00);
    EXPECT_EQ(store.drafts_.stored[1].total.minor_units(), 55'086'64);
}

// Accents and case aside: «NÚMERO DE EXHIBICIONES» is the field labelled «Número de
// exhibiciones», and «Carné de extranjería» names the person.
TEST_F(ColumnMapping, AccentedHeadersAreRecognised) {
    const auto sheet = document::parse_csv("NÚMERO DE EXHIBICIONES;Carné de extranjería\n5;X123\n", "campana.csv", ';');
    ColumnMappingViewModel mapping(tmpl.tmpl, sheet);
    EXPECT_EQ(mapping.targets().at(mapping.chosen(0)).path, "honorarios.exhibiciones");
    EXPECT_EQ(mapping.targets().at(mapping.chosen(1)).path, person_column);
}

}  // namespace
}  // namespace pacta::presentation
