#include "pacta/locale/labels.h"

#include <utility>

#include "pacta/locale/catalog.h"

namespace pacta::locale {

namespace d = pacta::domain;

namespace {

// An office's own key, readable: "jefe_de_area" → "Jefe de area".
std::string readable_key(std::string_view key) {
    std::string out(key);
    for (auto& c : out) {
        if (c == '_' || c == '-') c = ' ';
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

struct KeyLabel {
    std::string_view key;
    const char* english;
};

// TRANSLATORS: a signatory's role in an institution (who signs as what).
constexpr KeyLabel signatory_roles[] = {
    {"representante", noop_tr("Representative")},
    {"supervisor", noop_tr("Supervisor")},
    {"juridico", noop_tr("Legal officer")},
    {"personal", noop_tr("Human resources")},
};

// TRANSLATORS: the subject of a contract's clause, shown where the template gives no title.
constexpr KeyLabel clause_keys[] = {
    {"antecedentes", noop_tr("Background")},
    {"base_legal", noop_tr("Legal basis")},
    {"objeto", noop_tr("Purpose")},
    {"capacidad", noop_tr("Capacity")},
    {"independencia", noop_tr("Independence")},
    {"honorarios", noop_tr("Fees")},
    {"retribucion", noop_tr("Remuneration")},
    {"forma_de_pago", noop_tr("Payment terms")},
    {"conformidad", noop_tr("Acceptance of the work")},
    {"vigencia", noop_tr("Term")},
    {"plazo", noop_tr("Duration")},
    {"obligaciones", noop_tr("Obligations")},
    {"naturaleza", noop_tr("Nature of the contract")},
    {"conflicto_de_intereses", noop_tr("Conflict of interest")},
    {"confidencialidad", noop_tr("Confidentiality")},
    {"cesion", noop_tr("Assignment")},
    {"comunicacion", noop_tr("Notices")},
    {"supervision", noop_tr("Supervision")},
    {"penalidades", noop_tr("Penalties")},
    {"rescision", noop_tr("Rescission")},
    {"resolucion", noop_tr("Termination for breach")},
    {"terminacion_anticipada", noop_tr("Early termination")},
    {"fuerza_mayor", noop_tr("Force majeure")},
    {"relacion_no_laboral", noop_tr("No employment relationship")},
    {"anticorrupcion", noop_tr("Anti-corruption")},
    {"controversias", noop_tr("Disputes")},
    {"arbitraje", noop_tr("Arbitration")},
    {"jurisdiccion", noop_tr("Jurisdiction")},
    {"modificacion", noop_tr("Amendment")},
    {"subsistencia", noop_tr("Remaining clauses")},
    {"efectos", noop_tr("Effective date")},
};

// TRANSLATORS: what an audit row records that someone did.
constexpr KeyLabel audit_actions[] = {
    {"crear", noop_tr_context("audit action", "created")},
    {"actualizar", noop_tr_context("audit action", "changed")},
    {"eliminar", noop_tr_context("audit action", "deleted")},
    {"consultar", noop_tr_context("audit action", "viewed")},
    {"exportar", noop_tr_context("audit action", "exported")},
    {"denegar", noop_tr_context("audit action", "refused")},
    {"acceder", noop_tr_context("audit action", "signed in")},
};

// TRANSLATORS: what an audit row is about.
constexpr KeyLabel audit_entities[] = {
    {"auditoria", noop_tr_context("audit entity", "audit trail")},
    {"base_de_datos", noop_tr_context("audit entity", "database")},
    {"busqueda_personal", noop_tr_context("audit entity", "staff search")},
    {"calendario", noop_tr_context("audit entity", "payment schedule")},
    {"clausula", noop_tr_context("audit entity", "clause")},
    {"comentario", noop_tr_context("audit entity", "review comment")},
    {"contrato", noop_tr_context("audit entity", "contract")},
    {"copias_impresas", noop_tr_context("audit entity", "printed copies")},
    {"exhibicion", noop_tr_context("audit entity", "instalment")},
    {"firmante", noop_tr_context("audit entity", "signatory")},
    {"importacion", noop_tr_context("audit entity", "import")},
    {"institucion", noop_tr_context("audit entity", "institution")},
    {"lista_de_revision", noop_tr_context("audit entity", "review checklist")},
    {"permiso", noop_tr_context("audit entity", "permission")},
    {"persona", noop_tr_context("audit entity", "person")},
    {"personal", noop_tr_context("audit entity", "staff")},
    {"plantilla", noop_tr_context("audit entity", "template")},
    {"revision_punto", noop_tr_context("audit entity", "checklist point")},
    {"sesion", noop_tr_context("audit entity", "session")},
    {"usuario", noop_tr_context("audit entity", "user")},
    {"version_publica", noop_tr_context("audit entity", "public version")},
};

template <std::size_t N>
std::string label_of(const KeyLabel (&table)[N], std::string_view key, const char* context = nullptr) {
    for (const auto& entry : table) {
        if (entry.key == key) return context != nullptr ? tr_context(context, entry.english) : tr(entry.english);
    }
    return readable_key(key);
}

template <std::size_t N>
std::vector<std::string_view> keys_of(const KeyLabel (&table)[N]) {
    std::vector<std::string_view> out;
    for (const auto& entry : table) out.push_back(entry.key);
    return out;
}

}  // namespace

std::string contract_state_label(d::ContractState state) {
    switch (state) {
        case d::ContractState::borrador: return tr_context("contract state", "draft");
        case d::ContractState::en_revision: return tr_context("contract state", "in legal review");
        case d::ContractState::observado: return tr_context("contract state", "returned with remarks");
        case d::ContractState::aprobado: return tr_context("contract state", "approved");
        case d::ContractState::firmado: return tr_context("contract state", "signed");
        case d::ContractState::vigente: return tr_context("contract state", "in force");
        case d::ContractState::concluido: return tr_context("contract state", "concluded");
        case d::ContractState::terminado_anticipadamente: return tr_context("contract state", "terminated early");
        case d::ContractState::rescindido: return tr_context("contract state", "rescinded");
        case d::ContractState::cancelado: return tr_context("contract state", "cancelled");
    }
    return std::string(d::contract_state_name(state));
}

std::string instalment_state_label(d::InstalmentState state) {
    switch (state) {
        case d::InstalmentState::pending: return tr("pending");
        case d::InstalmentState::report_delivered: return tr("report delivered");
        case d::InstalmentState::approved: return tr("approved");
        case d::InstalmentState::paid: return tr("paid");
        case d::InstalmentState::suspended: return tr("suspended");
        case d::InstalmentState::cancelled: return tr("cancelled");
    }
    return std::string(d::instalment_state_name(state));
}

std::string role_label(d::Role role) {
    switch (role) {
        case d::Role::capturista: return tr_context("role", "clerk");
        case d::Role::revisor_juridico: return tr_context("role", "legal reviewer");
        case d::Role::finanzas: return tr_context("role", "finance");
        case d::Role::administrador: return tr_context("role", "administrator");
    }
    return std::string(d::role_name(role));
}

std::string roles_label(const std::vector<d::Role>& roles) {
    std::string out;
    for (const auto r : roles) out += (out.empty() ? "" : ", ") + role_label(r);
    return out;
}

std::string regime_label(d::Regime regime) {
    switch (regime) {
        case d::Regime::honorarios: return tr_context("regime", "Professional fees");
        case d::Regime::cas: return tr_context("regime", "Administrative services (CAS)");
        case d::Regime::locacion: return tr_context("regime", "Independent services");
        case d::Regime::planilla: return tr_context("regime", "Payroll");
    }
    return std::string(d::regime_name(regime));
}

std::string category_label(d::Category category) {
    return category == d::Category::asistencial ? tr_context("staff category", "Care")
                                                : tr_context("staff category", "Administrative");
}

std::string sex_label(d::Sex sex) { return sex == d::Sex::woman ? tr("Woman") : tr("Man"); }

std::string termination_cause_label(d::TerminationCause cause) {
    switch (cause) {
        case d::TerminationCause::notice: return tr_context("termination", "Notice");
        case d::TerminationCause::rescission: return tr_context("termination", "Rescission");
        case d::TerminationCause::interruption: return tr_context("termination", "Interruption");
    }
    return std::string(d::termination_cause_name(cause));
}

std::string clause_status_label(d::ClauseStatus status) {
    switch (status) {
        case d::ClauseStatus::borrador: return tr_context("clause status", "draft");
        case d::ClauseStatus::aprobada: return tr_context("clause status", "approved");
        case d::ClauseStatus::retirada: return tr_context("clause status", "retired");
    }
    return std::string(d::clause_status_name(status));
}

std::string signatory_role_label(std::string_view key) { return label_of(signatory_roles, key); }

std::string clause_key_label(std::string_view key) { return label_of(clause_keys, key); }

std::string audit_action_label(std::string_view key) { return label_of(audit_actions, key, "audit action"); }

std::string audit_entity_label(std::string_view key) { return label_of(audit_entities, key, "audit entity"); }

std::string choice_label(std::string_view field, std::string_view value) {
    if (field == "regimen") {
        if (const auto r = d::regime_from_name(value)) return regime_label(*r);
    } else if (field == "categoria") {
        if (const auto c = d::category_from_name(value)) return category_label(*c);
    } else if (field == "sexo") {
        if (const auto s = d::sex_from_name(value)) return sex_label(*s);
    } else if (field == "perfil") {
        // TRANSLATORS: the institution's formats, with an example of each.
        if (value == "es_MX") return tr("Mexico (31/01/2024, $1,234.50)");
        if (value == "es_PE") return tr("Peru (31/01/2024, S/ 1,234.50)");
    } else if (field == "roles" || field == "rol") {
        return signatory_role_label(value);
    }
    return std::string(value);
}

const std::vector<std::string_view>& known_signatory_roles() {
    static const auto keys = keys_of(signatory_roles);
    return keys;
}

const std::vector<std::string_view>& known_audit_entities() {
    static const auto keys = keys_of(audit_entities);
    return keys;
}

const std::vector<std::string_view>& known_clause_keys() {
    static const auto keys = keys_of(clause_keys);
    return keys;
}

}  // namespace pacta::locale
