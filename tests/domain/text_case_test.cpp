#include "pacta/domain/text_case.h"

#include <gtest/gtest.h>

#include "pacta/domain/utf8.h"

namespace pacta::domain {
namespace {

TEST(SentenceCase, LowersAllButTheFirstLetter) {
    EXPECT_EQ(sentence_case("MARÍA JOSÉ PÉREZ"), "María josé pérez");
    EXPECT_EQ(sentence_case("ÑANDÚ ÚNICO"), "Ñandú único");
    EXPECT_EQ(sentence_case("ÉL PRESTARÁ LOS SERVICIOS"), "Él prestará los servicios");
    EXPECT_EQ(sentence_case("¿QUIÉN FIRMA?"), "¿Quién firma?");
    EXPECT_EQ(sentence_case("  «CONTRATO» DE LOCACIÓN"), "  «Contrato» de locación");
    EXPECT_EQ(sentence_case("pingüino"), "Pingüino");
    EXPECT_EQ(sentence_case("3ER PISO"), "3er piso");
    EXPECT_EQ(sentence_case(""), "");
    EXPECT_EQ(sentence_case("..."), "...");
}

TEST(NameCase, CapitalisesWordsButNotParticles) {
    EXPECT_EQ(name_case("MARÍA JOSÉ DE LA CRUZ Ñ."), "María José de la Cruz Ñ.");
    EXPECT_EQ(name_case("maría josé de la cruz ñ."), "María José de la Cruz Ñ.");
    EXPECT_EQ(name_case("JUAN DEL CASTILLO Y LÓPEZ"), "Juan del Castillo y López");
    EXPECT_EQ(name_case("ANA LUCÍA DE LOS SANTOS E IBÁÑEZ"), "Ana Lucía de los Santos e Ibáñez");
    EXPECT_EQ(name_case("ROSA DE LAS MERCEDES"), "Rosa de las Mercedes");
    // A particle that opens the name is capitalised.
    EXPECT_EQ(name_case("DE LA CRUZ MARÍA"), "De la Cruz María");
    EXPECT_EQ(name_case("DEL RÍO"), "Del Río");
    // Every part of a hyphenated name, after an apostrophe, and initials.
    EXPECT_EQ(name_case("ANA PÉREZ-GÓMEZ"), "Ana Pérez-Gómez");
    EXPECT_EQ(name_case("BERNARDO O'HIGGINS"), "Bernardo O'Higgins");
    EXPECT_EQ(name_case("J.C. ÁVILA"), "J.C. Ávila");
    // Foreign letters of the Latin-1 block, and spacing as written.
    EXPECT_EQ(name_case("JOÃO  FRANÇOIS MÜLLER"), "João  François Müller");
    EXPECT_EQ(name_case("ÑUÑO ÑAHUI"), "Ñuño Ñahui");
    EXPECT_EQ(name_case(""), "");
}

TEST(NameCase, DecomposedAccentsStayInsideTheWord) {
    // "MARÍA" with a combining acute accent (U+0301) after the I.
    EXPECT_EQ(name_case("MARI\u0301A JOSE\u0301"), "Mari\u0301a Jose\u0301");
}

TEST(WordCase, JudgedByTheLetters) {
    EXPECT_EQ(word_case("el"), WordCase::lower);
    EXPECT_EQ(word_case("El"), WordCase::capitalised);
    EXPECT_EQ(word_case("EL"), WordCase::upper);
    EXPECT_EQ(word_case("ÑANDÚ"), WordCase::upper);
    EXPECT_EQ(word_case("C"), WordCase::capitalised);
    EXPECT_EQ(word_case("McDonald"), WordCase::capitalised);
    EXPECT_EQ(word_case("(EL)"), WordCase::upper);
    EXPECT_EQ(with_word_case("doña", WordCase::upper), "DOÑA");
    EXPECT_EQ(with_word_case("de la", WordCase::capitalised), "De la");
    EXPECT_EQ(with_word_case("única", WordCase::capitalised), "Única");
    EXPECT_EQ(with_word_case("única", WordCase::lower), "única");
}

TEST(CaseMapping, CoversLatinOneLetters) {
    EXPECT_EQ(to_lower_es("JOÃO FRANÇOIS"), "joão françois");
    EXPECT_EQ(to_upper_es(U'ç'), U'Ç');
    EXPECT_EQ(to_upper_es(U'ß'), U'ß');
    EXPECT_EQ(to_lower_es("×÷"), "×÷");
    // capitalize_first is unchanged for its callers.
    EXPECT_EQ(capitalize_first("sesenta y ocho"), "Sesenta y ocho");
}

}  // namespace
}  // namespace pacta::domain
