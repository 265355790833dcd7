#include "pacta/domain/contract_check.h"

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>

#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/identity.h"
#include "pacta/domain/money.h"
#include "pacta/domain/number_words.h"
#include "pacta/domain/ordinals.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

// ---------------------------------------------------------------------------------------
// The text, cleaned of Markdown markup and flattened, with a way back to lines and clauses.

std::string clean_line(std::string line) {
    // A no-break space (U+00A0, as in "S/ 10,000.00") reads as a space.
    for (auto nbsp = line.find("\xC2\xA0"); nbsp != std::string::npos; nbsp = line.find("\xC2\xA0", nbsp)) {
        line.replace(nbsp, 2, " ");
    }
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '*' && i + 1 < line.size() && line[i + 1] == '*') {
            ++i;  // bold markers (underscores stay: a run of them is a blank to fill in)
            continue;
        }
        if (c == '\\' && i + 1 < line.size() && std::ispunct(static_cast<unsigned char>(line[i + 1]))) continue;
        out.push_back(c);
    }
    std::size_t start = out.find_first_not_of(" \t#>");
    if (start == std::string::npos) return {};
    out.erase(0, start);
    // List bullets, as Markdown writes them or as they come out of a PDF.
    for (const char* bullet : {"- ", "* ", "\xE2\x80\xA2", "\xE2\x80\x93 ", "\xE2\x97\xA6"}) {
        if (out.rfind(bullet, 0) == 0) {
            out.erase(0, std::string_view(bullet).size());
            out.erase(0, out.find_first_not_of(' ') == std::string::npos ? out.size() : out.find_first_not_of(' '));
            break;
        }
    }
    while (!out.empty() && (out.back() == '\r' || out.back() == ' ')) out.pop_back();
    return out;
}

struct Clause {
    int number = 0;
    std::string ordinal;  // as written
    std::size_t begin = 0, end = 0;
};

struct Text {
    std::string flat;   // cleaned lines joined by spaces
    std::string lower;  // the same, lower case (same byte offsets)
    std::vector<std::size_t> line_start;
    std::vector<int> pages;
    std::vector<std::pair<std::size_t, std::size_t>> redacted;
    std::vector<Clause> clauses;

    [[nodiscard]] std::size_t line_of(std::size_t offset) const {
        const auto it = std::upper_bound(line_start.begin(), line_start.end(), offset);
        return static_cast<std::size_t>(it - line_start.begin()) - 1;
    }
    [[nodiscard]] const Clause* clause_at(std::size_t offset) const {
        for (const auto& c : clauses) {
            if (offset >= c.begin && offset < c.end) return &c;
        }
        return nullptr;
    }
    [[nodiscard]] bool is_redacted(std::size_t begin, std::size_t end) const {
        return std::any_of(redacted.begin(), redacted.end(),
                           [&](const auto& r) { return r.first < end && begin < r.second; });
    }
};

Finding at(const Text& t, std::size_t offset, std::string code, Severity severity) {
    Finding f(std::move(code), severity, "texto");
    const std::size_t line = t.line_of(offset);
    f.with("line", std::to_string(line + 1));
    if (line < t.pages.size() && t.pages[line] > 0) f.with("page", std::to_string(t.pages[line]));
    if (const auto* c = t.clause_at(offset)) f.with("clause", c->ordinal);
    return f;
}

// Ordinal words of every style, folded, to their number.
struct OrdinalTable {
    std::map<std::string, int> number;
    std::map<std::string, OrdinalStyle> style;
};

const OrdinalTable& ordinals() {
    static const OrdinalTable table = [] {
        OrdinalTable t;
        for (const auto style : {OrdinalStyle::two_words, OrdinalStyle::classic, OrdinalStyle::one_word}) {
            for (int n = 1; n <= 100; ++n) {
                const std::string key = fold_spanish(clause_ordinal(n, style));
                t.number.emplace(key, n);
                t.style.emplace(key, style);
            }
        }
        return t;
    }();
    return table;
}

// "DÉCIMA PRIMERA.- ..." at the start of a cleaned line: the ordinal as written, or empty.
std::string heading_ordinal(const std::string& line) {
    std::string rest = line;
    const std::string folded_start = fold_spanish(rest.substr(0, std::min<std::size_t>(rest.size(), 12)));
    if (folded_start.rfind("clausula ", 0) == 0) rest.erase(0, rest.find(' ') + 1);
    const std::size_t limit = std::min<std::size_t>(rest.size(), 48);
    std::size_t end = std::string::npos;
    for (std::size_t i = 0; i < limit; ++i) {
        if (rest[i] == '.' || rest[i] == ':') {
            end = i;
            break;
        }
    }
    if (end == std::string::npos || end == 0) return {};
    std::string candidate = rest.substr(0, end);
    while (!candidate.empty() && candidate.back() == ' ') candidate.pop_back();
    // Ordinals are written in capitals in a heading.
    if (candidate != to_upper_es(candidate)) return {};
    return ordinals().number.contains(fold_spanish(candidate)) ? candidate : std::string();
}

