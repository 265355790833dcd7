#include "pacta/locale/finding_messages.h"

#include <string_view>

#include "pacta/domain/utf8.h"
#include "pacta/locale/catalog.h"

namespace pacta::locale {

namespace {

struct Entry {
    std::string_view key;
    const char* english;
};

// Placeholders in braces are filled from the finding's parameters; {field} is the field's
// label and {format} the expected shape of an identity number.
// TRANSLATORS: keep every {name} placeholder exactly as it is; «» are Spanish quotes.
constexpr Entry messages[] = {
    {"id.empty", noop_tr("{field}: nothing was written; type the value to check.")},
    {"id.length", noop_tr("{field}: it has {actual} characters and must have {expected}; check that "
                          "none is missing or left over.")},
    {"id.expected_digit", noop_tr("{field}: position {position} must be a digit, but it holds "
                                  "«{character}». Expected format: {format}.")},
    {"id.expected_letter", noop_tr("{field}: position {position} must be a letter, but it holds "
                                   "«{character}». Expected format: {format}.")},
    {"id.expected_alphanumeric", noop_tr("{field}: position {position} must be a letter or a "
                                         "digit, but it holds «{character}». Expected format: "
                                         "{format}.")},
    {"id.check_digit", noop_tr("{field}: the check digit (position {position}) is «{found}» but "
                               "should be «{expected}»; the value was probably mistyped: compare "
                               "it with the original document.")},
    {"curp.consonant", noop_tr("{field}: position {position} must be a consonant taken from the "
                               "surnames and given name, but it holds «{character}».")},
    {"curp.sex", noop_tr("{field}: position {position} must be H (man) or M (woman), but it holds "
                         "«{character}».")},
    {"curp.state", noop_tr("{field}: «{code}» (position {position}) is not the code of a Mexican "
                           "state; people born abroad have NE.")},
    {"curp.birth_date", noop_tr("{field}: «{value}» (from position {position}) is not a real birth "
                                "date in the form YYMMDD.")},
    {"rfc.length", noop_tr("{field}: it has {actual} characters; an RFC has 13 (natural persons) or "
                           "12 (legal entities).")},
    {"rfc.date", noop_tr("{field}: «{value}» (from position {position}) is not a real date in the "
                         "form YYMMDD.")},
    {"rfc.check_character", noop_tr("{field}: the last character (position {position}) must be a "
                                    "digit or A, but it holds «{character}».")},
    {"rfc.check_digit", noop_tr("{field}: the check character (position {position}) is «{found}» "
                                "and the SAT algorithm gives «{expected}». Some RFCs in real use "
                                "fail this check: confirm it against the taxpayer's tax status "
                                "certificate.")},
    {"rfc.generic", noop_tr("{field}: this is a generic RFC (general public or foreign resident), "
                            "not the person's own; use it only when the person has no RFC.")},
    {"dni.length", noop_tr("{field}: it has {actual} characters; a DNI has 8 digits, optionally "
                           "followed by its check character (10117410-2).")},
    {"dni.check_character", noop_tr("{field}: the check character (position {position}) is "
                                    "«{found}» but should be «{expected_digit}» or "
                                    "«{expected_letter}»; compare the number with the DNI card.")},
    {"ruc.prefix", noop_tr("{field}: it starts with «{prefix}», but a RUC starts with 10, 15 or 17 "
                           "(natural persons) or 20 (legal entities).")},
    {"money.empty", noop_tr("{field}: no amount was written; type one such as 68,858.30.")},
    {"money.negative", noop_tr("{field}: the amount cannot be negative (column {column}); type it "
                               "without a sign.")},
    {"money.invalid_character", noop_tr("{field}: «{character}» (column {column}) is not part of an "
                                        "amount; use digits, a comma for thousands and a point "
                                        "for cents, as in 68,858.30.")},
    {"money.ambiguous", noop_tr("{field}: the separator at column {column} could mark thousands or "
                                "cents; write a comma for thousands and a point for cents "
                                "(1,500.00 or 1.50).")},
    {"money.too_precise", noop_tr("{field}: the amount has more than two decimals (column "
                                  "{column}); round it to cents.")},
    {"money.grouping", noop_tr("{field}: the thousands separator near column {column} is "
                               "misplaced; group the digits in threes, as in 1,234,567.89.")},
    {"money.too_large", noop_tr("{field}: the amount exceeds the maximum of {maximum}.")},
    {"money.currency_mismatch_symbol", noop_tr("{field}: the symbol «{symbol}» (column {column}) "
                                               "does not belong to the currency {expected}; remove "
                                               "it or choose the right currency.")},
    {"money.currency_mismatch", noop_tr("Amounts in {left} and {right} cannot be combined; convert "
                                        "one of them first.")},
    {"money.split_parts", noop_tr("{field}: the number of instalments must be at least 1, not "
                                  "{parts}.")},
    {"money.words_out_of_range", noop_tr("{field}: {value} cannot be written in words; the range "
                                         "is 0.00 to {maximum}.")},
    {"number.out_of_range", noop_tr("{field}: {value} is out of range; the maximum is {maximum}.")},
    {"ordinal.out_of_range", noop_tr("{field}: clause ordinals go from 1 to {maximum}; {value} is "
                                     "out of range.")},
    {"copies.out_of_range", noop_tr("{field}: copies in words go from 2 (DUPLICADO) to 8 "
                                    "(OCTUPLICADO); {value} is out of range.")},
    {"date.empty", noop_tr("{field}: no date was written; use the form YYYY-MM-DD, as in "
                           "2024-01-29.")},
    {"date.format", noop_tr("{field}: «{value}» is not a date in the form YYYY-MM-DD (column "
                            "{column}); write it as in 2024-01-29.")},
    {"date.month", noop_tr("{field}: «{value}» has month {month}; months go from 01 to 12.")},
    {"date.day", noop_tr("{field}: «{value}» does not exist: that month has no day {day}.")},
    {"date.not_leap_year", noop_tr("{field}: «{value}» does not exist: {year} is not a leap "
                                   "year.")},
    {"term.end_before_start", noop_tr("{field}: the term ends on {end}, before it starts on "
                                      "{start}; check the dates.")},
    {"age.before_birth", noop_tr("{field}: the date {on} comes before the birth date {birth}.")},
};

struct Label {
    std::string_view field;
    const char* english;
};

constexpr Label labels[] = {
    {"curp", noop_tr("CURP")},
    {"rfc", noop_tr("RFC")},
    {"dni", noop_tr("DNI")},
    {"ruc", noop_tr("RUC")},
    {"clabe", noop_tr("CLABE")},
    {"importe", noop_tr("amount")},
    {"fecha", noop_tr("date")},
    {"inicio", noop_tr("start date")},
    {"fin", noop_tr("end date")},
    {"vigencia", noop_tr("term")},
    {"fecha_nacimiento", noop_tr("birth date")},
    {"ordinal", noop_tr("ordinal")},
    {"ejemplares", noop_tr("copies")},
    {"exhibiciones", noop_tr("instalments")},
    {"numero", noop_tr("number")},
};

constexpr Label identity_formats[] = {
    {"curp", noop_tr("4 letters, birth date YYMMDD, H or M, 2-letter state, 3 consonants, "
                     "1 letter or digit, 1 check digit")},
    {"rfc", noop_tr("3 or 4 letters, date YYMMDD, 2-character homoclave, check character")},
    {"dni", noop_tr("8 digits and an optional check character")},
    {"ruc", noop_tr("11 digits")},
    {"clabe", noop_tr("18 digits: bank, branch, account and check digit")},
};

const char* find_english(std::string_view key) {
    for (const auto& m : messages) {
        if (m.key == key) return m.english;
    }
    return nullptr;
}

}  // namespace

std::string field_label(const std::string& field) {
    for (const auto& l : labels) {
        if (l.field == field) return tr(l.english);
    }
    return field;
}

bool has_message(const std::string& code) { return find_english(code) != nullptr; }

std::string severity_label(domain::Severity severity) {
    switch (severity) {
        case domain::Severity::error: return tr_context("severity", "error");
        case domain::Severity::warning: return tr_context("severity", "warning");
        case domain::Severity::unverifiable: return tr_context("severity", "unverifiable");
    }
    return {};
}

std::string describe(const domain::Finding& finding) {
    Params params(finding.params.begin(), finding.params.end());
    params.emplace_back("field", field_label(finding.field));
    for (const auto& f : identity_formats) {
        if (f.field == finding.field) params.emplace_back("format", tr(f.english));
    }
    const char* english = find_english(finding.code);
    if (english == nullptr) {
        // A code without a message is a bug; still say something precise rather than nothing.
        return domain::capitalize_first(fill(tr("{field}: rule {code} was not met."),
                                             {{"field", field_label(finding.field)},
                                              {"code", finding.code}}));
    }
    // Labels such as "importe" may open the sentence.
    return domain::capitalize_first(fill(tr(english), params));
}

}  // namespace pacta::locale
