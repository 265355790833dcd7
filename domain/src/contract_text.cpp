#include "contract_text.h"

#include <algorithm>
#include <regex>

#include "pacta/domain/number_words.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain::detail {

// ---------------------------------------------------------------------------------------
// The text, cleaned of Markdown markup and flattened, with a way back to lines and clauses.

namespace {

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



}  // namespace

Finding at(const Text& t, std::size_t offset, std::string code, Severity severity) {
    Finding f(std::move(code), severity, "texto");
    const std::size_t line = t.line_of(offset);
    f.with("line", std::to_string(line + 1));
    if (line < t.pages.size() && t.pages[line] > 0) f.with("page", std::to_string(t.pages[line]));
    if (const auto* c = t.clause_at(offset)) f.with("clause", c->ordinal);
    return f;
}


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

namespace {

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

}  // namespace

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

}  // namespace pacta::domain::detail
