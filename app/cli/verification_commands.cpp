// pacta-cli firma verificar|raices|confiar|desconfiar: the signatures of any signed PDF, made
// in Pacta or elsewhere, judged against the authorities the office trusts; administrators of
// every institution keep that list.
#include "arguments.h"
#include "commands.h"
#include "console.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

std::string read_named(const std::string& path) {
    auto bytes = document::read_file(path);
    if (!bytes) throw UsageError(fill(tr("cannot read {file}."), {{"file", path}}));
    return std::move(*bytes);
}

int verify(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, tr("FILE.pdf"));
    const std::string path = args.positionals()[1];
    const std::string bytes = read_named(path);
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto folio = args.value("folio");
    const auto result = ws->verification().verify(bytes, folio ? std::optional(*folio) : std::nullopt);
    if (!result.problem.empty()) {
        console.error(fill(tr("{file}: {problem}"), {{"file", path}, {"problem", result.problem}}));
        if (result.signatures.empty()) return exit_invalid;
    }
    // The CLI prints what the desktop shows; the verdict's last line only when all hold.
    auto lines = presentation::verification_lines(result);
    if (!result.all_good() && !result.signatures.empty()) lines.pop_back();
    for (const auto& line : lines) console.out << line << '\n';
    if (result.all_good()) {
        if (!folio) console.out << tr("Give --folio to match them to a contract's signers.") << '\n';
        return exit_ok;
    }
    console.error(tr("not every signature is valid, trusted and matched; see the lines marked «!»."));
    return exit_invalid;
}

int list_roots(const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto roots = ws->verification().trusted_roots();
    if (roots.empty()) {
        console.out << tr("The office trusts no certification authority yet: an administrator imports the SAT's or "
                          "RENIEC's root with «pacta-cli firma confiar FILE.cer».")
                    << '\n';
        return exit_ok;
    }
    for (const auto& r : roots) {
        console.out << r.sha256.substr(0, 16) << "  " << r.subject << "  "
                    << fill(tr("valid until {date}"), {{"date", presentation::display_timestamp(r.not_after).substr(0, 10)}})
                    << "  " << fill(tr("added by {user} on {date}"),
                                    {{"user", r.added_by}, {"date", presentation::display_timestamp(r.added_at).substr(0, 10)}})
                    << '\n';
    }
    return exit_ok;
}

int trust(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, tr("FILE.cer"));
    const std::string path = args.positionals()[1];
    const std::string bytes = read_named(path);
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto root = ws->verification().trust(bytes, path);
    console.out << fill(tr("The office trusts {subject} (fingerprint {fingerprint})."),
                        {{"subject", root.subject}, {"fingerprint", root.sha256.substr(0, 16)}})
                << '\n';
    return exit_ok;
}

int distrust(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, tr("FINGERPRINT"));
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto subject = ws->verification().distrust(args.positionals()[1]);
    console.out << fill(tr("The office no longer trusts {subject}."), {{"subject", subject}}) << '\n';
    return exit_ok;
}

}  // namespace

std::string signature_help() {
    return tr(
        "Usage: pacta-cli firma verificar FILE.pdf [--folio FOLIO]\n"
        "       pacta-cli firma raices\n"
        "       pacta-cli firma confiar FILE.cer\n"
        "       pacta-cli firma desconfiar FINGERPRINT\n"
        "\n"
        "  verificar   checks every signature of a signed PDF, made in Pacta or elsewhere:\n"
        "              its field, that it is intact and covers its version of the file with\n"
        "              only signatures after it, that its certificate comes from an authority\n"
        "              the office trusts, its time, and with --folio that each signer is the\n"
        "              person the contract's field names (exit code 0 only when all hold)\n"
        "  raices      the certification authorities the office trusts\n"
        "  confiar     trusts an authority's certificate (the SAT's or RENIEC's root, or a\n"
        "              test one); administrators of every institution\n"
        "  desconfiar  trusts it no longer (its fingerprint, at least 8 digits, as raices\n"
        "              lists it)\n"
        "\n"
        "Revocation (OCSP/CRL) is not checked: Pacta works offline (docs/firma.md).\n");
}

int run_signature(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"folio", true}});
    if (args.wants_help()) {
        console.out << signature_help();
        return exit_ok;
    }
    args.require_positionals(1, 2, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "verificar") return verify(args, console);
    if (sub == "raices") return list_roots(console);
    if (sub == "confiar") return trust(args, console);
    if (sub == "desconfiar") return distrust(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «firma»; use verificar, raices, confiar or desconfiar"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
