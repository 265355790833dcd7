#include "pacta/presentation/contracts/contract_signing.h"

#include <algorithm>
#include <set>

#include "pacta/document/template.h"
#include "pacta/document/template_library.h"
#include "pacta/domain/number_words.h"
#include "pacta/locale/catalog.h"
#include "pacta/pdf/field_signer.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/contracts/completion_record.h"
#include "pacta/presentation/contracts/signer_identity.h"
#include "pacta/presentation/institutions/institution_settings_screen.h"
#include "pacta/pdf/signature_check.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out.empty() ? tr("none") : out;
}

std::string json_text(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    return out + "\"";
}

// A token: the key stays on it, the PIN opens it.
pdf::SigningCredentials load_token(const SignerFiles& files) {
    try {
        return pdf::SigningCredentials::from_pkcs11(files.pkcs11_module, files.token_label, files.password);
    } catch (const pdf::SigningError& e) {
        using K = pdf::SigningError::Kind;
        if (e.kind() == K::bad_password) {
            throw ServiceError(fill(tr("the PIN of the token «{label}» is not right; type it again. Nothing was signed."),
                                    {{"label", files.token_label}}));
        }
        if (e.kind() == K::token_unavailable) {
            throw ServiceError(fill(tr("the token «{label}» could not be opened with {module}: check that it is plugged "
                                       "in and the module path is right. Nothing was signed."),
                                    {{"label", files.token_label},
                                     {"module", std::filesystem::path(files.pkcs11_module).filename().string()}}));
        }
        throw ServiceError(fill(tr("the token «{label}» holds no certificate with its private key: sign with the token "
                                   "that holds your e.firma. Nothing was signed."),
                                {{"label", files.token_label}}));
    }
}

pdf::SigningCredentials load(const SignerFiles& files) {
    if (!files.pkcs11_module.empty() || !files.token_label.empty()) return load_token(files);
    const std::string name = files.source_name;
    try {
        if (!files.pkcs12.empty()) return pdf::SigningCredentials::from_pkcs12(files.pkcs12, files.password);
        return pdf::SigningCredentials::from_certificate_and_key(files.certificate, files.key, files.password);
    } catch (const pdf::SigningError& e) {
        using K = pdf::SigningError::Kind;
        if (e.kind() == K::bad_password) {
            throw ServiceError(fill(tr("the password of {file} is not right; type it again (it is the one chosen when "
                                       "the certificate was made). Nothing was signed."),
                                    {{"file", name}}));
        }
        if (e.kind() == K::key_mismatch) {
            throw ServiceError(fill(tr("the key {file} does not belong to that certificate: use the .key that came with "
                                       "the same .cer. Nothing was signed."),
                                    {{"file", name}}));
        }
        throw ServiceError(fill(tr("{file} is not a certificate and key Pacta can read: use the e.firma's .cer and .key, "
                                   "or a .p12 file. Nothing was signed."),
                                {{"file", name}}));
    }
}

// The fields (firma_ROL) of the template's @firmas_a_la_vez group that holds `field`, itself
// included; empty when it is in none.
std::set<std::string> parallel_group(const std::string& template_source, const std::string& field) {
    const auto parsed = document::parse_template(template_source, "contrato");
    if (!parsed.value) return {};
    for (const auto& group : parsed.value->info.parallel_signers) {
        std::set<std::string> fields;
        for (const auto& role : group) fields.insert("firma_" + role);
        if (fields.count(field) > 0) return fields;
    }
    return {};
}

// Why the timestamp server gave no timestamp, as the signer reads it.
std::string timestamp_failure_text(const std::optional<pdf::TimestampError::Kind>& kind) {
    using K = pdf::TimestampError::Kind;
    std::string why = tr("the timestamp server did not give a valid timestamp");
    if (kind == K::bad_url) why = tr("the timestamp server's address in Configuración is not valid");
    if (kind == K::unreachable) why = tr("the timestamp server could not be reached");
    if (kind == K::timeout) why = tr("the timestamp server did not answer in time");
    if (kind == K::http_error || kind == K::rejected) why = tr("the timestamp server refused the request");
    return fill(tr("Signed without a timestamp (level PAdES B-B): {why}. The signature is valid; its time is the one "
                   "the signer claims."),
                {{"why", why}});
}

}  // namespace

