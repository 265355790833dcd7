#include "pacta/domain/gender_agreement.h"

#include <map>
#include <set>

#include "pacta/domain/text_case.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

// Feminines no ending rule gives: articles and determiners, apocopated forms, titles with
// their own feminine, and nationalities written in capitals without their accent.
const std::map<std::string, std::string, std::less<>>& irregular() {
    static const std::map<std::string, std::string, std::less<>> words = {
        {"el", "la"},           {"los", "las"},           {"un", "una"},
        {"unos", "unas"},       {"del", "de la"},         {"al", "a la"},
        {"este", "esta"},       {"estos", "estas"},       {"ese", "esa"},
        {"esos", "esas"},       {"aquel", "aquella"},     {"aquellos", "aquellas"},
        {"algún", "alguna"},    {"ningún", "ninguna"},    {"buen", "buena"},
        {"primer", "primera"},  {"tercer", "tercera"},    {"don", "doña"},
        {"jefe", "jefa"},       {"jefes", "jefas"},       {"subjefe", "subjefa"},
        {"presidente", "presidenta"}, {"presidentes", "presidentas"},
        {"vicepresidente", "vicepresidenta"},
        {"juez", "jueza"},      {"jueces", "juezas"},     {"alcalde", "alcaldesa"},
        {"alcaldes", "alcaldesas"}, {"actor", "actriz"},  {"actores", "actrices"},
        {"emperador", "emperatriz"}, {"sirviente", "sirvienta"},
        {"español", "española"}, {"españoles", "españolas"}, {"andaluz", "andaluza"},
        // Abbreviated titles ("Dr." -> "Dra."; the dot stays as punctuation).
        {"dr", "dra"},          {"dres", "dras"},         {"sr", "sra"},
        {"sres", "sras"},       {"prof", "profa"},
        // Capitals often drop the accent: "INGLES", "ALEMAN".
        {"ingles", "inglesa"},  {"frances", "francesa"},  {"aleman", "alemana"},
        {"portugues", "portuguesa"}, {"japones", "japonesa"}, {"holandes", "holandesa"},
        {"irlandes", "irlandesa"}, {"escoces", "escocesa"}, {"danes", "danesa"},
        {"finlandes", "finlandesa"}, {"libanes", "libanesa"}, {"catalan", "catalana"},
    };
    return words;
}

// Words whose ending looks masculine but that do not vary: conjunctions and particles,
// nouns shared by both sexes ("la testigo"), comparatives, and nouns in -és/-ón/-or.
const std::set<std::string, std::less<>>& invariant() {
    static const std::set<std::string, std::less<>> words = {
        "o", "u", "y", "e", "no", "nro", "como", "pero", "cuando", "tampoco", "sino", "lo", "yo", "dos", "número",
        "testigo", "testigos", "miembro", "miembros", "modelo", "modelos", "soprano", "piloto", "pilotos",
        "cabo", "cabos", "sargento", "sargentos", "soldado", "soldados",
        "mayor", "mayores", "menor", "menores", "mejor", "mejores", "peor", "peores", "superior", "superiores",
        "inferior", "inferiores", "interior", "interiores", "exterior", "exteriores", "anterior", "anteriores",
        "posterior", "posteriores", "ulterior", "ulteriores", "junior", "júnior", "senior", "sénior",
        "cortés", "descortés", "interés", "intereses", "través", "revés", "estrés", "mes", "meses",
        "varón", "varones", "sector", "valor", "labor", "honor", "favor", "color", "error",
        "asimismo", "luego", "pronto", "después", "están", "por", "bajo",  // adverbs, a verb, prepositions
    };
    return words;
}

// The agreement of the words before them stops here ("jefe de la unidad").
const std::set<std::string, std::less<>>& prepositions() {
    static const std::set<std::string, std::less<>> words = {
        "a",     "al",    "ante",  "bajo",  "con",  "contra",   "de",   "del",   "desde", "durante", "en",
        "entre", "hacia", "hasta", "mediante", "para", "por", "según", "sin", "sobre", "tras", "vía",
    };
    return words;
}

