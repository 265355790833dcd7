// The demo office: an empty database gets it once, with valid people.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/presentation/session/demo.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST(Demo, AnEmptyDatabaseGetsTheDemoOfficeOnceWithValidPeople) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const fs::path dir = fs::temp_directory_path() / ("pacta-demo-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(PACTA_SOURCE_DIR "/docs/ejemplos/institucion-imss-bienestar-gro.json", dir / "institucion.json");
    fs::copy_file(PACTA_SOURCE_DIR "/installer/demo/personal-demo.csv", dir / "personal.csv");
    MemoryUsers users;
    MemoryInstitutions institutions;
    MemoryStaff staff;
    MemoryAudit audit;
    EXPECT_EQ(seed_demo(users, institutions, staff, audit, dir), "");
    ASSERT_EQ(users.users.size(), 1U);
    EXPECT_TRUE(users.users.at(demo_username).account.has(d::Role::administrador));
    ASSERT_TRUE(institutions.institution);
    EXPECT_FALSE(institutions.institution->signatories.empty());
    // Every person passed the import's checks (CURP and RFC check digits, CURP against
    // birth date and sex, the unit).
    EXPECT_EQ(staff.people.size(), 6U);
    const auto login = log_in(users, audit, demo_username, demo_password);
    EXPECT_TRUE(login.user) << login_failure_text(login.failure);
    // Once seeded, never again.
    staff.people.clear();
    EXPECT_EQ(seed_demo(users, institutions, staff, audit, dir), "");
    EXPECT_TRUE(staff.people.empty());
    fs::remove_all(dir);
    EXPECT_NE(seed_demo(*std::make_unique<MemoryUsers>(), institutions, staff, audit, dir).find("reinstale"),
              std::string::npos);
}

}  // namespace
}  // namespace pacta::presentation