Text prepare(const ContractText& input) {
    Text t;
    t.pages = input.pages;
    std::vector<std::string> cleaned;
    for (const auto& line : input.lines) cleaned.push_back(clean_line(line));
    for (const auto& line : cleaned) {
        t.line_start.push_back(t.flat.size());
        t.flat += line;
        t.flat += ' ';
    }
    t.lower = to_lower_es(t.flat);
    if (t.lower.size() != t.flat.size()) t.lower = t.flat;  // offsets must stay aligned
    static const std::regex markers(R"(\[REDACTED\]|\[ELIMINADO[^\]]*\]|X{4,})");
    for (auto it = std::sregex_iterator(t.flat.begin(), t.flat.end(), markers); it != std::sregex_iterator(); ++it) {
        const auto begin = static_cast<std::size_t>(it->position());
        t.redacted.emplace_back(begin, begin + static_cast<std::size_t>(it->length()));
    }
    // Clauses: numbered headings, each up to the next or to the closing paragraph.
    for (std::size_t i = 0; i < cleaned.size(); ++i) {
        const std::string ordinal = heading_ordinal(cleaned[i]);
        if (ordinal.empty()) continue;
        Clause c;
        c.ordinal = ordinal;
        c.number = ordinals().number.at(fold_spanish(ordinal));
        c.begin = t.line_start[i];
        t.clauses.push_back(c);
    }
    std::size_t closing = t.flat.size();
    for (const char* phrase : {"leído que fue", "en señal de conformidad", "leido que fue"}) {
        const auto at_phrase = t.lower.rfind(phrase);
        if (at_phrase != std::string::npos && (t.clauses.empty() || at_phrase > t.clauses.back().begin)) {
            closing = std::min(closing, at_phrase);
        }
    }
    for (std::size_t i = 0; i < t.clauses.size(); ++i) {
        t.clauses[i].end = i + 1 < t.clauses.size() ? t.clauses[i + 1].begin : closing;
    }
    return t;
}

// ---------------------------------------------------------------------------------------
// Dates

const std::string date_pattern =
    R"((\d{1,2}|primero) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) del? (?:año )?(\d{4}))";

struct FoundDate {
    std::size_t begin = 0, end = 0;
    std::optional<Date> date;  // nullopt: it does not exist (31 de febrero)
    std::string text;
};

std::vector<FoundDate> dates_in(const Text& t) {
    static const std::regex pattern(date_pattern);
    static const std::map<std::string, unsigned> months = {
        {"enero", 1},     {"febrero", 2},    {"marzo", 3},     {"abril", 4},      {"mayo", 5},
        {"junio", 6},     {"julio", 7},      {"agosto", 8},    {"septiembre", 9}, {"setiembre", 9},
        {"octubre", 10},  {"noviembre", 11}, {"diciembre", 12}};
    std::vector<FoundDate> out;
    for (auto it = std::sregex_iterator(t.lower.begin(), t.lower.end(), pattern); it != std::sregex_iterator(); ++it) {
        FoundDate d;
        d.begin = static_cast<std::size_t>(it->position());
        d.end = d.begin + static_cast<std::size_t>(it->length());
        d.text = t.flat.substr(d.begin, d.end - d.begin);
        const std::string day_text = (*it)[1];
        const unsigned day = day_text == "primero" ? 1U : static_cast<unsigned>(std::stoi(day_text));
        d.date = Date::from_ymd(std::stoi((*it)[3]), months.at((*it)[2]), day);
        out.push_back(d);
    }
    return out;
}

