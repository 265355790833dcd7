#include "pacta/domain/access.h"

#include <algorithm>
#include <array>

#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

struct RoleNames {
    Role role;
    std::string_view name;
};

constexpr std::array<RoleNames, 4> role_names = {{
    {Role::capturista, "capturista"},
    {Role::revisor_juridico, "revisor_juridico"},
    {Role::finanzas, "finanzas"},
    {Role::administrador, "administrador"},
}};

}  // namespace

std::string_view role_name(Role role) { return role_names[static_cast<std::size_t>(role)].name; }

std::vector<Role> all_roles() { return {Role::capturista, Role::revisor_juridico, Role::finanzas, Role::administrador}; }

std::optional<Role> role_from_name(std::string_view text) {
    const std::string key = identifier_key(text);
    for (const auto& r : role_names) {
        if (key == r.name) return r.role;
    }
    if (key == "revisor" || key == "juridico") return Role::revisor_juridico;
    if (key == "admin") return Role::administrador;
    return std::nullopt;
}

std::string_view permission_name(Permission permission) {
    switch (permission) {
        case Permission::manage_users: return "gestionar_usuarios";
        case Permission::manage_institutions: return "gestionar_instituciones";
        case Permission::read_records: return "consultar_registros";
        case Permission::view_personal_data: return "ver_datos_personales";
        case Permission::import_staff: return "importar_personal";
        case Permission::export_personal_data: return "exportar_datos_personales";
        case Permission::draft_contracts: return "redactar_contratos";
        case Permission::record_instalments: return "registrar_exhibiciones";
        case Permission::record_payments: return "registrar_pagos";
        case Permission::end_contracts: return "terminar_contratos";
        case Permission::manage_backups: return "gestionar_respaldos";
        case Permission::draft_clauses: return "redactar_clausulas";
        case Permission::approve_clauses: return "aprobar_clausulas";
        case Permission::comment_contracts: return "comentar_contratos";
        case Permission::resolve_comments: return "resolver_comentarios";
    }
    return "";
}

std::vector<Role> roles_granting(Permission permission) {
    using enum Role;
    switch (permission) {
        case Permission::manage_users:
        case Permission::manage_institutions:
        case Permission::manage_backups: return {administrador};
        case Permission::read_records: return {capturista, revisor_juridico, finanzas, administrador};
        // Finance pays into the bank account; HR keeps the record.
        case Permission::view_personal_data: return {capturista, finanzas, administrador};
        case Permission::import_staff:
        case Permission::export_personal_data:
        case Permission::draft_contracts: return {capturista, administrador};
        case Permission::record_instalments:
        case Permission::end_contracts: return {finanzas, administrador};
        // Only finance marks money paid.
        case Permission::record_payments: return {finanzas};
        // The library's wording is the legal reviewers'; an administrador may file a draft.
        case Permission::draft_clauses: return {revisor_juridico, administrador};
        case Permission::approve_clauses:
        case Permission::comment_contracts: return {revisor_juridico};
        // Whoever fixes what a comment asked for marks it resolved.
        case Permission::resolve_comments: return {capturista, revisor_juridico, administrador};
    }
    return {};
}

bool UserAccount::may(Permission permission) const {
    if (!active || locked) return false;
    const auto granting = roles_granting(permission);
    return std::any_of(granting.begin(), granting.end(), [&](Role r) { return has(r); });
}

bool UserAccount::covers(const std::string& institution_code) const {
    return institutions.empty() || institutions.contains(institution_code);
}

bool is_valid_username(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    if (!(name[0] >= 'a' && name[0] <= 'z')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

}  // namespace pacta::domain
