// The contract checker: the real reference contract, then one small contract that passes,
// broken in one way per test so each kind of finding is seen to fire (and only it).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pacta/domain/contract_check.h"
#include "pacta/domain/number_words.h"

namespace pacta::domain {
namespace {

ContractText lines_of(const std::string& text) {
    ContractText out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) out.lines.push_back(line);
    return out;
}

std::vector<std::string> codes(const Findings& findings, Severity severity) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        if (f.severity == severity) out.push_back(f.code);
    }
    return out;
}

const Finding* find(const Findings& findings, const std::string& code) {
    for (const auto& f : findings) {
        if (f.code == code) return &f;
    }
    return nullptr;
}

TEST(ContractCheck, TheReferenceContractHasOneErrorAndItsHiddenDataIsUnverifiable) {
    std::ifstream in(PACTA_FIXTURES_DIR "/reference/contrato-honorarios-imss-bienestar-2024.md");
    std::stringstream s;
    s << in.rdbuf();
    const auto findings = check_contract_text(lines_of(s.str()));
    EXPECT_EQ(codes(findings, Severity::error), std::vector<std::string>{"check.amount_words"});
    const auto* typo = find(findings, "check.amount_words");
    ASSERT_NE(typo, nullptr);
    EXPECT_EQ(typo->param("word"), "Seenta");
    EXPECT_EQ(typo->param("correct"), "Sesenta");
    EXPECT_EQ(typo->param("figure"), "$68,858.30");
    EXPECT_EQ(typo->param("clause"), "CUARTA");
    EXPECT_EQ(typo->param("line"), "91");
    // The instalment's words ("Trece mil setecientos setenta y un pesos 66/100") are right.
    EXPECT_TRUE(codes(findings, Severity::warning).empty());
    const auto unverifiable = codes(findings, Severity::unverifiable);
    EXPECT_NE(std::find(unverifiable.begin(), unverifiable.end(), "check.identity_hidden"), unverifiable.end());
    EXPECT_NE(std::find(unverifiable.begin(), unverifiable.end(), "check.age_hidden"), unverifiable.end());
    EXPECT_NE(std::find(unverifiable.begin(), unverifiable.end(), "check.records_unknown"), unverifiable.end());
}

// A short contract that passes every check.
const std::string good = R"(# CONTRATO DE PRESTACIÓN DE SERVICIOS PROFESIONALES
Contrato del ejercicio fiscal 2024.
## DECLARACIONES
- II.a Es de nacionalidad mexicana, de 34 años de edad, con CURP MAMM900312MGRRRR03.
- II.d No desempeña empleo, cargo o comisión en el servicio público.
## CLÁUSULAS
PRIMERA.- "EL PROGRAMA" encomienda a "EL PRESTADOR" y éste se obliga a prestar los servicios consistentes en atención médica.
SEGUNDA.- "EL PROGRAMA" cubrirá por concepto de honorarios la cantidad de $68,858.30 (Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.) en 5 exhibiciones, cada una por la cantidad de $13,771.66 (Trece mil setecientos setenta y un pesos 66/100 M.N.).
TERCERA.- El presente contrato observará una vigencia de 5 meses que inicia el 01 de febrero de 2024 y termina el 30 de junio de 2024.
CUARTA.- "EL PRESTADOR" no podrá asesorar, patrocinar o constituirse en consultor de terceros.
QUINTA.- "EL PRESTADOR" se obliga a no divulgar los datos que obtenga.
SEXTA.- "EL PRESTADOR" no podrá ceder los derechos del contrato.
SÉPTIMA.- "EL PROGRAMA" designa a la Dra. Ana Díaz para recibir los informes.
OCTAVA.- "EL PROGRAMA" podrá rescindir el contrato si se comprueba que la declaración II.d es falsa.
NOVENA.- "EL PROGRAMA" podrá dar por terminado anticipadamente el contrato.
DÉCIMA.- Nadie responde por caso fortuito o fuerza mayor.
DÉCIMA PRIMERA.- No existe relación laboral entre las partes.
DÉCIMA SEGUNDA.- Para su interpretación, las partes se someten a la jurisdicción de los tribunales federales, como dice la cláusula DÉCIMA.
LEÍDO QUE FUE, SE FIRMA POR QUINTUPLICADO EN ACAPULCO, EL 29 DE ENERO DE 2024.
______________________________
Jorge Ruiz
)";

