#pragma once
// «Firmar…» on an approved contract, as a form: which field (the next one to sign chosen
// first), the signer's e.firma (.cer and .key), PKCS#12 or token, the key's password or the
// token's PIN; signing keeps
// everything typed when it is refused, and says what happened when it is not.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/presentation/contracts/contract_signing.h"

namespace pacta::presentation {

class SignFieldForm {
public:
    SignFieldForm(ContractSigningService service, std::string folio)
        : service_(std::move(service)), folio_(std::move(folio)) {}

    // Reads the contract's fields; false with error() when they cannot be read.
    bool load();
    // «firma_representante · Mauricio Roldan Parra · por firmar», in the block's order.
    [[nodiscard]] std::vector<std::string> field_labels() const;
    [[nodiscard]] std::size_t chosen_field() const { return field_; }
    void choose_field(std::size_t index) { field_ = index; }
    // True: a PKCS#12 file; false: the e.firma's .cer and .key.
    void use_pkcs12(bool pkcs12) { pkcs12_ = pkcs12; }
    [[nodiscard]] bool uses_pkcs12() const { return pkcs12_; }
    void set_certificate(std::filesystem::path file) { certificate_ = std::move(file); }
    void set_key(std::filesystem::path file) { key_ = std::move(file); }
    void set_pkcs12(std::filesystem::path file) { pkcs12_file_ = std::move(file); }
    // A key on a token (PKCS#11): its module (the card reader's or token's driver, a .so
    // file) and the token's label; the password is then the token's PIN.
    void use_token(bool token) { token_ = token; }
    [[nodiscard]] bool uses_token() const { return token_; }
    void set_token(std::filesystem::path module, std::string label) {
        module_ = std::move(module);
        token_label_ = std::move(label);
    }
    void set_password(std::string password) { password_ = std::move(password); }
    // Signs at `now` (UTC); false with error() (what is wrong and what to do). On success,
    // result() says who signed and what is left, and the fields are read again.
    bool sign(const std::string& now);
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] const std::string& result() const { return result_; }
    [[nodiscard]] bool contract_signed() const { return contract_signed_; }

private:
    ContractSigningService service_;
    std::string folio_;
    std::vector<SignatureFieldStatus> fields_;
    std::size_t field_ = 0;
    bool pkcs12_ = false;
    bool token_ = false;
    std::filesystem::path certificate_, key_, pkcs12_file_, module_;
    std::string token_label_;
    std::string password_;
    std::string error_, result_;
    bool contract_signed_ = false;
};

}  // namespace pacta::presentation
