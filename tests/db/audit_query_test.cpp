// The audit trail read as the Auditoría screen reads it: pages newest first without the
// values, counts (exact without filters or by dates alone, stopped at a limit otherwise),
// filters by user, action, entity, words and days, one row with its values, the filters'
// choices; every statement on an index. And the chain: the same hashes as the serialization
// docs/datos.md describes, progress heard, cancellable.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>

#include "pacta/db/audit.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {
namespace {

namespace d = domain;

constexpr std::size_t rows_written = 3'000;

// Row i (from 1): a hundred rows a day from 2024-01-01, by three users, four actions,
// three entities.
d::AuditEntry expected_row(std::size_t i) {
    static const char* users[] = {"ana", "carlos", "rita"};
    static const char* actions[] = {"crear", "actualizar", "consultar", "denegar"};
    static const char* entities[] = {"personal", "contrato", "exhibicion"};
    char at[64];
    std::snprintf(at, sizeof at, "2024-01-%02zuT%02zu:%02zu:00Z", 1 + (i - 1) / 100, (i - 1) % 100 / 60, (i - 1) % 60);
    d::AuditEntry e{users[i % 3], actions[i % 4], entities[i % 3 == 0 ? 0 : i % 5 == 0 ? 2 : 1], "K" + std::to_string(i),
                    std::nullopt, "{\"n\":" + std::to_string(i) + "}", at, static_cast<std::int64_t>(i)};
    if (i % 7 == 0) e.before_json = "{}";
    return e;
}

bool matches(const d::AuditQuery& q, const d::AuditEntry& e) {
    if ((!q.actor.empty() && e.actor != q.actor) || (!q.action.empty() && e.action != q.action) ||
        (!q.entity.empty() && e.entity != q.entity)) {
        return false;
    }
    const auto day = e.at.substr(0, 10);
    if ((!q.from.empty() && day < q.from) || (!q.to.empty() && day > q.to)) return false;
    for (const auto& w : q.words) {
        const auto all = e.actor + "|" + e.action + "|" + e.entity + "|" + e.entity_id;
        std::string lower;
        for (const char c : all) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower.find(w) == std::string::npos && w != std::to_string(e.id)) return false;
    }
    return true;
}

std::vector<std::int64_t> expected_ids(const d::AuditQuery& q, std::size_t offset, std::size_t limit) {
    std::vector<std::int64_t> out;
    for (std::size_t i = rows_written; i >= 1 && out.size() < limit; --i) {
        if (!matches(q, expected_row(i))) continue;
        if (offset > 0) {
            --offset;
        } else {
            out.push_back(static_cast<std::int64_t>(i));
        }
    }
    return out;
}