Findings check_with(const std::string& from, const std::string& to, const CheckContext& context = {}) {
    std::string text = good;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return check_contract_text(lines_of(text), context);
}

TEST(ContractCheck, TheGoodContractPasses) {
    const auto findings = check_contract_text(lines_of(good));
    EXPECT_TRUE(codes(findings, Severity::error).empty()) << codes(findings, Severity::error).front();
    EXPECT_TRUE(codes(findings, Severity::warning).empty());
    EXPECT_EQ(codes(findings, Severity::unverifiable), std::vector<std::string>{"check.records_unknown"});
}

TEST(ContractCheck, AnAmountInWordsThatSaysAnotherAmountIsAnError) {
    const auto findings = check_with("Trece mil setecientos setenta y un", "Trece mil setecientos setenta y dos");
    ASSERT_EQ(codes(findings, Severity::error), std::vector<std::string>{"check.amount_words"});
    EXPECT_EQ(find(findings, "check.amount_words")->param("says"), "$13,772.66");
    EXPECT_EQ(find(findings, "check.amount_words")->param("word"), "dos");
    // Other cents are an error too.
    EXPECT_EQ(codes(check_with("pesos 66/100", "pesos 60/100"), Severity::error), std::vector<std::string>{"check.amount_words"});
}

TEST(ContractCheck, TheRightAmountInAnUnusualFormIsAWarningAndAnotherCurrencyAnError) {
    EXPECT_EQ(codes(check_with("(Trece mil", "(Trece mil pesos y"), Severity::error).size(), 1U);
    const auto form = check_with("Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.",
                                 "sesenta y ocho mil ochocientos cincuenta y ocho PESOS 30/100");
    EXPECT_EQ(codes(form, Severity::warning), std::vector<std::string>{"check.amount_words_form"});
    EXPECT_EQ(codes(check_with("setenta y un pesos 66/100 M.N.", "setenta y un soles 66/100"), Severity::error),
              std::vector<std::string>{"check.amount_currency"});
}

TEST(ContractCheck, InstalmentsMustAddUpToTheTotal) {
    EXPECT_EQ(codes(check_with("en 5 exhibiciones", "en 4 exhibiciones"), Severity::error),
              std::vector<std::string>{"check.instalments_total"});
    CheckContext context;
    context.records_known = true;
    context.schedule_total_minor = 60'000'00;
    EXPECT_EQ(codes(check_contract_text(lines_of(good), context), Severity::error),
              std::vector<std::string>{"check.schedule_total"});
}

TEST(ContractCheck, TheTermMustMatchItsDatesAndFollowTheSigning) {
    EXPECT_EQ(codes(check_with("vigencia de 5 meses", "vigencia de 6 meses"), Severity::error),
              std::vector<std::string>{"check.term_words"});
    EXPECT_TRUE(codes(check_with("vigencia de 5 meses", "vigencia de cinco meses"), Severity::error).empty());
    EXPECT_TRUE(codes(check_with("vigencia de 5 meses", "vigencia de cinco (5) meses"), Severity::error).empty());
    EXPECT_EQ(codes(check_with("vigencia de 5 meses", "vigencia de cinco (6) meses"), Severity::error),
              std::vector<std::string>{"check.term_words"});
    EXPECT_EQ(codes(check_with("vigencia de 5 meses", "vigencia de 5 meses y 2 días"), Severity::error),
              std::vector<std::string>{"check.term_words"});
    // Months to the same day of the month, and the days left over.
    const std::string dates = " que inicia el 16 de febrero de 2024 y termina el 30 de junio de 2024";
    const std::string reference = "vigencia de 5 meses que inicia el 01 de febrero de 2024 y termina el 30 de junio de 2024";
    for (const char* said : {"4 meses y 15 días", "cuatro meses y quince días", "cuatro (4) meses y quince (15) días",
                             "CUATRO MESES Y QUINCE DÍAS"}) {
        EXPECT_TRUE(codes(check_with(reference, std::string("vigencia de ") + said + dates), Severity::error).empty())
            << said;
    }
    for (const char* said : {"4 meses", "135 días", "cuatro meses y dieciséis días"}) {
        EXPECT_EQ(codes(check_with(reference, std::string("vigencia de ") + said + dates), Severity::error),
                  std::vector<std::string>{"check.term_words"})
            << said;
    }
    EXPECT_EQ(codes(check_with("EL 29 DE ENERO DE 2024", "EL 2 DE FEBRERO DE 2024"), Severity::error),
              std::vector<std::string>{"check.signed_after_start"});
    EXPECT_EQ(codes(check_with("termina el 30 de junio de 2024", "termina el 30 de junio de 2023"), Severity::error),
              std::vector<std::string>{"check.term_order"});
    EXPECT_EQ(codes(check_with("termina el 30 de junio de 2024", "termina el 31 de junio de 2024"), Severity::error)
                  .front(),
              "check.date_invalid");
    // 1 February 2024 to 31 January 2025: 1 año, beyond the fiscal year 2024.
    EXPECT_EQ(codes(check_with("vigencia de 5 meses que inicia el 01 de febrero de 2024 y termina el 30 de junio de 2024",
                               "vigencia de 1 año que inicia el 01 de febrero de 2024 y termina el 31 de enero de 2025"),
                    Severity::error),
              std::vector<std::string>{"check.fiscal_year"});
}

