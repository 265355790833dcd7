// The bundled IMSS-Bienestar template, filled with its example data, must read word for word
// like the signed reference contract (tests/fixtures/reference). The public version is
// compared, so the reference's [REDACTED] meets Pacta's own redaction. The only differences
// allowed are the ones the templates issue lists; anything else fails with its context.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/document/template_library.h"

namespace pacta::document {
namespace {

const std::string signing_line_end = "EL 29 DE ENERO DE 2024.";

std::vector<std::string> words_of(std::string text) {
    // Markup and escapes carry no words (nor does the stray footnote mark in "2010\\*").
    text.erase(std::remove(text.begin(), text.end(), '*'), text.end());
    text.erase(std::remove(text.begin(), text.end(), '\\'), text.end());
    text.erase(std::remove(text.begin(), text.end(), '#'), text.end());
    std::istringstream in(text);
    std::vector<std::string> words;
    static const std::string punctuation = ".,;:\"()";
    for (std::string w; in >> w;) {
        if (w == "-") continue;                                                    // bullet
        if (w.size() == 2 && w[0] >= 'a' && w[0] <= 'g' && w[1] == ')') continue;  // list letter
        if (w.size() >= 2 && std::all_of(w.begin(), w.end() - 1, ::isdigit) && w.back() == '.' &&
            w.size() <= 3) {
            continue;  // "1." of a numbered list
        }
        while (!w.empty() && punctuation.find(w.back()) != std::string::npos) w.pop_back();
        while (!w.empty() && punctuation.find(w.front()) != std::string::npos) w.erase(0, 1);
        if (!w.empty()) words.push_back(w);
    }
    return words;
}

struct Hunk {
    std::size_t ref_at;
    std::vector<std::string> ref;
    std::vector<std::string> ours;
};

// Word-level longest-common-subsequence diff.
std::vector<Hunk> diff(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::uint16_t>> lcs(n + 1, std::vector<std::uint16_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] = a[i] == b[j] ? static_cast<std::uint16_t>(lcs[i + 1][j + 1] + 1)
                                     : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::vector<Hunk> hunks;
    Hunk current{0, {}, {}};
    auto flush = [&]() {
        if (!current.ref.empty() || !current.ours.empty()) hunks.push_back(current);
        current = Hunk{0, {}, {}};
    };
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            flush();
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            if (current.ref.empty() && current.ours.empty()) current.ref_at = i;
            current.ours.push_back(b[j++]);
        } else {
            if (current.ref.empty() && current.ours.empty()) current.ref_at = i;
            current.ref.push_back(a[i++]);
        }
    }
    flush();
    return hunks;
}

// The reference's typos and unaccented names, and what Pacta writes instead.
const std::map<std::string, std::string>& corrections() {
    static const std::map<std::string, std::string> c = {
        {"Seenta", "Sesenta"},     // amount in words
        {"notaria", "notaría"},    {"publica", "pública"}, {"quedo", "quedó"},
        {"Unica", "Única"},        {"éste", "este"},       // "objeto de éste contrato"
        {"MARIA", "MARÍA"},        {"MARTINEZ", "MARTÍNEZ"}, {"Juarez", "Juárez"},
        {"JUAREZ", "JUÁREZ"},
    };
    return c;
}

bool allowed(const Hunk& h, const std::vector<std::string>& ref) {
    // "EL PRESTADOR DE SERVICIOS" made consistent with the defined term "DE LOS SERVICIOS".
    if (h.ref.empty() && h.ours == std::vector<std::string>{"LOS"} && h.ref_at >= 2 && ref[h.ref_at - 1] == "DE" &&
        ref[h.ref_at - 2] == "PRESTADOR") {
        return true;
    }
    if (h.ref.size() != h.ours.size()) return false;
    for (std::size_t k = 0; k < h.ref.size(); ++k) {
        const auto it = corrections().find(h.ref[k]);
        if (it == corrections().end() || it->second != h.ours[k]) return false;
    }
    return true;
}

std::string context(const std::vector<std::string>& words, std::size_t at) {
    std::string out;
    for (std::size_t k = at >= 6 ? at - 6 : 0; k < std::min(words.size(), at + 6); ++k) out += words[k] + " ";
    return out;
}

std::string join(const std::vector<std::string>& w) {
    std::string out;
    for (const auto& s : w) out += (out.empty() ? "" : " ") + s;
    return out;
}

