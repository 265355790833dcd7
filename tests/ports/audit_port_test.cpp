// The audit trail's ports on every engine: an event recorded is the newest row, as the user
// who made it; pages, counts and filters find it; its values come back only when opened; the
// chain verifies from the first row, and the stored hash of the last row is the chain's.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "engine.h"

namespace pacta::testing_ports {
namespace {

class AuditPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    // A key no other test uses, even on the shared server.
    std::string unique(const std::string& what) { return what + "-" + std::to_string(::getpid()) + "-" + GetParam(); }
    Engine engine{GetParam()};
};

TEST_P(AuditPort, AnEventIsTheNewestRowAsItsUser) {
    const std::string key = unique("evento");
    domain::AuditEntry event;
    event.actor = engine.actor();
    event.action = "exportar";
    event.entity = "personal";
    event.entity_id = key;
    event.after_json = R"({"filas":3})";
    engine.audit_log().record(event);
    const auto newest = engine.audit_trail().latest(1);
    ASSERT_EQ(newest.size(), 1U);
    EXPECT_EQ(newest[0].entity_id, key);
    EXPECT_EQ(newest[0].actor, engine.actor());
    EXPECT_EQ(newest[0].action, "exportar");
    EXPECT_EQ(newest[0].after_json, event.after_json);
    EXPECT_FALSE(newest[0].before_json);
    EXPECT_EQ(newest[0].at.size(), 20U);  // AAAA-MM-DDTHH:MM:SSZ
    EXPECT_EQ(newest[0].at.back(), 'Z');

    // Found by a word of its key, ASCII case aside; opened with its values.
    domain::AuditQuery query;
    query.words = {key};
    std::transform(query.words[0].begin(), query.words[0].end(), query.words[0].begin(), ::toupper);
    const auto page = engine.audit_trail().page(query, 0, 10);
    ASSERT_EQ(page.size(), 1U);
    EXPECT_FALSE(page[0].after_json);  // a page carries no values
    const auto opened = engine.audit_trail().find(page[0].id);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->after_json, event.after_json);
    EXPECT_EQ(engine.audit_trail().count(query, 100).rows, 1U);
    // By its number, too.
    domain::AuditQuery by_number;
    by_number.words = {std::to_string(page[0].id)};
    const auto numbered = engine.audit_trail().page(by_number, 0, 10);
    EXPECT_TRUE(std::any_of(numbered.begin(), numbered.end(), [&](const auto& e) { return e.id == page[0].id; }));
    EXPECT_FALSE(engine.audit_trail().find(page[0].id + 1000000));
}

TEST_P(AuditPort, FiltersAndCountsNarrowTheTrail) {
    const std::string key = unique("filtro");
    for (const char* action : {"consultar", "consultar", "denegar"}) {
        domain::AuditEntry e;
        e.actor = engine.actor();
        e.action = action;
        e.entity = "contrato";
        e.entity_id = key;
        engine.audit_log().record(e);
    }
    domain::AuditQuery query;
    query.words = {key};
    query.action = "consultar";
    EXPECT_EQ(engine.audit_trail().count(query, 100).rows, 2U);
    const auto stopped = engine.audit_trail().count(query, 1);
    EXPECT_EQ(stopped.rows, 1U);
    EXPECT_FALSE(stopped.exact);
    query.action = "denegar";
    EXPECT_EQ(engine.audit_trail().page(query, 0, 10).size(), 1U);
    query.action.clear();
    const auto newest_first = engine.audit_trail().page(query, 0, 10);
    ASSERT_EQ(newest_first.size(), 3U);
    EXPECT_GT(newest_first[0].id, newest_first[1].id);
    EXPECT_EQ(engine.audit_trail().page(query, 1, 1).front().id, newest_first[1].id);
    // Days: today's rows are in today, none are in 2001.
    const std::string today = newest_first[0].at.substr(0, 10);
    query.from = query.to = today;
    EXPECT_EQ(engine.audit_trail().count(query, 100).rows, 3U);
    query.from = query.to = "2001-01-01";
    EXPECT_EQ(engine.audit_trail().count(query, 100).rows, 0U);
    // Every row, counted exactly.
    const auto all = engine.audit_trail().count({}, 1);
    EXPECT_TRUE(all.exact);
    EXPECT_GE(all.rows, 3U);
    const auto actors = engine.audit_trail().actors();
    EXPECT_NE(std::find(actors.begin(), actors.end(), engine.actor()), actors.end());
    const auto entities = engine.audit_trail().entities();
    EXPECT_TRUE(std::is_sorted(entities.begin(), entities.end()));
    EXPECT_NE(std::find(entities.begin(), entities.end(), "contrato"), entities.end());
}

TEST_P(AuditPort, TheChainVerifiesFromTheFirstRow) {
    domain::AuditEntry e;
    e.actor = engine.actor();
    e.action = "acceder";
    e.entity = "sesion";
    e.entity_id = unique("sesion");
    engine.audit_log().record(e);
    std::size_t heard = 0;
    const auto checked = engine.audit_trail().verify([&](std::size_t rows) {
        heard = rows;
        return true;
    });
    EXPECT_TRUE(checked.intact);
    EXPECT_EQ(checked.first_broken_row, 0);
    EXPECT_EQ(heard, checked.rows);
    EXPECT_EQ(engine.audit_trail().stored_hash(static_cast<std::int64_t>(checked.rows)), checked.latest_hash);
    EXPECT_FALSE(engine.audit_trail().stored_hash(static_cast<std::int64_t>(checked.rows) + 1000000));
    EXPECT_THROW((void)engine.audit_trail().verify([](std::size_t) { return false; }), domain::Cancelled);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuditPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
