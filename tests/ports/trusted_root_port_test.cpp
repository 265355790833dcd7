// The office's trusted certification authorities on every engine: kept once, listed as
// added, removed by fingerprint; each change is in the audit trail.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "engine.h"

namespace pacta::testing_ports {
namespace {

class TrustedRootPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    // A fingerprint no other test uses, even on the shared server.
    std::string unique_sha256() {
        std::string tail = std::to_string(::getpid()) + (GetParam()[0] == 's' ? "1" : "2");
        return std::string(64 - tail.size(), 'a') + tail;
    }
    Engine engine{GetParam()};
};

bool kept(domain::TrustedRootStore& roots, const std::string& sha256) {
    const auto all = roots.all();
    return std::any_of(all.begin(), all.end(), [&](const domain::TrustedRoot& r) { return r.sha256 == sha256; });
}

TEST_P(TrustedRootPort, AnAuthorityIsKeptOnceListedAsAddedAndRemovedByItsFingerprint) {
    auto& roots = engine.trusted_roots();
    domain::TrustedRoot sat{unique_sha256(), "CN=AC DEL SERVICIO DE ADMINISTRACION TRIBUTARIA", "2031-12-07T16:42:05Z",
                            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", {}, {}};
    const auto rows_before = engine.audit_trail().verify().rows;
    ASSERT_TRUE(roots.add(sat, engine.actor()));
    EXPECT_FALSE(roots.add(sat, engine.actor()));  // kept once
    const auto all = roots.all();
    const auto found = std::find_if(all.begin(), all.end(), [&](const auto& r) { return r.sha256 == sat.sha256; });
    ASSERT_NE(found, all.end());
    EXPECT_EQ(found->subject, sat.subject);
    EXPECT_EQ(found->not_after, sat.not_after);
    EXPECT_EQ(found->pem, sat.pem);
    EXPECT_EQ(found->added_by, engine.actor());
    EXPECT_FALSE(found->added_at.empty());

    EXPECT_TRUE(roots.remove(sat.sha256, engine.actor()));
    EXPECT_FALSE(roots.remove(sat.sha256, engine.actor()));
    EXPECT_FALSE(kept(roots, sat.sha256));
    const auto after = engine.audit_trail().verify();
    EXPECT_TRUE(after.intact);
    EXPECT_GE(after.rows, rows_before + 2);  // the addition and the removal
}

INSTANTIATE_TEST_SUITE_P(Engines, TrustedRootPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
