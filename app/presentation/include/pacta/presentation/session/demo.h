#pragma once
// The demonstration office `scripts/run` opens: a database of its own (never the user's),
// filled on first use with an administrator whose credentials are printed, the reference
// office (IMSS-Bienestar Guerrero) with its signatories, and a handful of fictitious staff
// whose identity numbers pass every check.

#include <filesystem>
#include <string>

#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/domain/ports/users.h"

namespace pacta::presentation {

inline constexpr const char* demo_username = "demo";
inline constexpr const char* demo_password = "demo-pacta-2024";

// `demo_dir` holds institucion.json and personal.csv (share/pacta/demo). Does nothing when
// the database has users already. Returns an empty string, or what went wrong.
[[nodiscard]] std::string seed_demo(domain::UserRepository& users, domain::InstitutionRepository& institutions,
                                    domain::StaffRepository& staff, domain::AuditLog& audit,
                                    const std::filesystem::path& demo_dir);

}  // namespace pacta::presentation
