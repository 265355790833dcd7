// pacta-cli contrato firmar|firmas: each signer signs their own field of an approved contract
// with their e.firma (.cer and .key), a PKCS#12 or a PKCS#11 token; the key's password (the
// token's PIN) is read from the terminal, or from standard input with --clave-firma-stdin
// (never from the command line).
#include <chrono>
#include <ctime>

#include "arguments.h"
#include "commands.h"
#include "console.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/password.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

std::string utc_now() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string read_named(const std::string& path) {
    auto bytes = document::read_file(path);
    if (!bytes) throw UsageError(fill(tr("cannot read {file}."), {{"file", path}}));
    return std::move(*bytes);
}

}  // namespace

int sign_contract(const Arguments& args, const Console& console) {
    const std::string folio = args.positionals().at(1);
    const auto field = args.value("campo");
    if (!field) throw UsageError(tr("«contrato firmar» needs --campo FIELD (see «pacta-cli contrato firmas FOLIO»)."));
    presentation::SignerFiles files;
    const auto module = args.value("pkcs11");
    const auto label = args.value("token-label");
    if (module || label) {
        if (!module || !label) throw UsageError(tr("a token is given with both --pkcs11 MODULE and --token-label LABEL."));
        files.pkcs11_module = *module;
        files.token_label = *label;
        files.source_name = *label;
    } else if (const auto p12 = args.value("p12")) {
        files.pkcs12 = read_named(*p12);
        files.source_name = *p12;
    } else {
        const auto cer = args.value("cer");
        const auto key = args.value("key");
        if (!cer || !key) {
            throw UsageError(tr("give the e.firma with --cer FILE.cer --key FILE.key, a PKCS#12 with --p12 FILE, or a "
                                "token with --pkcs11 MODULE --token-label LABEL."));
        }
        files.certificate = read_named(*cer);
        files.key = read_named(*key);
        files.source_name = *key;
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    if (args.flag("clave-firma-stdin")) {
        auto line = read_stdin_line();
        if (!line) throw UsageError(tr("--clave-firma-stdin: standard input holds no password."));
        files.password = *line;
    } else {
        const auto typed = platform::read_secret_from_terminal(files.token_label.empty() ? tr("Password of the signing key: ")
                                                                                         : tr("PIN of the token: "));
        if (!typed) {
            throw UsageError(tr("there is no terminal to ask for the key's password: pass it on standard input with "
                                "--clave-firma-stdin."));
        }
        files.password = *typed;
    }
    const auto signed_field = ws->signing().sign(folio, *field, files, utc_now());
    console.out << fill(tr("The field {field} was signed by {signer}{identity}"),
                        {{"field", signed_field.field}, {"signer", signed_field.signer}, {"identity", signed_field.identity.empty() ? std::string() : " (" + signed_field.identity + ")"}})
                << "  sha256 " << signed_field.sha256 << '\n';
    if (signed_field.timestamped) console.out << tr("With a timestamp from the timestamp server: level PAdES B-T.") << '\n';
    if (!signed_field.timestamp_note.empty()) console.out << signed_field.timestamp_note << '\n';
    if (signed_field.contract_signed) {
        console.out << fill(tr("Every field is signed: the contract {folio} is «firmado»."), {{"folio", folio}}) << '\n';
        console.out << fill(tr("Signing record: {file}"), {{"file", signed_field.completion_record.string()}}) << '\n';
    } else {
        std::string pending;
        for (const auto& p : signed_field.pending) pending += (pending.empty() ? "" : ", ") + p;
        console.out << fill(tr("Still to sign: {fields}."), {{"fields", pending}}) << '\n';
    }
    return exit_ok;
}

int list_signature_fields(const Arguments& args, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    for (const auto& f : ws->signing().fields(args.positionals().at(1))) {
        console.out << f.field << "  " << (f.expected.empty() ? "?" : f.expected) << "  "
                    << (f.is_signed ? tr("signed") : tr("to sign")) << '\n';
    }
    return exit_ok;
}

}  // namespace pacta::cli
