#include "pacta/locale/finding_messages.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "pacta/domain/identity.h"
#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"

namespace pacta::locale {
namespace {

class FindingMessages : public testing::Test {
protected:
    void SetUp() override { set_language(PACTA_MESSAGES_DIR, "es"); }
};

// Every finding code written in domain/ has a message of its own: scanning the sources
// means a new rule cannot ship with only the generic fallback text.
TEST_F(FindingMessages, EveryDomainCodeHasAMessage) {
    const std::regex code_literal(
        R"rx("((?:id|curp|rfc|dni|ruc|money|number|ordinal|copies|date|term|age|template|data|json|csv|batch|schedule|withholding|instalment|termination)\.[a-z_]+)")rx");
    std::set<std::string> codes;
    std::vector<std::filesystem::directory_entry> sources;
    for (const char* dir : {PACTA_SOURCE_DIR "/domain/src", PACTA_SOURCE_DIR "/document/src",
                            PACTA_SOURCE_DIR "/app/presentation/src"}) {
        for (const auto& entry : std::filesystem::directory_iterator(dir)) sources.push_back(entry);
    }
    for (const auto& entry : sources) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), code_literal), end; it != end; ++it) {
            codes.insert((*it)[1]);
        }
    }
    EXPECT_GT(codes.size(), 70u);
    for (const auto& code : codes) EXPECT_TRUE(has_message(code)) << code;
}

TEST_F(FindingMessages, CheckDigitMessageSaysWhatWhereAndHow) {
    const auto check = domain::validate_curp("BOXW310820HNERXN08");
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(describe(check.findings[0]),
              "CURP: el dígito verificador (posición 18) es «8» y debería ser «9»; probablemente hay "
              "un error de captura: compárelo con el documento original.");
}

TEST_F(FindingMessages, StructureMessageIncludesExpectedFormat) {
    const auto check = domain::validate_clabe("00201007777777777X");
    ASSERT_FALSE(check.findings.empty());
    EXPECT_EQ(describe(check.findings[0]),
              "CLABE: en la posición 18 debe ir un dígito y hay «X». Formato esperado: 18 dígitos: "
              "banco, plaza, cuenta y dígito verificador.");
}

// A date a message names reads dd/mm/aaaa; what is not a real date is quoted as typed.
TEST_F(FindingMessages, DatesInAMessageReadAsTheInstitutionWritesThem) {
    domain::Finding f("contract.powers_not_valid", domain::Severity::error, "firmante.representante");
    f.with("field_label", "Firmante «Representante»").with("value", "Rosa Ramírez").with("date", "2024-01-20");
    EXPECT_EQ(describe(f), "Firmante «Representante»: los poderes de «Rosa Ramírez» no están vigentes el 20/01/2024; elija "
                           "otro firmante o actualice los poderes.");
    domain::Finding typed("contract.powers_not_valid", domain::Severity::error, "firmante.representante");
    typed.with("value", "Rosa Ramírez").with("date", "2024-02-30");
    EXPECT_NE(describe(typed).find("2024-02-30"), std::string::npos);
}

TEST_F(FindingMessages, MoneyMessageNamesFieldAndColumn) {
    const auto parsed = domain::parse_money("68858.3O", domain::Currency::MXN);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(describe(parsed.findings[0]),
              "Importe: «O» (columna 8) no forma parte de un importe; use dígitos, coma para los miles y "
              "punto para los centavos, como en 68,858.30.");
}

TEST_F(FindingMessages, NoPlaceholderIsLeftUnfilled) {
    std::vector<domain::Finding> samples;
    for (const char* value : {"", "X", "BOXW310820HNERXN08", "B0XW310820HNERXN09", "BOXW310820XNERXN09",
                              "BOXW310820HZZRXN09", "BOXW310820HNEAXN09", "BOXW310230HNERXN09"}) {
        auto c = domain::validate_curp(value);
        samples.insert(samples.end(), c.findings.begin(), c.findings.end());
    }
    for (const char* value : {"GODE561231GR9", "XAXX010101000", "GODE561331GR8", "GODE561231GRB", "GODE5"}) {
        auto c = domain::validate_rfc(value);
        samples.insert(samples.end(), c.findings.begin(), c.findings.end());
    }
    for (const char* value : {"10117410-3", "1011"}) {
        auto c = domain::validate_dni(value);
        samples.insert(samples.end(), c.findings.begin(), c.findings.end());
    }
    for (const char* value : {"30512333797", "20512333798"}) {
        auto c = domain::validate_ruc(value);
        samples.insert(samples.end(), c.findings.begin(), c.findings.end());
    }
    for (const char* value : {"-5", "1.500", "1.505.5", "12,34,567", "1000000000000", "S/ 4", "x", "5.123"}) {
        auto p = domain::parse_money(value, domain::Currency::MXN);
        samples.insert(samples.end(), p.findings.begin(), p.findings.end());
    }
    ASSERT_GT(samples.size(), 20u);
    for (const auto& f : samples) {
        const std::string message = describe(f);
        EXPECT_EQ(message.find('{'), std::string::npos) << f.code << ": " << message;
        EXPECT_NE(message.find(':'), std::string::npos) << f.code;
    }
}

TEST_F(FindingMessages, SeverityLabelsInSpanish) {
    EXPECT_EQ(severity_label(domain::Severity::error), "error");
    EXPECT_EQ(severity_label(domain::Severity::warning), "advertencia");
    EXPECT_EQ(severity_label(domain::Severity::unverifiable), "no verificable");
}

TEST_F(FindingMessages, UnknownCodeStillSaysSomethingPrecise) {
    const domain::Finding f("nuevo.codigo", domain::Severity::error, "curp");
    EXPECT_FALSE(has_message(f.code));
    EXPECT_EQ(describe(f), "CURP: no se cumple la regla nuevo.codigo.");
}

// What a step of an instalment needs is named in words, for the desktop as for the command line.
TEST_F(FindingMessages, AMissingStepDetailIsNamedInWords) {
    domain::Finding f("instalment.missing", domain::Severity::error, "exhibiciones[2]");
    f.with("needs", "cfdi_o_recibo");
    const auto text = describe(f);
    EXPECT_NE(text.find("el folio fiscal del CFDI o el número del recibo"), std::string::npos) << text;
    EXPECT_EQ(text.find("--"), std::string::npos) << text;
    // The instalment as people count it, not the path of a list.
    EXPECT_EQ(text.rfind("Exhibición 2: ", 0), 0U) << text;
    EXPECT_EQ(field_label("exhibiciones[3].importe"), "exhibición 3, importe");
    EXPECT_EQ(field_label("tarifa"), "tabla de retención");
    EXPECT_EQ(field_label("exhibiciones[x]"), "exhibiciones[x]");
}

}  // namespace
}  // namespace pacta::locale
