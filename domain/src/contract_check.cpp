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
#include "contract_text.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

using namespace detail;  // the text, its dates and amounts (contract_text.h)

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
        // The stated length: what sits between "vigencia de" and the first date. A count is
        // "5", "cinco", "treinta y un" or "cinco (5)"; months may carry days ("3 meses y 10 días").
        static const std::string count = R"((?:\d+|[a-zñáéíóú]+(?:\s+y\s+[a-zñáéíóú]+)?)(?:\s*\(\s*\d+\s*\))?)";
        static const std::regex stated(R"(vigencia de\s+()" + count + R"(\s+(?:d(?:í|i)as?|mes(?:es)?|años?))" +
                                       R"((?:\s+y\s+)" + count + R"(\s+d(?:í|i)as?)?))");
        std::smatch m;
        const std::string window = t.lower.substr(from, first->begin - from);
        if (std::regex_search(window, m, stated)) {
            const Term computed = term_between(*term.start, *term.end);
            const std::string found = t.flat.substr(from + static_cast<std::size_t>(m.position(1)),
                                                    static_cast<std::size_t>(m.length(1)));
            const std::string digits = term_in_words(computed);
            const std::string spelled = term_in_words(computed, true);
            const std::string both = term_in_words_and_figures(computed);
            const std::string said = comparable(found);
            if (said != comparable(digits) && said != comparable(spelled) && said != comparable(both)) {
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