const FoundDate* first_date_after(const std::vector<FoundDate>& dates, std::size_t offset, std::size_t within) {
    for (const auto& d : dates) {
        if (d.begin >= offset && d.begin <= offset + within) return &d;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// Amounts

struct FoundAmount {
    std::size_t begin = 0, end = 0;
    Money money{0, Currency::MXN};
    std::string figure;
    std::optional<std::string> words;  // the parenthesis after it, when it holds "/100"
    std::size_t words_begin = 0, words_end = 0;
};

std::optional<std::int64_t> minor_units_of(const std::string& digits, const std::string& cents) {
    std::string whole;
    for (char c : digits) {
        if (c != ',') whole.push_back(c);
    }
    if (whole.empty() || whole.size() > 15) return std::nullopt;
    return std::stoll(whole) * 100 + (cents.empty() ? 0 : std::stoll(cents));
}

std::vector<FoundAmount> amounts_in(const Text& t) {
    static const std::regex pattern(R"((US\$|\$|S/\.?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?:\s*\(([^)]{0,300})\))?)");
    std::vector<FoundAmount> out;
    for (auto it = std::sregex_iterator(t.flat.begin(), t.flat.end(), pattern); it != std::sregex_iterator(); ++it) {
        const auto minor = minor_units_of((*it)[2], (*it)[3]);
        if (!minor) continue;
        FoundAmount a;
        a.begin = static_cast<std::size_t>(it->position());
        a.end = a.begin + static_cast<std::size_t>(it->length());
        const std::string symbol = (*it)[1];
        Currency currency = symbol.rfind("S/", 0) == 0 ? Currency::PEN : symbol == "US$" ? Currency::USD : Currency::MXN;
        a.figure = std::string((*it)[1]) + (*it)[2].str() + ((*it)[3].matched ? "." + (*it)[3].str() : "");
        if ((*it)[4].matched && (*it)[4].str().find("/100") != std::string::npos) {
            a.words = (*it)[4].str();
            a.words_begin = static_cast<std::size_t>(it->position(4));
            a.words_end = a.words_begin + static_cast<std::size_t>(it->length(4));
            const std::string folded = fold_spanish(*a.words);
            if (currency == Currency::MXN && folded.find("dolar") != std::string::npos) currency = Currency::USD;
        }
        a.money = Money(*minor, currency);
        out.push_back(std::move(a));
    }
    return out;
}

// Words compared as people read them: case, accents, dots and commas aside.
std::string comparable(std::string_view text) {
    std::string folded = fold_spanish(text);
    std::string out;
    for (char c : folded) {
        if (c == '.' || c == ',') continue;
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::string> split_words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

std::optional<Currency> currency_named(const std::string& folded_words) {
    if (folded_words.find("peso") != std::string::npos) return Currency::MXN;
    if (folded_words.find("sol") != std::string::npos) return Currency::PEN;
    if (folded_words.find("dolar") != std::string::npos) return Currency::USD;
    return std::nullopt;
}

// What the words say in minor units: the number words before the currency, and NN/100.
std::optional<std::int64_t> value_of_words(const std::string& words, std::string& unknown) {
    static const std::regex cents_pattern(R"((\d{1,2})\s*/\s*100)");
    std::smatch cents;
    const std::string folded = fold_spanish(words);
    if (!std::regex_search(folded, cents, cents_pattern)) return std::nullopt;
    std::string number_part = folded.substr(0, static_cast<std::size_t>(cents.position()));
    for (const char* stop : {" pesos", " peso", " soles", " sol", " dolares", " dolar", " con"}) {
        const auto at_stop = number_part.find(stop);
        if (at_stop != std::string::npos) number_part.erase(at_stop);
    }
    const auto whole = parse_cardinal_words(number_part, &unknown);
    if (!whole) return std::nullopt;
    return static_cast<std::int64_t>(*whole) * 100 + std::stoll(cents[1]);
}

void check_amounts(const Text& t, const std::vector<FoundAmount>& amounts, Findings& out) {
    for (const auto& a : amounts) {
        if (!a.words) continue;
        const std::string expected = amount_in_words(a.money, TextCase::sentence);
        if (t.is_redacted(a.begin, a.end)) {
            out.push_back(at(t, a.begin, "check.amount_hidden", Severity::unverifiable).with("found", a.figure));
            continue;
        }
        const std::string folded = fold_spanish(*a.words);
        if (const auto named = currency_named(folded); named && *named != a.money.currency()) {
            out.push_back(at(t, a.begin, "check.amount_currency", Severity::error)
                              .with("figure", a.figure)
                              .with("found", *a.words)
                              .with("expected", expected));
            continue;
        }
        if (comparable(*a.words) == comparable(expected)) continue;
        std::string unknown;
        const auto value = value_of_words(*a.words, unknown);
        if (value && *value == a.money.minor_units()) {
            out.push_back(at(t, a.begin, "check.amount_words_form", Severity::warning)
                              .with("figure", a.figure)
                              .with("found", *a.words)
                              .with("expected", expected));
            continue;
        }
        // Point at the first word that differs from the expected wording.
        const auto found_words = split_words(comparable(*a.words));
        const auto expected_words = split_words(comparable(expected));
        const auto original_words = split_words(*a.words);
        const auto correct_words = split_words(expected);
        std::size_t i = 0;
        while (i < found_words.size() && i < expected_words.size() && found_words[i] == expected_words[i]) ++i;
        Finding f = at(t, a.begin, "check.amount_words", Severity::error);
        f.with("figure", a.figure).with("found", *a.words).with("expected", expected);
        f.with("word", i < original_words.size() ? original_words[i] : std::string());
        f.with("correct", i < correct_words.size() ? correct_words[i] : std::string());
        f.with("says", value ? format_money(Money(*value, a.money.currency())) : std::string());
        out.push_back(std::move(f));
    }
}

// "en 5 exhibiciones, cada una por la cantidad de $13,771.66": count × amount = total.
void check_instalments(const Text& t, const std::vector<FoundAmount>& amounts, const CheckContext& context,
                       Findings& out) {
    static const std::regex pattern(R"(en\s+(\d+|[a-zñ]+)\s+(exhibiciones|armadas|cuotas|pagos|mensualidades|partes))");
    for (auto it = std::sregex_iterator(t.lower.begin(), t.lower.end(), pattern); it != std::sregex_iterator(); ++it) {
        const auto where = static_cast<std::size_t>(it->position());
        const std::string count_text = (*it)[1];
        std::optional<std::uint64_t> count;
        if (std::isdigit(static_cast<unsigned char>(count_text[0]))) {
            count = std::stoull(count_text);
        } else {
            count = parse_cardinal_words(count_text);
        }
        if (!count || *count == 0 || *count > 1000) continue;
        const FoundAmount* total = nullptr;
        const FoundAmount* each = nullptr;
        for (const auto& a : amounts) {
            if (a.end <= where && where - a.end < 400) total = &a;
            if (each == nullptr && a.begin > where && a.begin - where < 250 &&
                t.lower.substr(where, a.begin - where).find("cada una") != std::string::npos) {
                each = &a;
            }
        }
        if (total != nullptr && each == nullptr) {
            // "en 3 armadas: la primera de S/ 3,333.33, la segunda de ..." : the listed ones add up.
            static const std::regex sentence_end(R"(\.\s+[A-ZÁÉÍÓÚ])");
            std::smatch end_match;
            const std::string rest = t.flat.substr(where);
            const std::size_t end = std::regex_search(rest, end_match, sentence_end)
                                        ? where + static_cast<std::size_t>(end_match.position())
                                        : t.flat.size();
            std::vector<const FoundAmount*> listed;
            for (const auto& a : amounts) {
                if (a.begin > where && a.begin < end) listed.push_back(&a);
            }
            if (listed.size() != *count || t.is_redacted(total->begin, end)) continue;
            std::int64_t sum = 0;
            std::string found;
            for (const auto* a : listed) {
                sum += a->money.minor_units();
                found += (found.empty() ? "" : " + ") + format_money(a->money);
            }
            if (sum != total->money.minor_units()) {
                out.push_back(at(t, where, "check.instalments_sum", Severity::error)
                                  .with("found", found + " = " + format_money(Money(sum, total->money.currency())))
                                  .with("expected", format_money(total->money)));
            }
            return;
        }
        if (total == nullptr || each == nullptr) continue;
        if (t.is_redacted(total->begin, each->end)) continue;
        const std::int64_t n = static_cast<std::int64_t>(*count);
        const std::int64_t product = each->money.minor_units() * n;
        const std::int64_t difference = total->money.minor_units() - product;
        const std::string product_text = std::to_string(n) + " × " + format_money(each->money) + " = " +
                                         format_money(Money(product, each->money.currency()));
        if (difference == 0) {
            // agrees
        } else if (difference > 0 && difference < n) {
            out.push_back(at(t, where, "check.instalments_remainder", Severity::warning)
                              .with("found", product_text)
                              .with("expected", format_money(total->money))
                              .with("difference", format_money(Money(difference, total->money.currency()))));
        } else {
            out.push_back(at(t, where, "check.instalments_total", Severity::error)
                              .with("found", product_text)
                              .with("expected", format_money(total->money)));
        }
        if (context.schedule_total_minor && *context.schedule_total_minor != total->money.minor_units()) {
            out.push_back(at(t, where, "check.schedule_total", Severity::error)
                              .with("found", format_money(Money(*context.schedule_total_minor, total->money.currency())))
                              .with("expected", format_money(total->money)));
        }
        return;  // the fee clause states it once
    }
}

// ---------------------------------------------------------------------------------------
// Structure

struct Topic {
    const char* name;
    std::vector<const char*> keywords;  // folded
};

const std::vector<Topic>& topics_mx() {
    static const std::vector<Topic> topics = {
        {"objeto", {"se obliga a prestar", "encomienda", "objeto del presente", "consistentes en"}},
        {"honorarios", {"honorarios", "retribucion", "contraprestacion"}},
        {"vigencia", {"vigencia"}},
        {"confidencialidad", {"divulgar", "confidencial"}},
        {"conflicto de intereses", {"conflicto de interes", "patrocinar"}},
        {"no cesión de derechos", {"ceder"}},
        {"rescisión", {"rescindir", "rescision"}},
        {"terminación anticipada", {"terminado anticipadamente", "terminacion anticipada", "de manera anticipada"}},
        {"caso fortuito o fuerza mayor", {"fuerza mayor"}},
        {"relación no laboral", {"laboral"}},
        {"jurisdicción", {"jurisdiccion", "tribunales"}},
    };
    return topics;
}

const std::vector<Topic>& topics_pe() {
    static const std::vector<Topic> topics = {
        {"objeto", {"objeto", "se obliga a prestar", "contrata"}},
        {"retribución", {"retribucion", "honorarios", "contraprestacion"}},
        {"plazo", {"vigencia", "plazo"}},
        {"conformidad del servicio", {"conformidad"}},
        {"resolución", {"resolver", "resolucion", "rescindir"}},
        {"jurisdicción", {"jurisdiccion", "jueces", "tribunales", "arbitraje"}},
    };
    return topics;
}

void check_structure(const Text& t, const std::string& country, Findings& out) {
    if (t.clauses.empty()) {
        out.push_back(at(t, 0, "check.no_clauses", Severity::error));
        return;
    }
    // Ordinals in sequence, without gaps or repeats.
    const OrdinalStyle style = ordinals().style.at(fold_spanish(t.clauses.front().ordinal));
    int expected = 1;
    for (const auto& c : t.clauses) {
        if (c.number != expected) {
            out.push_back(at(t, c.begin, c.number < expected ? "check.clause_repeated" : "check.clause_gap", Severity::error)
                              .with("found", c.ordinal)
                              .with("expected", clause_ordinal(expected, style)));
        }
        expected = c.number + 1;
    }
    // The clauses the contract must have (an amendment, country empty, need not).
    for (const auto& topic : country.empty() ? std::vector<Topic>{} : country == "PE" ? topics_pe() : topics_mx()) {
        bool present = false;
        for (const auto& c : t.clauses) {
            const std::string body = fold_spanish(t.flat.substr(c.begin, c.end - c.begin));
            for (const char* k : topic.keywords) present = present || body.find(k) != std::string::npos;
        }
        if (!present) out.push_back(at(t, t.clauses.front().begin, "check.clause_missing", Severity::error).with("topic", topic.name));
    }
    // Every "cláusula DÉCIMA" names a clause that exists.
    static const std::regex reference(R"(cl(?:á|a)usulas?\s+([a-záéíóú]+(?:\s[a-záéíóú]+)?))");
    for (auto it = std::sregex_iterator(t.lower.begin(), t.lower.end(), reference); it != std::sregex_iterator(); ++it) {
        const auto where = static_cast<std::size_t>(it->position());
        // "la cláusula DÉCIMA PRIMERA": try two words, then one.
        const std::string words = fold_spanish((*it)[1].str());
        int number = 0;
        std::string written;
        if (const auto n = ordinals().number.find(words); n != ordinals().number.end()) {
            number = n->second;
            written = t.flat.substr(static_cast<std::size_t>(it->position(1)), static_cast<std::size_t>(it->length(1)));
        } else if (const auto first = ordinals().number.find(words.substr(0, words.find(' ')));
                   first != ordinals().number.end()) {
            number = first->second;
            written = t.flat.substr(static_cast<std::size_t>(it->position(1)), words.find(' '));
        }
        if (number == 0) continue;
        // A heading itself reads "CLÁUSULA PRIMERA": not a reference.
        if (std::any_of(t.clauses.begin(), t.clauses.end(), [&](const Clause& c) { return c.begin == where; })) continue;
        const bool exists = std::any_of(t.clauses.begin(), t.clauses.end(), [&](const Clause& c) { return c.number == number; });
        if (!exists) out.push_back(at(t, where, "check.reference_missing", Severity::error).with("found", written));
    }
    // "la declaración II.d" names a declaration that exists.
    static const std::regex declaration(R"(declaraci(?:ó|o)n\s+([ivx]+\.[a-z])\b)");
    for (auto it = std::sregex_iterator(t.lower.begin(), t.lower.end(), declaration); it != std::sregex_iterator(); ++it) {
        const std::string label = (*it)[1];
        bool exists = false;
        for (const auto start : t.line_start) {
            exists = exists || t.lower.compare(start, label.size(), label) == 0;
        }
        if (!exists) {
            out.push_back(at(t, static_cast<std::size_t>(it->position()), "check.reference_missing", Severity::error)
                              .with("found", t.flat.substr(static_cast<std::size_t>(it->position(1)), label.size())));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Dates and term

struct Term_ {
    std::optional<Date> start, end, signing;
};

Term_ check_dates(const Text& t, Findings& out) {
    const auto dates = dates_in(t);
    for (const auto& d : dates) {
        if (!d.date) out.push_back(at(t, d.begin, "check.date_invalid", Severity::error).with("found", d.text));
    }
    Term_ term;
    // "vigencia de 5 meses que inicia el 01 de febrero de 2024 y termina el 30 de junio de 2024"
    for (std::size_t from = t.lower.find("vigencia"); from != std::string::npos; from = t.lower.find("vigencia", from + 8)) {
        const FoundDate* first = first_date_after(dates, from, 200);
        if (first == nullptr) continue;
        const FoundDate* second = first_date_after(dates, first->end, 120);
        if (second == nullptr || !first->date || !second->date) continue;
        term.start = first->date;
        term.end = second->date;
        if (*term.end < *term.start) {
            out.push_back(at(t, first->begin, "check.term_order", Severity::error)
                              .with("start", first->text)
                              .with("end", second->text));
            term.end.reset();  // nothing else can be said of a term that runs backwards
            break;
        }
        // The stated length: what sits between "vigencia de" and the first date.
        static const std::regex stated(R"(vigencia de\s+((?:\d+|[a-zñ]+)\s+(?:d(?:í|i)as?|mes(?:es)?|años?)))");
        std::smatch m;
        const std::string window = t.lower.substr(from, first->begin - from);
        if (std::regex_search(window, m, stated)) {
            const Term computed = term_between(*term.start, *term.end);
            const std::string found = t.flat.substr(from + static_cast<std::size_t>(m.position(1)),
                                                    static_cast<std::size_t>(m.length(1)));
            const std::string digits = term_in_words(computed);
            const std::string spelled = term_in_words(computed, true);
            if (comparable(found) != comparable(digits) && comparable(found) != comparable(spelled)) {
                out.push_back(at(t, from, "check.term_words", Severity::error)
                                  .with("found", found)
                                  .with("expected", digits)
                                  .with("start", first->text)
                                  .with("end", second->text));
            }
        }
        break;
    }
    // The signing date: the first date after the signing formula, in the closing lines.
    std::size_t formula = std::string::npos;
    for (const char* phrase : {"se firma", "firman", "se suscribe", "suscriben", "en señal de conformidad"}) {
        const auto found = t.lower.rfind(phrase);
        if (found != std::string::npos && (formula == std::string::npos || found > formula)) formula = found;
    }
    if (formula != std::string::npos) {
        if (const FoundDate* d = first_date_after(dates, formula, 500); d != nullptr && d->date) {
            term.signing = d->date;
            if (term.start && *term.signing > *term.start) {
                out.push_back(at(t, d->begin, "check.signed_after_start", Severity::error)
                                  .with("found", d->text)
                                  .with("start", long_date(*term.start)));
            }
        }
    }
    // A term inside the fiscal year the contract names.
    static const std::regex fiscal(R"(ejercicio fiscal (?:de |del año )?(\d{4}))");
    std::smatch m;
    if (term.start && term.end && std::regex_search(t.lower, m, fiscal)) {
        const int year = std::stoi(m[1]);
        if (term.start->year() != year || term.end->year() != year) {
            out.push_back(at(t, static_cast<std::size_t>(m.position()), "check.fiscal_year", Severity::error)
                              .with("year", m[1])
                              .with("start", long_date(*term.start))
                              .with("end", long_date(*term.end)));
        }
    }
    return term;
}

// ---------------------------------------------------------------------------------------
// Data

void check_placeholders(const Text& t, Findings& out) {
    // Placeholders, blanks, and the traces an empty field leaves: "( )", ", ,".
    static const std::regex pattern(
        R"(\{\{[^}]*\}\}|_{3,}|<<[^>]{0,40}>>|\[(?!REDACTED\]|ELIMINADO)[^\]]{1,40}\]|\(\s*\)|,\s*,)");
    for (auto it = std::sregex_iterator(t.flat.begin(), t.flat.end(), pattern); it != std::sregex_iterator(); ++it) {
        const auto where = static_cast<std::size_t>(it->position());
        if (it->str().front() == '_') {
            // A line of underscores alone is where a signature goes, not a blank.
            const std::size_t line = t.line_of(where);
            const std::size_t end = line + 1 < t.line_start.size() ? t.line_start[line + 1] : t.flat.size();
            const std::string whole = t.flat.substr(t.line_start[line], end - t.line_start[line]);
            if (whole.find_first_not_of("_ ") == std::string::npos) continue;
        }
        out.push_back(at(t, where, "check.placeholder", Severity::error).with("found", it->str()));
    }
}

// Where a label (lower case, as written) is followed by a redaction marker: the value is
// hidden in this version. npos when it is not.
std::size_t hidden_after(const Text& t, const std::string& label) {
    for (auto at_label = t.lower.find(label); at_label != std::string::npos; at_label = t.lower.find(label, at_label + 1)) {
        if (t.is_redacted(at_label, at_label + label.size() + 60)) return at_label;
    }
    // "de [REDACTED] años de edad": the marker comes first.
    for (auto at_label = t.lower.find(label); at_label != std::string::npos; at_label = t.lower.find(label, at_label + 1)) {
        if (at_label >= 20 && t.is_redacted(at_label - 20, at_label)) return at_label;
    }
    return std::string::npos;
}

void check_identities(const Text& t, Findings& out) {
    struct Kind {
        IdentityKind kind;
        const char* pattern;
        const char* label;  // lower case, to find hidden values
        const char* name;
    };
    static const std::vector<Kind> kinds = {
        {IdentityKind::curp, R"(\b[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d\b)", "curp", "CURP"},
        {IdentityKind::rfc, R"(\b[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A]\b)", "registro federal de contribuyentes", "RFC"},
        {IdentityKind::clabe, R"(\bCLABE\D{0,20}(\d{18})\b)", "clabe", "CLABE"},
        {IdentityKind::dni, R"(\bDNI\D{0,12}(\d{8})\b)", "dni", "DNI"},
        {IdentityKind::ruc, R"(\bRUC\D{0,12}(\d{11})\b)", "ruc", "RUC"},
    };
    for (const auto& k : kinds) {
        const std::regex pattern(k.pattern, std::regex::icase);
        for (auto it = std::sregex_iterator(t.flat.begin(), t.flat.end(), pattern); it != std::sregex_iterator(); ++it) {
            const bool grouped = it->size() > 1 && (*it)[1].matched;
            const std::string value = grouped ? (*it)[1].str() : it->str();
            const auto position = static_cast<std::size_t>(grouped ? it->position(1) : it->position());
            for (auto f : validate_identity(k.kind, value).findings) {
                if (f.severity != Severity::error) continue;
                Finding located = at(t, position, std::move(f.code), Severity::error);
                located.field = std::string(identity_kind_name(k.kind));
                for (auto& p : f.params) located.params.push_back(std::move(p));
                located.with("field_label", std::string(k.name) + " " + value);
                out.push_back(std::move(located));
            }
        }
        if (const auto where = hidden_after(t, k.label); where != std::string::npos) {
            out.push_back(at(t, where, "check.identity_hidden", Severity::unverifiable).with("kind", k.name));
        }
    }
}

void check_age(const Text& t, std::optional<Date> signing, Findings& out) {
    static const std::regex birth(R"(fecha de nacimiento\s+(?:el\s+)?)" + date_pattern);
    static const std::regex years(R"((\d{1,3}) años de edad)");
    std::smatch m;
    bool stated = false;
    if (std::regex_search(t.lower, m, years)) {
        stated = true;
        if (std::stoi(m[1]) < 18) {
            out.push_back(at(t, static_cast<std::size_t>(m.position()), "check.minor", Severity::error).with("found", m[0]));
        }
    }
    if (std::regex_search(t.lower, m, birth)) {
        stated = true;
        const auto dates = dates_in(t);
        const auto where = static_cast<std::size_t>(m.position());
        if (const FoundDate* d = first_date_after(dates, where, 40); d != nullptr && d->date && signing && *d->date < *signing) {
            if (age_at(*d->date, *signing) < 18) {
                out.push_back(at(t, where, "check.minor", Severity::error)
                                  .with("found", d->text + " (" + std::to_string(age_at(*d->date, *signing)) + ")"));
            }
        }
    }
    if (!stated) {
        auto where = hidden_after(t, "años de edad");
        if (where == std::string::npos) where = hidden_after(t, "fecha de nacimiento");
        if (where != std::string::npos) out.push_back(at(t, where, "check.age_hidden", Severity::unverifiable));
    }
}

void check_records(const Text& t, const Term_& term, const CheckContext& context, Findings& out) {
    if (!context.records_known) {
        out.push_back(at(t, 0, "check.records_unknown", Severity::unverifiable));
        return;
    }
    if (term.start && term.end) {
        for (const auto& other : context.other_contracts) {
            if (other.start <= *term.end && *term.start <= other.end) {
                out.push_back(at(t, 0, "check.overlap", Severity::error)
                                  .with("folio", other.folio)
                                  .with("start", long_date(other.start))
                                  .with("end", long_date(other.end)));
            }
        }
    }
    if (term.signing) {
        for (const auto& s : context.signatories) {
            if (*term.signing < s.valid_from || (s.valid_to && *s.valid_to < *term.signing)) {
                out.push_back(at(t, 0, "check.powers", Severity::error)
                                  .with("name", s.name)
                                  .with("date", long_date(*term.signing))
                                  .with("from", long_date(s.valid_from))
                                  .with("to", s.valid_to ? long_date(*s.valid_to) : std::string("—")));
            }
        }
    }
}

void check_supervisor(const Text& t, Findings& out) {
    const std::string folded = fold_spanish(t.flat);
    const bool designates = folded.find("designa") != std::string::npos &&
                            (folded.find("recibir") != std::string::npos || folded.find("supervis") != std::string::npos);
    const bool conformity = folded.find("conformidad") != std::string::npos && folded.find("otorga") != std::string::npos;
    if (!designates && !conformity) out.push_back(at(t, 0, "check.supervisor_missing", Severity::error));
}

}  // namespace

std::vector<Segment> segments_of_text(const ContractText& input) {
    const Text t = prepare(input);
    std::vector<Segment> out;
    const std::size_t first = t.clauses.empty() ? t.flat.size() : t.clauses.front().begin;
    out.push_back({"antes", "", t.flat.substr(0, first)});
    for (const auto& c : t.clauses) {
        // The text without its heading's ordinal: a renumbered clause is not a changed one.
        std::string body = t.flat.substr(c.begin, c.end - c.begin);
        const auto ordinal_at = body.find(c.ordinal);
        if (ordinal_at != std::string::npos && ordinal_at < 16) {
            body.erase(0, ordinal_at + c.ordinal.size());
            body.erase(0, body.find_first_not_of(".-:–— "));
        }
        out.push_back({"", c.ordinal, body});
    }
    if (!t.clauses.empty() && t.clauses.back().end < t.flat.size()) {
        out.push_back({"despues", "", t.flat.substr(t.clauses.back().end)});
    }
    return out;
}


Findings check_contract_text(const ContractText& input, const CheckContext& context) {
    Findings out;
    const Text t = prepare(input);
    if (t.flat.find_first_not_of(' ') == std::string::npos) {
        out.emplace_back("check.empty", Severity::error, "texto");
        return out;
    }
    const auto amounts = amounts_in(t);
    std::string country = context.country;
    if (country.empty()) {
        const bool soles = std::any_of(amounts.begin(), amounts.end(),
                                       [](const FoundAmount& a) { return a.money.currency() == Currency::PEN; });
        country = soles ? "PE" : "MX";
    }
    // An amendment ("convenio modificatorio", "adenda") changes some clauses of a contract:
    // it need not repeat the clauses a contract must have, nor its supervision.
    const std::string opening = fold_spanish(t.flat.substr(0, std::min<std::size_t>(t.flat.size(), 200)));
    const bool amendment = opening.find("convenio modificatorio") != std::string::npos ||
                           opening.find("adenda") != std::string::npos;
    check_amounts(t, amounts, out);
    check_instalments(t, amounts, context, out);
    check_structure(t, amendment ? std::string() : country, out);
    const Term_ term = check_dates(t, out);
    check_placeholders(t, out);
    check_identities(t, out);
    check_age(t, term.signing, out);
    check_records(t, term, context, out);
    if (!amendment) check_supervisor(t, out);
    // In reading order.
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        const auto line = [](const Finding& f) { return f.param("line").empty() ? 0 : std::stoi(f.param("line")); };
        return line(a) < line(b);
    });
    return out;
}

}  // namespace pacta::domain
