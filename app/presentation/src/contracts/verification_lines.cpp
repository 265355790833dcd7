#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/signature_verification.h"

namespace pacta::presentation {

namespace {
using locale::fill;
using locale::tr;

std::string yes_no(bool value) { return value ? tr("yes") : tr("no"); }
}  // namespace

std::vector<std::string> verification_lines(const SignatureVerification& verification) {
    std::vector<std::string> lines;
    if (!verification.problem.empty()) lines.push_back(verification.problem);
    for (const auto& v : verification.signatures) {
        lines.push_back(fill(tr("Signature {n}: {field}"),
                             {{"n", std::to_string(v.number)},
                              {"field", v.field.empty() ? tr("(bound to no field)") : v.field}}));
        lines.push_back("    " + fill(tr("Signer: {name}"), {{"name", v.signer}}) +
                        (v.identity.empty() ? "" : " (" + v.identity + ")"));
        if (!v.issuer.empty()) {
            lines.push_back("    " + fill(tr("Certificate: serial {serial}, issued by {issuer}"),
                                          {{"serial", v.serial_hex}, {"issuer", v.issuer}}));
        }
        if (!v.time.empty()) {
            lines.push_back("    " + (v.timestamped ? fill(tr("Time: {time} (timestamp)"), {{"time", v.time}})
                                                    : fill(tr("Time: {time} (claimed by the signer)"), {{"time", v.time}})));
        }
        std::string checks = fill(tr("Intact: {a} · covers its version: {b} · trusted: {c}"),
                                  {{"a", yes_no(v.intact)}, {"b", yes_no(v.covers_revision)}, {"c", yes_no(v.trusted)}});
        if (v.matched) checks += " · " + fill(tr("the signer the field names: {d}"), {{"d", yes_no(*v.matched)}});
        lines.push_back("    " + checks);
        for (const auto& p : v.problems) lines.push_back("    ! " + p);
    }
    if (!verification.unsigned_fields.empty()) {
        std::string fields;
        for (const auto& f : verification.unsigned_fields) fields += (fields.empty() ? "" : ", ") + f;
        lines.push_back(fill(tr("Fields not signed yet: {fields}."), {{"fields", fields}}));
    }
    lines.push_back(tr("Revocation (OCSP/CRL) was not checked: Pacta works offline."));
    if (verification.all_good()) {
        lines.push_back(verification.folio.empty()
                            ? tr("Every signature is valid and trusted.")
                            : tr("Every signature is valid, trusted and by the signer its field names."));
    } else if (!verification.signatures.empty()) {
        lines.push_back(tr("Not every signature is valid, trusted and by the signer its field names: see the lines "
                           "marked «!»."));
    }
    return lines;
}

}  // namespace pacta::presentation
