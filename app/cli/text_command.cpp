// pacta-cli texto: Spanish legal text computed by the domain.
#include <ostream>

#include "commands.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/ordinals.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/locale/catalog.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace d = domain;

int amount(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, tr("AMOUNT"));
    const auto money = parse_amount(args.positionals()[0], currency_option(args), console);
    if (!money) return exit_invalid;
    const auto text_case = args.flag("oracion") ? d::TextCase::sentence : d::TextCase::upper;
    if (args.flag("con-cifra")) {
        console.out << d::format_money(*money) << " (" << d::amount_in_words(*money, text_case) << ")\n";
    } else {
        console.out << d::amount_in_words(*money, text_case) << '\n';
    }
    return exit_ok;
}

int instalments(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, tr("AMOUNT N"));
    const auto money = parse_amount(args.positionals()[0], currency_option(args), console);
    const auto parts = parse_integer(args.positionals()[1], "exhibiciones", console);
    if (!money || !parts) return exit_invalid;
    const auto split = money->split_evenly(*parts);
    for (std::size_t i = 0; i < split.size(); ++i) {
        console.out << (i + 1) << '\t' << d::format_money(split[i]) << '\t'
                    << d::amount_in_words(split[i]) << '\n';
    }
    return exit_ok;
}

d::OrdinalStyle ordinal_style(const Arguments& args) {
    const auto style = args.value("estilo").value_or("dos-palabras");
    if (style == "dos-palabras") return d::OrdinalStyle::two_words;
    if (style == "clasico" || style == "clásico") return d::OrdinalStyle::classic;
    if (style == "una-palabra") return d::OrdinalStyle::one_word;
    throw UsageError(fill(tr("unknown style «{style}»; use dos-palabras, clasico or una-palabra"),
                          {{"style", style}}));
}

int ordinal(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, "N");
    const auto style = ordinal_style(args);
    const auto n = parse_integer(args.positionals()[0], "ordinal", console);
    if (!n) return exit_invalid;
    console.out << d::clause_ordinal(*n, style) << '\n';
    return exit_ok;
}

int copies(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, "N");
    const auto n = parse_integer(args.positionals()[0], "ejemplares", console);
    if (!n) return exit_invalid;
    console.out << d::copies_in_words(*n) << '\n';
    return exit_ok;
}

int long_date(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, tr("YYYY-MM-DD"));
    const auto date = parse_date(args.positionals()[0], "fecha", console);
    if (!date) return exit_invalid;
    d::LongDateOptions options;
    options.upper = args.flag("mayusculas");
    options.two_digit_day = args.flag("dia-dos-digitos");
    console.out << d::long_date(*date, options) << '\n';
    return exit_ok;
}

int term(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, tr("START END"));
    const auto start = parse_date(args.positionals()[0], "inicio", console);
    const auto end = parse_date(args.positionals()[1], "fin", console);
    if (!start || !end) return exit_invalid;
    const auto t = d::term_between(*start, *end);
    // As contracts write it: "cinco (5) meses", or in words, or in figures.
    console.out << (args.flag("letra-cifra") ? d::term_in_words_and_figures(t) : d::term_in_words(t, args.flag("letra")))
                << '\n';
    return exit_ok;
}

int age(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, tr("BIRTH_DATE"));
    const auto birth = parse_date(args.positionals()[0], "fecha_nacimiento", console);
    std::optional<d::Date> on = today();
    if (const auto at = args.value("al")) on = parse_date(*at, "fecha", console);
    if (!birth || !on) return exit_invalid;
    console.out << d::age_at(*birth, *on) << '\n';
    return exit_ok;
}

struct Subcommand {
    const char* name;
    std::vector<OptionSpec> options;
    int (*run)(const Arguments&, const Console&);
};

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> all = {
        {"importe", {{"moneda", true}, {"oracion"}, {"con-cifra"}}, amount},
        {"exhibiciones", {{"moneda", true}}, instalments},
        {"ordinal", {{"estilo", true}}, ordinal},
        {"ejemplares", {}, copies},
        {"fecha", {{"mayusculas"}, {"dia-dos-digitos"}}, long_date},
        {"vigencia", {{"letra"}, {"letra-cifra"}}, term},
        {"edad", {{"al", true}}, age},
    };
    return all;
}

}  // namespace

int run_text(std::span<const std::string> words, const Console& console) {
    if (words.empty() || words[0] == "--help") {
        if (words.empty()) throw UsageError(tr("missing subcommand of «texto»"));
        console.out << text_help();
        return exit_ok;
    }
    for (const auto& sub : subcommands()) {
        if (words[0] != sub.name) continue;
        const auto args = Arguments::parse(words.subspan(1), sub.options);
        if (args.wants_help()) {
            console.out << text_help();
            return exit_ok;
        }
        return sub.run(args, console);
    }
    throw UsageError(fill(tr("unknown subcommand «{name}» of «texto»"), {{"name", words[0]}}));
}

}  // namespace pacta::cli