class ReferenceComparison : public testing::Test {
protected:
    void SetUp() override {
        const std::string dir = PACTA_SOURCE_DIR "/document/plantillas/";
        auto parsed = load_template(dir + "imss-bienestar-honorarios.md");
        ASSERT_TRUE(parsed.value) << parsed.findings.front().code;
        const auto json = read_file(dir + "imss-bienestar-honorarios.ejemplo.json");
        ASSERT_TRUE(json);
        auto data = parse_json_data(*json, "ejemplo");
        ASSERT_TRUE(data.value);
        generation_ = generate(*parsed.value, *data.value);
        ASSERT_TRUE(generation_.document) << generation_.findings.front().code << " "
                                          << generation_.findings.front().field;
    }
    Generation generation_;
};

TEST_F(ReferenceComparison, PublicVersionReadsLikeTheSignedContract) {
    RenderOptions options;
    options.public_version = true;
    options.legend = "[REDACTED]";
    std::string ours = render_text(*generation_.document, options);
    std::string ref = *read_file(PACTA_FIXTURES_DIR "/reference/contrato-honorarios-imss-bienestar-2024.md");
    ASSERT_NE(ref.find(signing_line_end), std::string::npos);
    ASSERT_NE(ours.find(signing_line_end), std::string::npos);
    ref.resize(ref.find(signing_line_end) + signing_line_end.size());
    ours.resize(ours.find(signing_line_end) + signing_line_end.size());

    const auto ref_words = words_of(ref);
    const auto our_words = words_of(ours);
    ASSERT_GT(ref_words.size(), 3000u);
    int unexplained = 0;
    std::size_t explained = 0;
    for (const auto& h : diff(ref_words, our_words)) {
        if (allowed(h, ref_words)) {
            ++explained;
            continue;
        }
        ++unexplained;
        ADD_FAILURE() << "diferencia no permitida cerca de «" << context(ref_words, h.ref_at) << "»\n"
                      << "  referencia: " << join(h.ref) << "\n  Pacta:      " << join(h.ours);
    }
    EXPECT_EQ(unexplained, 0);
    // The typo, the accents and "DE LOS SERVICIOS" are there to be explained.
    EXPECT_GE(explained, 5u);
}

TEST_F(ReferenceComparison, SignatureBlockHasTheFiveSignatoriesWithNamedFields) {
    const Block* signatures = nullptr;
    for (const auto& b : generation_.document->blocks) {
        if (b.kind == Block::Kind::signatures) signatures = &b;
    }
    ASSERT_NE(signatures, nullptr);
    ASSERT_EQ(signatures->signatories.size(), 5u);
    EXPECT_EQ(signatures->signatories[0].field, "firma_representante");
    EXPECT_EQ(signatures->signatories[1].field, "firma_prestador");
    EXPECT_EQ(signatures->signatories[0].caption, "POR EL PROGRAMA");
    const std::string ref = *read_file(PACTA_FIXTURES_DIR "/reference/contrato-honorarios-imss-bienestar-2024.md");
    for (const char* title : {"JEFE DELEGACIONAL DE", "ENCARGADA DELEGACIONAL DE", "EN SU CARÁCTER DE ENCARGADO"}) {
        EXPECT_NE(ref.find(title), std::string::npos) << title;
    }
}

TEST_F(ReferenceComparison, FifteenClausesInOrderAndComputedFigures) {
    std::vector<std::string> ordinals;
    for (const auto& b : generation_.document->blocks) {
        if (b.kind == Block::Kind::clause) ordinals.push_back(b.clause_ordinal);
    }
    ASSERT_EQ(ordinals.size(), 15u);
    EXPECT_EQ(ordinals.front(), "PRIMERA");
    EXPECT_EQ(ordinals.back(), "DÉCIMA QUINTA");
    const std::string text = render_text(*generation_.document);
    EXPECT_NE(text.find("$68,858.30 (Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.)"),
              std::string::npos);
    EXPECT_NE(text.find("en 5 exhibiciones, cada una por la cantidad de $13,771.66 (Trece mil setecientos "
                        "setenta y un pesos 66/100 M.N.)"),
              std::string::npos);
    EXPECT_NE(text.find("vigencia de 5 meses que inicia el 01 de febrero de 2024 y termina el 30 de junio de 2024"),
              std::string::npos);
    EXPECT_NE(text.find("de 33 años de edad"), std::string::npos);
}

}  // namespace
}  // namespace pacta::document
