#include "pacta/presentation/contracts/sign_field_form.h"

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace {

using locale::fill;
using locale::tr;

}  // namespace

bool SignFieldForm::load() {
    error_.clear();
    try {
        fields_ = service_.fields(folio_);
    } catch (const std::exception& e) {
        error_ = e.what();
        return false;
    }
    field_ = 0;
    while (field_ + 1 < fields_.size() && fields_[field_].is_signed) ++field_;
    return true;
}

std::vector<std::string> SignFieldForm::field_labels() const {
    std::vector<std::string> out;
    for (const auto& f : fields_) {
        out.push_back(f.field + " · " + (f.expected.empty() ? tr("signer unknown") : f.expected) + " · " +
                      (f.is_signed ? tr("signed") : tr("to sign")));
    }
    return out;
}

bool SignFieldForm::sign(const std::string& now) {
    error_.clear();
    result_.clear();
    if (field_ >= fields_.size()) {
        error_ = tr("choose the field to sign.");
        return false;
    }
    SignerFiles files;
    const auto read = [&](const std::filesystem::path& file, const std::string& missing) -> std::optional<std::string> {
        if (file.empty()) {
            error_ = missing;
            return std::nullopt;
        }
        auto bytes = document::read_file(file);
        if (!bytes) error_ = fill(tr("cannot read {file}."), {{"file", file.string()}});
        return bytes;
    };
    if (token_) {
        if (module_.empty()) {
            error_ = tr("choose the token's module: the driver file (.so) its maker installs.");
            return false;
        }
        if (token_label_.empty()) {
            error_ = tr("type the token's label, as its maker's tool shows it.");
            return false;
        }
        files.pkcs11_module = module_.string();
        files.token_label = token_label_;
        files.source_name = token_label_;
    } else if (pkcs12_) {
        auto p12 = read(pkcs12_file_, tr("choose the PKCS#12 file (.p12 or .pfx)."));
        if (!p12) return false;
        files.pkcs12 = std::move(*p12);
        files.source_name = pkcs12_file_.filename().string();
    } else {
        auto cer = read(certificate_, tr("choose the e.firma's certificate (.cer)."));
        if (!cer) return false;
        auto key = read(key_, tr("choose the e.firma's private key (.key)."));
        if (!key) return false;
        files.certificate = std::move(*cer);
        files.key = std::move(*key);
        files.source_name = key_.filename().string();
    }
    if (password_.empty()) {
        error_ = token_ ? tr("type the token's PIN.") : tr("type the password of the private key.");
        return false;
    }
    files.password = password_;
    try {
        const auto signed_field = service_.sign(folio_, fields_[field_].field, files, now);
        contract_signed_ = signed_field.contract_signed;
        std::string pending;
        for (const auto& p : signed_field.pending) pending += (pending.empty() ? "" : ", ") + p;
        result_ = fill(tr("The field {field} was signed by {signer}{identity}"), {{"field", signed_field.field},
                                                                     {"signer", signed_field.signer},
                                                                     {"identity", signed_field.identity.empty() ? std::string() : " (" + signed_field.identity + ")"}}) +
                  ". " +
                  (contract_signed_ ? fill(tr("Every field is signed: the contract {folio} is «firmado»."), {{"folio", folio_}}) +
                                          " " + tr("Its signing record was kept beside the signed PDF.")
                                    : fill(tr("Still to sign: {fields}."), {{"fields", pending}}));
        if (signed_field.timestamped) result_ += " " + tr("With a timestamp from the timestamp server: level PAdES B-T.");
        if (!signed_field.timestamp_note.empty()) result_ += " " + signed_field.timestamp_note;
    } catch (const std::exception& e) {
        error_ = e.what();
        return false;
    }
    password_.clear();  // not kept once used
    (void)load();
    return true;
}

}  // namespace pacta::presentation