std::string ContractSigningService::working_pdf(const d::StoredContract& contract) {
    // The newest complete PDF: the generated one, or the last one signed into.
    const d::ContractFile* newest = nullptr;
    for (const auto& f : contract.files) {
        if (f.kind == "completo") newest = &f;
    }
    if (newest == nullptr) {
        throw ServiceError(fill(tr("the contract {folio} has no PDF yet: generate it and sign that."),
                                {{"folio", contract.folio}}));
    }
    auto bytes = catalog_.file_contents(contract.folio, newest->sha256);
    if (!bytes) {
        throw ServiceError(fill(tr("the PDF of contract {folio} is no longer as it was recorded ({file}); generate it "
                                   "again and sign the new one."),
                                {{"folio", contract.folio}, {"file", newest->path}}));
    }
    return std::move(*bytes);
}

std::vector<SignatureFieldStatus> ContractSigningService::fields(const std::string& folio) {
    const auto status = lifecycle_.status(folio);
    session_.require(d::Permission::read_records, "contrato " + folio, status.institution_code);
    const auto contract = catalog_.find(folio);
    if (!contract) throw ServiceError(fill(tr("there is no contract «{folio}»; check its folio."), {{"folio", folio}}));
    std::vector<SignatureFieldStatus> out;
    for (const auto& f : pdf::signature_fields(working_pdf(*contract))) {
        out.push_back({f.name, expected_signer(*contract, f.name, staff_, institutions_).name, f.is_signed});
    }
    return out;
}

std::filesystem::path ContractSigningService::write_completion_record(const d::StoredContract& contract,
                                                                      const std::string& signed_pdf,
                                                                      const std::string& sha256, const std::string& now) {
    CompletionFacts facts;
    facts.folio = contract.folio;
    if (const auto institution = institutions_.find(contract.institution_code)) facts.institution = institution->name;
    facts.signed_pdf_sha256 = sha256;
    facts.made_at = display_timestamp(now) + " UTC";
    for (const auto& s : pdf::check_pdf_signatures(signed_pdf).signatures) {
        CompletedSignature c;
        c.field = s.field;
        c.signer = s.signer;
        if (const auto read = pdf::inspect_certificate(s.certificate_der)) {
            c.identity = match_identity({}, read->identity).identity;
            c.serial_hex = read->identity.serial_hex;
            c.issuer = read->identity.issuer;
        }
        c.timestamped = !s.timestamp_time.empty() && s.timestamp_valid;
        const std::string when = c.timestamped ? s.timestamp_time : s.signing_time;
        c.time = signature_time_text(when);
        facts.signatures.push_back(std::move(c));
    }
    // The trail's newest row now: the last signature and the move to «firmado» are in it.
    if (const auto newest = trail_.latest(1); !newest.empty()) {
        facts.audit_row = newest.front().id;
        facts.audit_hash = trail_.stored_hash(newest.front().id).value_or("");
    }
    const auto record = folder_ / contract.folio / ("constancia-de-firma-" + sha256.substr(0, 16) + ".pdf");
    platform::write_file_atomically(record, completion_record_pdf(facts));
    return record;
}

