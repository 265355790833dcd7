#include "pacta/presentation/contracts/signer_identity.h"

#include "pacta/domain/number_words.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;

// Names compared as people write them: case, accents and spacing aside.
std::string folded(const std::string& name) {
    std::string out;
    for (const char c : d::fold_spanish(name)) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

ExpectedSigner expected_signer(const d::StoredContract& contract, const std::string& field, d::StaffRepository& staff,
                               d::InstitutionRepository& institutions) {
    ExpectedSigner who;
    if (field == "firma_prestador") {
        if (const auto person = staff.find(contract.staff_key)) {
            who = {person->full_name(), person->curp, person->rfc, person->dni};
        } else {
            who.name = contract.person;
        }
        return who;
    }
    const std::string role = field.rfind("firma_", 0) == 0 ? field.substr(6) : field;
    const auto code = contract.signatories.find(role);
    if (code != contract.signatories.end()) {
        if (const auto institution = institutions.find(contract.institution_code)) {
            for (const auto& s : institution->signatories) {
                if (s.code == code->second) who = {s.name, {}, s.rfc, s.dni};
            }
        }
    }
    return who;
}

IdentityMatch match_identity(const ExpectedSigner& expected, const pdf::CertificateIdentity& id) {
    IdentityMatch m;
    if (!expected.curp.empty() && !id.curp.empty()) {
        m.matches = expected.curp == id.curp;
        m.identity = "CURP " + id.curp;
    } else if (!expected.rfc.empty() && !id.rfc.empty()) {
        m.matches = expected.rfc == id.rfc || expected.rfc == id.representative_rfc;
        m.identity = "RFC " + (id.representative_rfc.empty() ? id.rfc : id.representative_rfc);
    } else if (!expected.dni.empty() && !id.dni.empty()) {
        m.matches = expected.dni == id.dni;
        m.identity = "DNI " + id.dni;
    } else {
        // Signatories are on record by name only.
        m.matches = !expected.name.empty() && folded(expected.name) == folded(id.common_name);
        const std::string rfc = id.representative_rfc.empty() ? id.rfc : id.representative_rfc;
        m.identity = !id.curp.empty() ? "CURP " + id.curp
                     : !rfc.empty()   ? "RFC " + rfc
                     : !id.dni.empty() ? "DNI " + id.dni
                                       : "";
    }
    return m;
}

std::string signature_time_text(const std::string& iso) {
    return iso.empty() ? std::string() : display_timestamp(iso.back() == 'Z' ? iso : iso + "Z") + " UTC";
}

std::string holder_text(const pdf::CertificateIdentity& id, const std::string& identity) {
    return id.common_name + (identity.empty() ? "" : " (" + identity + ")");
}

}  // namespace pacta::presentation
