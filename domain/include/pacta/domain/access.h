#pragma once
// Who may do what. Roles are held by user accounts; each permission names the roles that
// grant it. The service layer checks these before every action, whatever the front end.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::domain {

enum class Role { capturista, revisor_juridico, finanzas, administrador };

// "capturista", "revisor_juridico", "finanzas", "administrador": the stored names.
[[nodiscard]] std::string_view role_name(Role role);
// As people write them: "revisor jurídico", "Revisor_Juridico", "revisor", "admin"...
[[nodiscard]] std::optional<Role> role_from_name(std::string_view text);
[[nodiscard]] std::vector<Role> all_roles();

enum class Permission {
    manage_users,           // usuario crear|listar|desactivar|restablecer
    manage_institutions,    // institucion importar
    read_records,           // lists and views without personal data
    view_personal_data,     // a person's full identity and bank data
    import_staff,           // personal importar
    export_personal_data,   // personal exportar
    draft_contracts,        // contrato nuevo|editar|modificar|generar|imprimir
    record_instalments,     // reports, approvals, suspensions, hand schedules
    record_payments,        // marking an instalment paid
    end_contracts,          // early endings (terminado anticipadamente, rescindido)
    manage_backups,         // respaldo crear|restaurar
    draft_clauses,          // clausula agregar|retirar
    approve_clauses,        // clausula aprobar (never one's own wording)
    comment_contracts,      // revision comentar
    resolve_comments,       // revision resolver
};

// Stored name, for the audit trail: "gestionar_usuarios"...
[[nodiscard]] std::string_view permission_name(Permission permission);
// The roles that grant `permission`, in the order of Role.
[[nodiscard]] std::vector<Role> roles_granting(Permission permission);

struct UserAccount {
    std::string username;
    std::set<Role> roles;
    std::set<std::string> institutions;  // institution codes; empty: every institution
    bool active = true;
    int failed_logins = 0;
    bool locked = false;

    [[nodiscard]] bool has(Role role) const { return roles.contains(role); }
    [[nodiscard]] bool may(Permission permission) const;
    // True when the account is not limited to some institutions or `code` is one of them.
    [[nodiscard]] bool covers(const std::string& institution_code) const;
};

// Consecutive failed logins that lock an account until an administrator resets it.
inline constexpr int max_failed_logins = 5;
// Shortest password accepted.
inline constexpr std::size_t min_password_length = 10;

// Names a user may have: 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter.
[[nodiscard]] bool is_valid_username(std::string_view name);

}  // namespace pacta::domain
