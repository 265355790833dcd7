// pacta-cli validar: identity and bank numbers.
#include <ostream>

#include "commands.h"
#include "exit_codes.h"
#include "arguments.h"
#include "pacta/domain/identity.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"

namespace pacta::cli {

using locale::fill;
using locale::tr;

int run_validate(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << validate_help();
        return exit_ok;
    }
    args.require_positionals(2, 2, tr("KIND VALUE"));
    const std::string& kind_name = args.positionals()[0];
    const auto kind = domain::identity_kind_from_name(kind_name);
    if (!kind) {
        throw UsageError(fill(tr("unknown kind «{kind}»; use curp, rfc, dni, ruc or clabe"),
                              {{"kind", kind_name}}));
    }
    const auto check = domain::validate_identity(*kind, args.positionals()[1]);
    if (!console.report_all(check.findings)) return exit_invalid;
    console.out << fill(tr("{field} {value}: passes every check."),
                        {{"field", locale::field_label(kind_name)}, {"value", check.normalized}})
                << '\n';
    return exit_ok;
}

}  // namespace pacta::cli
