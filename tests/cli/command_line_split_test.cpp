// The word splitter of «pacta-cli lote»: shell quoting, escapes, and where an error is.
#include "command_line_split.h"

#include <gtest/gtest.h>

namespace pacta::cli {
namespace {

using Words = std::vector<std::string>;

Words words_of(std::string_view line) {
    const auto split = split_command_line(line);
    EXPECT_FALSE(split.error) << line;
    return split.words;
}

SplitError error_of(std::string_view line) {
    const auto split = split_command_line(line);
    EXPECT_TRUE(split.error) << line;
    return split.error.value_or(SplitError{SplitProblem::trailing_backslash, 0});
}

TEST(CommandLineSplit, BlanksSeparateWordsAndRunsOfThemCountOnce) {
    EXPECT_EQ(words_of("personal buscar martinez"), (Words{"personal", "buscar", "martinez"}));
    EXPECT_EQ(words_of("  contrato \t listar  "), (Words{"contrato", "listar"}));
    EXPECT_EQ(words_of(""), Words{});
    EXPECT_EQ(words_of("   "), Words{});
}

TEST(CommandLineSplit, QuotesKeepSpacesAndJoinWithWhatTouchesThem) {
    EXPECT_EQ(words_of(R"(contrato mover MX-1 en_revision --motivo "listo para revisión")"),
              (Words{"contrato", "mover", "MX-1", "en_revision", "--motivo", "listo para revisión"}));
    EXPECT_EQ(words_of("personal buscar 'Núñez Pérez'"), (Words{"personal", "buscar", "Núñez Pérez"}));
    EXPECT_EQ(words_of(R"(--motivo="dos palabras")"), Words{"--motivo=dos palabras"});
    EXPECT_EQ(words_of(R"(a'b c'"d e"f)"), Words{"ab cd ef"});
}

TEST(CommandLineSplit, EmptyQuotesAreAnEmptyWord) {
    EXPECT_EQ(words_of(R"(revision resolver 3 --respuesta "")"), (Words{"revision", "resolver", "3", "--respuesta", ""}));
    EXPECT_EQ(words_of("x '' y"), (Words{"x", "", "y"}));
}

TEST(CommandLineSplit, SingleQuotesKeepEverythingLiterally) {
    EXPECT_EQ(words_of(R"('a\b "c"' d)"), (Words{R"(a\b "c")", "d"}));
}

TEST(CommandLineSplit, InsideDoubleQuotesABackslashEscapesOnlyQuoteAndBackslash) {
    EXPECT_EQ(words_of(R"("dijo \"sí\"")"), Words{R"(dijo "sí")"});
    EXPECT_EQ(words_of(R"("C:\\ruta")"), Words{R"(C:\ruta)"});
    EXPECT_EQ(words_of(R"("a\n")"), Words{R"(a\n)"});
    EXPECT_EQ(words_of(R"("it's")"), Words{"it's"});
}

TEST(CommandLineSplit, OutsideQuotesABackslashTakesTheNextCharacterAsItIs) {
    EXPECT_EQ(words_of(R"(dos\ palabras \'x\' \\)"), (Words{"dos palabras", "'x'", R"(\)"}));
    EXPECT_EQ(words_of(R"(\ñ)"), Words{"ñ"});
}

TEST(CommandLineSplit, AHashInsideALineIsPartOfTheWord) {
    // Only whole comment lines are skipped (by the file reader); «#3» is an ordinary word.
    EXPECT_EQ(words_of("revision lista p --punto #3"), (Words{"revision", "lista", "p", "--punto", "#3"}));
}

TEST(CommandLineSplit, AWindowsLineEndIsNotPartOfTheLastWord) {
    EXPECT_EQ(words_of("contrato listar\r"), (Words{"contrato", "listar"}));
}

TEST(CommandLineSplit, AnUnclosedQuoteIsReportedWhereItOpens) {
    const auto double_quote = error_of(R"(contrato mover X --motivo "sin cerrar)");
    EXPECT_EQ(double_quote.problem, SplitProblem::unclosed_double_quote);
    EXPECT_EQ(double_quote.column, 27U);
    const auto single_quote = error_of("personal buscar 'Núñez");
    EXPECT_EQ(single_quote.problem, SplitProblem::unclosed_single_quote);
    EXPECT_EQ(single_quote.column, 17U);
    // An escaped quote closes nothing.
    EXPECT_EQ(error_of(R"("a\")").problem, SplitProblem::unclosed_double_quote);
}

TEST(CommandLineSplit, ColumnsCountCharactersNotBytes) {
    // «revisión» and «ñ» are two bytes each in UTF-8, one column each.
    EXPECT_EQ(error_of(R"(revisión ñ ")").column, 12U);
    EXPECT_EQ(error_of(R"(\ñ ')").column, 4U);
}

TEST(CommandLineSplit, ABackslashAtTheEndEscapesNothing) {
    const auto error = error_of(R"(personal buscar x\)");
    EXPECT_EQ(error.problem, SplitProblem::trailing_backslash);
    EXPECT_EQ(error.column, 18U);
}

}  // namespace
}  // namespace pacta::cli