// A relative clause follows: its verb and object keep their gender ("el que suscribe el contrato").
const std::set<std::string, std::less<>>& clause_openers() {
    static const std::set<std::string, std::less<>> words = {"que", "quien", "quienes", "cuyo", "cuyos", "donde"};
    return words;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Replaces `from` at the end of `w` (known to be there) with `to`.
std::string swap_end(std::string_view w, std::string_view from, std::string_view to) {
    return std::string(w.substr(0, w.size() - from.size())) + std::string(to);
}

// The feminine of a lower-case word; the word itself when it does not vary.
std::string feminine_lower(std::string_view w) {
    if (const auto it = irregular().find(w); it != irregular().end()) return it->second;
    if (invariant().count(w) != 0) return std::string(w);
    // Plurals first, so "-ores" is not read as "-es".
    if (ends_with(w, "ores")) return swap_end(w, "es", "as");
    if (w.size() > 2 && ends_with(w, "os")) return swap_end(w, "os", "as");
    if (ends_with(w, "eses")) return swap_end(w, "es", "as");
    if (ends_with(w, "anes") || ends_with(w, "ines")) return swap_end(w, "es", "as");
    if (ends_with(w, "ones") && !ends_with(w, "iones")) return swap_end(w, "es", "as");
    // Singulars.
    if (ends_with(w, "or")) return std::string(w) + "a";
    if (w.size() > 1 && ends_with(w, "o")) return swap_end(w, "o", "a");
    if (ends_with(w, "és")) return swap_end(w, "és", "esa");
    // "-rán" is a verb's future ("serán", "prestarán"), not a noun like "capitán".
    if (ends_with(w, "án") && !ends_with(w, "rán")) return swap_end(w, "án", "ana");
    if (ends_with(w, "ín")) return swap_end(w, "ín", "ina");
    // "-ión" words are feminine nouns (administración, unión), not persons; "anfitrión" is.
    if (ends_with(w, "ón") && (!ends_with(w, "ión") || w == "anfitrión")) return swap_end(w, "ón", "ona");
    // -e, -a, -ista, -ante, -ente, -l, -ar, -z and the rest do not vary.
    return std::string(w);
}

// The feminine of a word's letters (no punctuation around), in the word's case. Words with
// dots or apostrophes inside ("C.P", "O'Higgins") stay; in a hyphenated word only the last
// part agrees ("técnico-administrativa").
std::string feminine_core(std::string_view core) {
    if (const auto hyphen = core.rfind('-'); hyphen != std::string_view::npos) {
        return std::string(core.substr(0, hyphen + 1)) + feminine_core(core.substr(hyphen + 1));
    }
    for (char32_t c : decode_utf8(core)) {
        if (!is_letter(c)) return std::string(core);
    }
    const std::string lower = to_lower_es(core);
    const std::string feminine = feminine_lower(lower);
    if (feminine == lower) return std::string(core);  // keeps any unusual case as written
    return with_word_case(feminine, word_case(core));
}

// A word split into its punctuation and letters: "(contador," -> "(", "contador", ",".
struct Token {
    std::string prefix, core, suffix;
};

Token split_token(std::string_view word) {
    const std::u32string cps = decode_utf8(word);
    std::size_t first = 0;
    while (first < cps.size() && !is_letter(cps[first])) ++first;
    std::size_t last = cps.size();
    while (last > first && !is_letter(cps[last - 1])) --last;
    return {encode_utf8(cps.substr(0, first)), encode_utf8(cps.substr(first, last - first)),
            encode_utf8(cps.substr(last))};
}

std::string feminine_token(const Token& t) {
    if (t.core.empty()) return t.prefix + t.suffix;
    return t.prefix + feminine_core(t.core) + t.suffix;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0; }

}  // namespace

std::string feminine_word(std::string_view word) { return feminine_token(split_token(word)); }

std::string agree_phrase(std::string_view masculine_phrase, bool feminine) {
    if (!feminine) return std::string(masculine_phrase);
    const std::u32string cps = decode_utf8(masculine_phrase);
    std::string out;
    out.reserve(masculine_phrase.size() + 8);
    bool leading = true;    // only prepositions so far ("del prestador")
    bool agreeing = true;   // no complement or relative clause begun yet
    std::size_t i = 0;
    while (i < cps.size()) {
        if (is_space(cps[i])) {
            out += encode_utf8(cps[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < cps.size() && !is_space(cps[end])) ++end;
        const std::string word = encode_utf8(cps.substr(i, end - i));
        i = end;
        const Token token = split_token(word);
        const std::string key = to_lower_es(token.core);
        if (!agreeing || token.core.empty()) {
            out += word;
        } else if (prepositions().count(key) != 0) {
            // Opening the phrase it belongs to the person ("al contratado" -> "a la contratada");
            // after a word it begins that word's complement.
            if (leading) {
                out += feminine_token(token);
            } else {
                agreeing = false;
                out += word;
            }
        } else if (clause_openers().count(key) != 0) {
            agreeing = false;
            out += word;
        } else {
            leading = false;
            out += feminine_token(token);
        }
    }
    return out;
}

}  // namespace pacta::domain