TEST(ContractCheck, ClausesMustBeNumberedInOrderAndNoneMissing) {
    // QUINTA written as SEXTA: a gap where QUINTA should be, then SEXTA again.
    EXPECT_EQ(codes(check_with("QUINTA.-", "SEXTA.-"), Severity::error),
              (std::vector<std::string>{"check.clause_gap", "check.clause_repeated"}));
    const auto gap = check_with("SÉPTIMA.-", "NOVENA.-");
    ASSERT_FALSE(codes(gap, Severity::error).empty());
    EXPECT_EQ(codes(gap, Severity::error).front(), "check.clause_gap");
    EXPECT_EQ(find(gap, "check.clause_gap")->param("expected"), "SÉPTIMA");
    const auto missing = check_with("fuerza mayor", "lo imprevisto");
    EXPECT_EQ(codes(missing, Severity::error), std::vector<std::string>{"check.clause_missing"});
    EXPECT_EQ(find(missing, "check.clause_missing")->param("topic"), "caso fortuito o fuerza mayor");
    EXPECT_EQ(codes(check_with("como dice la cláusula DÉCIMA.", "como dice la cláusula VIGÉSIMA."), Severity::error),
              std::vector<std::string>{"check.reference_missing"});
    EXPECT_EQ(codes(check_with("la declaración II.d es falsa", "la declaración II.f es falsa"), Severity::error),
              std::vector<std::string>{"check.reference_missing"});
}

TEST(ContractCheck, BlanksPlaceholdersAndBadIdentityNumbersAreErrors) {
    EXPECT_EQ(codes(check_with("la Dra. Ana Díaz", "{{supervisor.nombre}}"), Severity::error),
              std::vector<std::string>{"check.placeholder"});
    EXPECT_EQ(codes(check_with("la Dra. Ana Díaz", "________"), Severity::error),
              std::vector<std::string>{"check.placeholder"});
    EXPECT_EQ(codes(check_with("la Dra. Ana Díaz", "[NOMBRE DEL SUPERVISOR]"), Severity::error),
              std::vector<std::string>{"check.placeholder"});
    // An empty field leaves its trace: "de nacionalidad mexicana, , de 34 años".
    EXPECT_EQ(codes(check_with("nacionalidad mexicana,", "nacionalidad mexicana, ,"), Severity::error),
              std::vector<std::string>{"check.placeholder"});
    EXPECT_EQ(codes(check_with("con CURP MAMM900312MGRRRR03", "con CURP ( )"), Severity::error),
              std::vector<std::string>{"check.placeholder"});
    const auto curp = check_with("MAMM900312MGRRRR03", "MAMM900312MGRRRR04");
    EXPECT_EQ(codes(curp, Severity::error), std::vector<std::string>{"id.check_digit"});
    EXPECT_EQ(find(curp, "id.check_digit")->param("line"), "4");
}

TEST(ContractCheck, AMinorAndAMissingSupervisorAreErrors) {
    EXPECT_EQ(codes(check_with("de 34 años de edad", "de 17 años de edad"), Severity::error),
              std::vector<std::string>{"check.minor"});
    EXPECT_EQ(codes(check_with("designa a la Dra. Ana Díaz para recibir los informes", "conserva los informes"),
                    Severity::error),
              std::vector<std::string>{"check.supervisor_missing"});
}

