// One path for errors: fixable, refused and faults told apart by type; a fault's detail goes
// to a private log, never into the message a person reads.
#include "pacta/presentation/common/problem.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pacta/domain/finding.h"
#include "pacta/presentation/session/access.h"

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using namespace pacta::presentation;

class Problems : public testing::Test {
protected:
    void SetUp() override {
        log_ = fs::temp_directory_path() / ("pacta-faults-" + std::to_string(::getpid())) / "pacta-errores.log";
        fs::remove_all(log_.parent_path());
        set_fault_log(log_);
    }
    void TearDown() override {
        set_fault_log({});
        fs::remove_all(log_.parent_path());
    }
    fs::path log_;
};

TEST_F(Problems, AFaultReadsPlainlyAndItsDetailGoesToAPrivateLog) {
    const auto p = problem_of(std::runtime_error("SQLITE_IOERR: disk I/O error in contract_file"));
    EXPECT_EQ(p.kind, Problem::Kind::fault);
    EXPECT_EQ(p.message.find("SQLITE"), std::string::npos);
    EXPECT_FALSE(p.message.empty());
    ASSERT_TRUE(fs::exists(log_));
    std::stringstream text;
    text << std::ifstream(log_).rdbuf();
    EXPECT_NE(text.str().find("SQLITE_IOERR: disk I/O error in contract_file"), std::string::npos);
    struct stat info {};
    ASSERT_EQ(::stat(log_.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);
}

TEST_F(Problems, RulesAndRefusalsAreToldApartAndKeepTheirStructure) {
    const auto rule = problem_of(d::RuleError(d::Finding("staff.bad_date", d::Severity::error, "fecha_nacimiento")
                                                  .with("value", "1990-02-30")));
    EXPECT_EQ(rule.kind, Problem::Kind::fixable);
    ASSERT_EQ(rule.findings.size(), 1U);
    EXPECT_EQ(rule.findings[0].field, "fecha_nacimiento");
    const auto denied = problem_of(AccessDenied("carlos may not do this", {d::Role::finanzas}));
    EXPECT_EQ(denied.kind, Problem::Kind::refused);
    EXPECT_EQ(denied.roles_needed, std::vector<d::Role>{d::Role::finanzas});
    EXPECT_FALSE(fs::exists(log_));  // only faults are logged
}

TEST_F(Problems, AttemptNeverLetsAFaultThroughNorShowsItsDetail) {
    std::string error;
    EXPECT_FALSE(attempt(error, [] { throw std::runtime_error("database is locked"); }));
    EXPECT_FALSE(error.empty());
    EXPECT_EQ(error.find("locked"), std::string::npos);
    EXPECT_FALSE(attempt(error, [] { throw 42; }));
    EXPECT_FALSE(error.empty());
}

}  // namespace