std::vector<std::int64_t> ids(const std::vector<d::AuditEntry>& rows) {
    std::vector<std::int64_t> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

class AuditQueries : public testing::Test {
protected:
    static void SetUpTestSuite() {
        db_ = new Database(open_pacta_database(":memory:", "test"));
        std::size_t next = 1;
        Transaction tx(*db_);
        AuditWriter writer(*db_, 64, [&next] { return expected_row(next++).at; });
        for (std::size_t i = 1; i <= rows_written; ++i) {
            const auto e = expected_row(i);
            writer.record(e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json);
        }
        writer.flush();
        tx.commit();
    }
    static void TearDownTestSuite() { delete db_; }
    static Database* db_;
    SqliteAuditTrail trail_{*db_};
};
Database* AuditQueries::db_ = nullptr;

TEST_F(AuditQueries, PagesComeNewestFirstWithoutTheirValues) {
    EXPECT_EQ(trail_.count({}, 0).rows, rows_written);
    EXPECT_TRUE(trail_.count({}, 0).exact);
    const auto first = trail_.page({}, 0, 200);
    ASSERT_EQ(first.size(), 200U);
    EXPECT_EQ(first.front().id, 3'000);
    EXPECT_EQ(first.front().actor, expected_row(3'000).actor);
    EXPECT_EQ(first.front().at, expected_row(3'000).at);
    EXPECT_FALSE(first.front().after_json.has_value());
    EXPECT_EQ(ids(trail_.page({}, 2'990, 20)), expected_ids({}, 2'990, 20));
    EXPECT_TRUE(trail_.page({}, 3'000, 20).empty());
    const auto one = trail_.find(14);
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->after_json, expected_row(14).after_json);
    EXPECT_EQ(one->before_json, "{}");
    EXPECT_FALSE(trail_.find(3'001).has_value());
}

TEST_F(AuditQueries, FiltersWordsAndDaysSelectTheSameRowsAsReadingThemAll) {
    std::vector<d::AuditQuery> queries(9);
    queries[0].actor = "rita";
    queries[1].action = "denegar";
    queries[2].entity = "exhibicion";
    queries[3].from = "2024-01-05";
    queries[3].to = "2024-01-07";
    queries[4].actor = "ana";
    queries[4].action = "crear";
    queries[4].from = "2024-01-10";
    queries[5].words = {"k29"};
    queries[6].words = {"rita", "contrato"};
    queries[6].to = "2024-01-20";
    queries[7].words = {"1500"};  // the row's number, and keys with 1500 in them
    queries[8].entity = "personal";
    queries[8].words = {"consul"};
    for (const auto& q : queries) {
        for (const std::size_t offset : {0U, 37U, 400U}) {
            EXPECT_EQ(ids(trail_.page(q, offset, 50)), expected_ids(q, offset, 50))
                << q.actor << q.action << q.entity << q.from << q.to << " offset " << offset;
        }
        const auto all = expected_ids(q, 0, rows_written).size();
        const auto counted = trail_.count(q, 10'000);
        EXPECT_EQ(counted.rows, all);
        EXPECT_TRUE(counted.exact);
    }
    // Days alone are counted exactly, from the ids of their first and last rows.
    EXPECT_EQ(trail_.count(queries[3], 10).rows, 300U);
    EXPECT_TRUE(trail_.count(queries[3], 10).exact);
    // Other filters stop counting at the limit.
    const auto stopped = trail_.count(queries[0], 100);
    EXPECT_EQ(stopped.rows, 100U);
    EXPECT_FALSE(stopped.exact);
    // Days outside the trail, and an empty range.
    d::AuditQuery later;
    later.from = "2025-01-01";
    EXPECT_EQ(trail_.count(later, 10).rows, 0U);
    EXPECT_TRUE(trail_.page(later, 0, 10).empty());
    d::AuditQuery backwards;
    backwards.from = "2024-01-09";
    backwards.to = "2024-01-08";
    EXPECT_EQ(trail_.count(backwards, 10).rows, 0U);
    // LIKE's own wildcards are plain characters here.
    d::AuditQuery wildcard;
    wildcard.words = {"k_"};
    EXPECT_EQ(trail_.count(wildcard, 10).rows, 0U);
}

TEST_F(AuditQueries, TheFiltersChoicesComeFromTheIndexes) {
    EXPECT_EQ(trail_.actors(), (std::vector<std::string>{"ana", "carlos", "rita"}));
    EXPECT_EQ(trail_.entities(), (std::vector<std::string>{"contrato", "exhibicion", "personal"}));
}

TEST_F(AuditQueries, EveryStatementOfAPageOrACountUsesAnIndex) {
    d::AuditQuery days;
    days.from = "2024-01-05";
    days.to = "2024-01-07";
    d::AuditQuery by_actor = days;
    by_actor.actor = "rita";
    d::AuditQuery by_action;
    by_action.action = "denegar";
    d::AuditQuery by_entity;
    by_entity.entity = "contrato";
    d::AuditQuery words;
    words.words = {"rita"};
    const std::vector<std::pair<std::string, std::function<void()>>> operations{
        {"first page", [&] { (void)trail_.page({}, 0, 200); }},
        {"deep page", [&] { (void)trail_.page({}, 2'500, 200); }},
        {"days", [&] { (void)trail_.page(days, 0, 200); }},
        {"count days", [&] { (void)trail_.count(days, 10'000); }},
        {"actor", [&] { (void)trail_.page(by_actor, 0, 200); }},
        {"count actor", [&] { (void)trail_.count(by_actor, 10'000); }},
        {"action", [&] { (void)trail_.page(by_action, 0, 200); }},
        {"entity", [&] { (void)trail_.page(by_entity, 0, 200); }},
        {"words", [&] { (void)trail_.page(words, 0, 200); }},
        {"count", [&] { (void)trail_.count({}, 0); }},
        {"find", [&] { (void)trail_.find(100); }},
        {"choices", [&] { (void)trail_.actors(), (void)trail_.entities(); }},
    };
    for (const auto& [name, operation] : operations) {
        StatementStats stats;
        db_->measure(&stats);
        operation();
        db_->measure(nullptr);
        ASSERT_FALSE(stats.sql.empty()) << name;
        for (const auto& sql : stats.sql) {
            Statement plan(*db_, "EXPLAIN QUERY PLAN " + sql);
            while (plan.step()) {
                const std::string detail = plan.column_text(3);
                // A whole-table read, or a sort of every matching row before the first page.
                EXPECT_NE(detail, "SCAN audit_log") << name << ": " << sql;
                EXPECT_EQ(detail.find("TEMP B-TREE"), std::string::npos) << name << ": " << detail << "\n  in: " << sql;
            }
        }
        // Rows stepped: a page's worth, not the trail's.
        EXPECT_LT(stats.vm_steps, 40'000) << name;
    }
}

TEST_F(AuditQueries, TheChainHashesTheDocumentedSerializationAndReportsProgress) {
    // Row 14 by hand: previous hash, then each field after U+001F; "0" for an absent value,
    // "1" and the value for a present one.
    Statement previous(*db_, "SELECT hash FROM audit_log WHERE id = 13");
    ASSERT_TRUE(previous.step());
    const auto e = expected_row(14);
    const std::string material = previous.column_text(0) + "\x1f" "14\x1f" + e.at + "\x1f" + e.actor + "\x1f" + e.action +
                                 "\x1f" + e.entity + "\x1f" + e.entity_id + "\x1f" "1{}\x1f" "1" + *e.after_json;
    Statement stored(*db_, "SELECT hash FROM audit_log WHERE id = 14");
    ASSERT_TRUE(stored.step());
    EXPECT_EQ(stored.column_text(0), platform::sha256_hex(material));

    std::size_t heard = 0;
    const auto v = trail_.verify([&](std::size_t done) {
        heard = done;
        return true;
    });
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.rows, rows_written);
    EXPECT_EQ(heard, rows_written);
    Statement last(*db_, "SELECT hash FROM audit_log WHERE id = 3000");
    ASSERT_TRUE(last.step());
    EXPECT_EQ(v.latest_hash, last.column_text(0));
    EXPECT_THROW((void)trail_.verify([](std::size_t) { return false; }), d::Cancelled);
}

}  // namespace
}  // namespace pacta::db