TEST(ContractCheck, HiddenDataIsUnverifiableNeverAnError) {
    const auto hidden = check_with("de 34 años de edad, con CURP MAMM900312MGRRRR03", "de [REDACTED] años de edad, con CURP XXXXXXXXXXXXXXXXXX");
    EXPECT_TRUE(codes(hidden, Severity::error).empty());
    const auto unverifiable = codes(hidden, Severity::unverifiable);
    EXPECT_NE(std::find(unverifiable.begin(), unverifiable.end(), "check.age_hidden"), unverifiable.end());
    EXPECT_NE(std::find(unverifiable.begin(), unverifiable.end(), "check.identity_hidden"), unverifiable.end());
    const auto amount = check_with("$13,771.66", "$[ELIMINADO: importe]");
    EXPECT_TRUE(codes(amount, Severity::error).empty());
}

TEST(ContractCheck, RecordsShowOverlapsAndSignatoriesWithoutPowers) {
    CheckContext context;
    context.records_known = true;
    context.other_contracts = {{"GRO-2024-0007", *Date::from_ymd(2024, 6, 1), *Date::from_ymd(2024, 12, 31)},
                               {"GRO-2023-0100", *Date::from_ymd(2023, 1, 1), *Date::from_ymd(2023, 12, 31)}};
    context.signatories = {{"Jorge Ruiz", *Date::from_ymd(2024, 2, 1), std::nullopt},
                           {"Ana Díaz", *Date::from_ymd(2020, 1, 1), std::nullopt}};
    const auto findings = check_contract_text(lines_of(good), context);
    EXPECT_EQ(codes(findings, Severity::error), (std::vector<std::string>{"check.overlap", "check.powers"}));
    EXPECT_EQ(find(findings, "check.overlap")->param("folio"), "GRO-2024-0007");
    EXPECT_EQ(find(findings, "check.powers")->param("name"), "Jorge Ruiz");
    EXPECT_TRUE(codes(findings, Severity::unverifiable).empty());
}

TEST(ContractCheck, APeruvianContractListsItsInstalments) {
    const std::string peru = R"(CONTRATO DE LOCACIÓN DE SERVICIOS
PRIMERA.- OBJETO. EL LOCADOR se obliga a prestar el servicio de asistencia técnica.
SEGUNDA.- RETRIBUCIÓN. LA ENTIDAD pagará una retribución total de S/ 10,000.00 (DIEZ MIL CON 00/100 SOLES), en 3 armadas: la primera de S/ 3,333.33, la segunda de S/ 3,333.33 y la tercera de S/ 3,333.34. La conformidad la otorga el Jefe de Abastecimiento.
TERCERA.- PLAZO. El plazo de ejecución es de 2 meses.
CUARTA.- RESOLUCIÓN. Las partes pueden resolver el contrato.
QUINTA.- JURISDICCIÓN. Las partes se someten a los jueces de Lima.
En señal de conformidad, se suscribe en Lima, el 2 de enero de 2025.
)";
    EXPECT_TRUE(codes(check_contract_text(lines_of(peru)), Severity::error).empty());
    std::string wrong = peru;
    wrong.replace(wrong.find("3,333.34"), 8, "3,333.30");
    EXPECT_EQ(codes(check_contract_text(lines_of(wrong)), Severity::error),
              std::vector<std::string>{"check.instalments_sum"});
}

TEST(NumberWords, ReadBackWhatCardinalWordsWrite) {
    EXPECT_EQ(parse_cardinal_words("Sesenta y ocho mil ochocientos cincuenta y ocho"), 68858U);
    EXPECT_EQ(parse_cardinal_words("un millón doscientos mil uno"), 1'200'001U);
    EXPECT_EQ(parse_cardinal_words("DOS MIL MILLONES"), 2'000'000'000U);
    EXPECT_EQ(parse_cardinal_words("veintiún"), 21U);
    std::string unknown;
    EXPECT_EQ(parse_cardinal_words("Seenta y ocho", &unknown), std::nullopt);
    EXPECT_EQ(unknown, "seenta");
}

}  // namespace
}  // namespace pacta::domain