SignedField ContractSigningService::sign(const std::string& folio, const std::string& field, const SignerFiles& files,
                                         const std::string& now) {
    lifecycle_.check_signing(folio);
    const auto contract = catalog_.find(folio);
    if (!contract) throw ServiceError(fill(tr("there is no contract «{folio}»; check its folio."), {{"folio", folio}}));
    const std::string pdf_bytes = working_pdf(*contract);

    // The field, and every field before it signed (the signature block's order).
    const auto states = pdf::signature_fields(pdf_bytes);
    std::vector<std::string> names, pending;
    for (const auto& s : states) {
        names.push_back(s.name);
        if (!s.is_signed) pending.push_back(s.name);
    }
    const auto at = std::find(names.begin(), names.end(), field);
    if (at == names.end()) {
        throw ServiceError(fill(tr("the contract's PDF has no signature field «{field}»; its fields are: {fields}."),
                                {{"field", field}, {"fields", joined(names)}}));
    }
    const auto index = static_cast<std::size_t>(at - names.begin());
    if (states[index].is_signed) {
        throw ServiceError(fill(tr("«{field}» is signed already; still to sign: {pending}."),
                                {{"field", field}, {"pending", joined(pending)}}));
    }
    // Fields the template lets sign at once (@firmas_a_la_vez) wait only for those before
    // their group.
    const auto group_of = parallel_group(contract->template_source, field);
    std::size_t group_start = index;
    while (group_start > 0 && group_of.count(names[group_start - 1]) > 0) --group_start;
    for (std::size_t i = 0; i < group_start; ++i) {
        if (!states[i].is_signed) {
            throw ServiceError(fill(tr("«{field}» is signed after «{previous}», which is not signed yet: sign in the "
                                       "order of the signature block."),
                                    {{"field", field}, {"previous", names[i]}}));
        }
    }

    // The certificate: an e.firma (not a seal certificate), for signing, valid now, and the
    // person the field names.
    const auto credentials = load(files);
    const auto id = credentials.identity();
    if (id.looks_like_csd()) {
        throw ServiceError(fill(tr("the certificate of {name} is a seal certificate (CSD, branch «{branch}»), made for "
                                   "invoices; contracts are signed with the e.firma, whose certificate names no branch."),
                                {{"name", id.common_name}, {"branch", id.branch}}));
    }
    if (!id.may_sign()) {
        throw ServiceError(fill(tr("the certificate of {name} is not for signing: its key usage allows neither digital "
                                   "signatures nor non-repudiation."),
                                {{"name", id.common_name}}));
    }
    if (!id.valid_at(now)) {
        throw ServiceError(fill(tr("the certificate of {name} is valid from {from} to {to}; it cannot sign on {today}. "
                                   "Renew it and sign with the new one."),
                                {{"name", id.common_name},
                                 {"from", display_timestamp(id.not_before).substr(0, 10)},
                                 {"to", display_timestamp(id.not_after).substr(0, 10)},
                                 {"today", display_timestamp(now).substr(0, 10)}}));
    }
    const auto expected = expected_signer(*contract, field, staff_, institutions_);
    const auto [matches, identity] = match_identity(expected, id);
    if (!matches) {
        const std::string holder = holder_text(id, identity);
        throw ServiceError(fill(tr("the field «{field}» is for {expected}, but the certificate belongs to {holder}: "
                                   "each signer signs their own field. Nothing was signed."),
                                {{"field", field},
                                 {"expected", expected.name.empty() ? tr("a signer Pacta does not know") : expected.name},
                                 {"holder", holder}}));
    }

    pdf::FieldSignature what{field, id.common_name, fill(tr("Signature of contract {folio}"), {{"folio", folio}}), now, {}};
    if (const auto institution = institutions_.find(contract->institution_code)) {
        what.timestamp_url = timestamp_server(*institution);
    }
    what.appearance = {tr("Digitally signed by"), id.common_name, identity, display_timestamp(now) + " UTC",
                       fill(tr("Certificate {serial}"), {{"serial", id.serial_hex}})};
    std::erase(what.appearance, std::string());
    const auto made = pdf::sign_field(pdf_bytes, what, credentials);
    const std::string& signed_pdf = made.pdf;
    SignedField result;
    result.timestamped = made.timestamped;
    if (!what.timestamp_url.empty() && !made.timestamped) {
        result.timestamp_note = timestamp_failure_text(made.timestamp_failure);
    }
    result.field = field;
    result.signer = id.common_name;
    result.identity = identity;
    result.sha256 = platform::sha256_hex(signed_pdf);
    std::erase(pending, field);
    result.pending = pending;
    result.contract_signed = pending.empty();
    const auto file = folder_ / folio / ("firmado-" + result.sha256.substr(0, 16) + ".pdf");
    std::filesystem::create_directories(file.parent_path());
    platform::write_file_atomically(file, signed_pdf);
    drafts_.record_file(folio, {"completo", std::filesystem::absolute(file).string(), result.sha256, ""}, session_.actor());
    session_.record_access("crear", "firma", folio + "/" + field,
                           "{\"campo\":" + json_text(field) + ",\"firmante\":" + json_text(id.common_name) +
                               ",\"identidad\":" + json_text(identity) + ",\"certificado_sha256\":" +
                               json_text(id.sha256_fingerprint) + ",\"serie\":" + json_text(id.serial_hex) +
                               ",\"emisor\":" + json_text(id.issuer) + ",\"pdf_sha256\":" + json_text(result.sha256) + "}");
    if (result.contract_signed) {
        lifecycle_.move(folio, d::ContractState::firmado, "", file);
        result.completion_record = write_completion_record(*contract, signed_pdf, result.sha256, now);
    }
    return result;
}

}  // namespace pacta::presentation
