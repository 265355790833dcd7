// The contract lifecycle port, the same tests on every engine: a move is stored with its
// history row and signed document, and refused when the contract is no longer where it was
// checked (StaleContractState) or has ended; the moves by date find signed and expired
// contracts by their dates; the audit rows about a contract are read oldest first. On the
// server also: four eyes and the roles are the server's, a move its rules do not admit is
// stale to the caller, and a legal reviewer lists contracts without identity numbers.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "contract_port_support.h"

namespace pacta::testing_ports {
namespace {

using namespace contract_support;
using S = d::ContractState;

class ContractLifecyclePort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    // A draft of the institution `code` for a person of its own (tag: the test's).
    std::string drafted(const std::string& code, const std::string& tag, d::NewContract* out = nullptr) {
        save_office(engine, code);
        const auto key = curp(tag, 1);
        save_person(engine, code, "Rosa", "Ramírez", "Cruz", key);
        auto c = draft(code, code + "-t", key);
        if (out != nullptr) *out = c;
        return engine.drafts().create(c, engine.actor());
    }
    void move(const std::string& folio, S from, S to, const std::string& reason = "",
              std::optional<d::SignedDocument> doc = std::nullopt) {
        engine.lifecycle().save_move({folio, from, to, reason, std::move(doc)}, engine.actor());
    }
    void review(const std::string& folio, S from, S to, const std::string& reason = "") {
        engine.reviewer_lifecycle().save_move({folio, from, to, reason, std::nullopt}, engine.reviewer());
    }
    // Of the contracts the dates move on `today`, those of the institution `code`.
    std::vector<d::ContractStatus> due(d::Date today, const std::string& code) {
        auto all = engine.lifecycle().due_for_date_moves(today);
        all.erase(std::remove_if(all.begin(), all.end(), [&](const auto& s) { return s.institution_code != code; }),
                  all.end());
        return all;
    }
    Engine engine{GetParam()};
};

TEST_P(ContractLifecyclePort, MovesAreStoredWithTheirHistoryAndSignedDocument) {
    const auto folio = drafted("ctl-a", "LA");
    auto status = engine.lifecycle().status(folio);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->folio, folio);
    EXPECT_EQ(status->institution_code, "ctl-a");
    EXPECT_EQ(status->template_code, "ctl-a-t");
    EXPECT_EQ(status->drafted_by, engine.actor());
    EXPECT_EQ(status->editors, std::vector<std::string>{engine.actor()});
    EXPECT_EQ(status->state, S::borrador);
    EXPECT_EQ(status->start, day(2024, 2, 1));
    EXPECT_EQ(status->end, day(2024, 4, 30));
    EXPECT_TRUE(status->generated_sha256.empty());

    move(folio, S::borrador, S::en_revision);
    review(folio, S::en_revision, S::aprobado);
    const TempFile signed_pdf("ctl-a-firmado.pdf", "%PDF-1.7\nfirmado\n%%EOF\n");
    const d::SignedDocument doc{signed_pdf.path.string(), signed_pdf.sha256, true, true,
                                {{"Rosa Ávila", "CN=Rosa Ávila,O=IMSS", "2024-01-29T10:00:00", true}}};
    move(folio, S::aprobado, S::firmado, "firmado en la oficina", doc);

    // Checked against a state that is no longer the stored one: nothing changes.
    EXPECT_THROW(move(folio, S::aprobado, S::cancelado, "sin presupuesto"), d::StaleContractState);
    EXPECT_EQ(engine.lifecycle().status(folio)->state, S::firmado);

    const auto history = engine.lifecycle().history(folio);
    ASSERT_EQ(history.size(), 3U);
    EXPECT_EQ(history[0].actor, engine.actor());
    EXPECT_EQ(history[0].from, S::borrador);
    EXPECT_EQ(history[0].to, S::en_revision);
    EXPECT_EQ(history[1].actor, engine.reviewer());
    EXPECT_EQ(history[1].to, S::aprobado);
    EXPECT_EQ(history[2].from, S::aprobado);
    EXPECT_EQ(history[2].to, S::firmado);
    EXPECT_EQ(history[2].reason, "firmado en la oficina");
    EXPECT_EQ(history[2].at.size(), 20U) << history[2].at;

    const auto docs = engine.lifecycle().signed_documents(folio);
    ASSERT_EQ(docs.size(), 1U);
    EXPECT_EQ(docs[0].path, doc.path);
    EXPECT_EQ(docs[0].sha256, doc.sha256);
    EXPECT_TRUE(docs[0].digital);
    EXPECT_TRUE(docs[0].matches_generated);
    ASSERT_EQ(docs[0].signers.size(), 1U);
    EXPECT_EQ(docs[0].signers[0].name, "Rosa Ávila");
    EXPECT_EQ(docs[0].signers[0].certificate_subject, "CN=Rosa Ávila,O=IMSS");
    EXPECT_EQ(docs[0].signers[0].signing_time, "2024-01-29T10:00:00");
    EXPECT_TRUE(docs[0].signers[0].intact);
    if (engine.server()) {
        // The server keeps the signed document's bytes with its row.
        const auto stored = engine.server_sql("SELECT octet_length(s.content) FROM signed_document s JOIN contract c "
                                              "ON c.id = s.contract_id WHERE c.folio = $1",
                                              {folio});
        ASSERT_EQ(stored.rows(), 1);
        EXPECT_EQ(stored.integer(0, 0), static_cast<std::int64_t>(signed_pdf.size));
    }
    EXPECT_EQ(engine.contracts().file_contents(folio, signed_pdf.sha256), "%PDF-1.7\nfirmado\n%%EOF\n");

    // The trail about it, oldest first, starting with its creation.
    const auto trail = engine.lifecycle().audit_history(folio);
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().action, "crear");
    EXPECT_EQ(trail.front().entity, "contrato");
    EXPECT_EQ(trail.front().entity_id, folio);
    for (std::size_t i = 0; i < trail.size(); ++i) {
        EXPECT_EQ(trail[i].entity_id.rfind(folio, 0), 0U) << trail[i].entity << " " << trail[i].entity_id;
        EXPECT_FALSE(trail[i].actor.empty());
        if (i > 0) {
            EXPECT_LT(trail[i - 1].id, trail[i].id);
        }
    }
    const bool moved = std::any_of(trail.begin(), trail.end(), [](const d::AuditEntry& e) {
        return e.action == "actualizar" && e.after_json && e.after_json->find("firmado") != std::string::npos;
    });
    EXPECT_TRUE(moved);
}

TEST_P(ContractLifecyclePort, TheDatesMoveSignedAndExpiredContracts) {
    const auto folio = drafted("ctl-b", "LB");
    move(folio, S::borrador, S::en_revision);
    review(folio, S::en_revision, S::aprobado);
    move(folio, S::aprobado, S::firmado);
    EXPECT_TRUE(due(day(2024, 1, 31), "ctl-b").empty());
    auto found = due(day(2024, 2, 1), "ctl-b");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].folio, folio);
    EXPECT_EQ(found[0].state, S::firmado);
    EXPECT_EQ(found[0].start, day(2024, 2, 1));
    EXPECT_EQ(found[0].end, day(2024, 4, 30));
    EXPECT_EQ(found[0].template_code, "ctl-b-t");
    EXPECT_EQ(found[0].drafted_by, engine.actor());

    move(folio, S::firmado, S::vigente, "inicio de vigencia 2024-02-01");
    EXPECT_TRUE(due(day(2024, 4, 30), "ctl-b").empty());
    found = due(day(2024, 5, 1), "ctl-b");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].state, S::vigente);
    move(folio, S::vigente, S::concluido, "fin de vigencia 2024-04-30");
    EXPECT_TRUE(due(day(2100, 1, 1), "ctl-b").empty());

    // An ended contract's state is final: refused, and not as a stale move.
    try {
        move(folio, S::concluido, S::cancelado, "x");
        ADD_FAILURE() << "an ended contract moved";
    } catch (const d::StaleContractState& e) {
        ADD_FAILURE() << "refused as stale: " << e.what();
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(engine.lifecycle().status(folio)->state, S::concluido);
    EXPECT_EQ(engine.lifecycle().history(folio).size(), 5U);
}

TEST_P(ContractLifecyclePort, AnUnknownFolioHasNothing) {
    EXPECT_FALSE(engine.lifecycle().status("CTL-NADA-2024-0001"));
    EXPECT_TRUE(engine.lifecycle().history("CTL-NADA-2024-0001").empty());
    EXPECT_TRUE(engine.lifecycle().signed_documents("CTL-NADA-2024-0001").empty());
    EXPECT_TRUE(engine.lifecycle().audit_history("CTL-NADA-2024-0001").empty());
    try {
        move("CTL-NADA-2024-0001", S::borrador, S::en_revision);
        ADD_FAILURE() << "an unknown contract moved";
    } catch (const d::StaleContractState& e) {
        ADD_FAILURE() << "refused as stale: " << e.what();
    } catch (const std::runtime_error&) {
    }
}

// The SQLite engine leaves roles and four eyes to the service; the server keeps them itself.
TEST_P(ContractLifecyclePort, TheServerKeepsFourEyesAndTheLegalMoves) {
    if (!engine.server()) GTEST_SKIP() << "the SQLite engine leaves four eyes and the legal moves to the service";
    const auto folio = drafted("ctl-c", "LC");
    move(folio, S::borrador, S::en_revision);
    // The drafter may not approve it, whatever roles they hold.
    try {
        move(folio, S::en_revision, S::aprobado);
        ADD_FAILURE() << "the drafter approved their own contract";
    } catch (const db::pg::ServerError& e) {
        EXPECT_EQ(e.sqlstate(), "42501") << e.what();
        EXPECT_EQ(std::string(e.what()).find("ERROR:"), std::string::npos) << e.what();
    }
    // A legal reviewer may not send it back to a draft, nor sign it.
    EXPECT_THROW(review(folio, S::en_revision, S::borrador), d::StaleContractState);
    EXPECT_EQ(engine.lifecycle().status(folio)->state, S::en_revision);
    EXPECT_EQ(engine.lifecycle().history(folio).size(), 1U);
    review(folio, S::en_revision, S::aprobado);
    try {
        review(folio, S::aprobado, S::firmado);
        ADD_FAILURE() << "a legal reviewer signed a contract";
    } catch (const db::pg::ServerError& e) {
        EXPECT_EQ(e.sqlstate(), "42501") << e.what();
    }
    // By its dates only: one that starts in 2099 is not in force today, by the server's day.
    move(folio, S::aprobado, S::firmado);
    EXPECT_NO_THROW(move(folio, S::firmado, S::vigente, "inicio de vigencia"));
    d::NewContract c;
    const auto later = drafted("ctl-c2", "LC2", &c);
    auto future = c;
    future.start = day(2099, 1, 1);
    future.end = day(2099, 12, 31);
    engine.drafts().revise(later, future, engine.actor());
    move(later, S::borrador, S::en_revision);
    review(later, S::en_revision, S::aprobado);
    move(later, S::aprobado, S::firmado);
    EXPECT_THROW(move(later, S::firmado, S::vigente, "inicio de vigencia"), d::StaleContractState);
    EXPECT_EQ(engine.lifecycle().status(later)->state, S::firmado);
}

TEST_P(ContractLifecyclePort, ALegalReviewerListsContractsWithTheirPeople) {
    const auto folio = drafted("ctl-d", "LD");
    move(folio, S::borrador, S::en_revision);
    const auto key = curp("LD", 1);
    auto& catalog = engine.reviewer_contracts();
    d::ContractQuery q;
    q.institutions = {"ctl-d"};
    const auto rows = catalog.page(q, 0, 10);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].person, "Rosa Ramírez Cruz");
    // The server grants a legal reviewer people's names and keys (screens mask the key), not
    // their other personal data.
    EXPECT_EQ(rows[0].staff_key, key);
    q.text = "ramirez";
    EXPECT_EQ(catalog.count(q), 1U);
    const auto found = catalog.find(folio);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->staff_key, key);
    EXPECT_EQ(found->person, "Rosa Ramírez Cruz");
    EXPECT_EQ(catalog.of_person(key).size(), 1U);
    // And reads where the contract is.
    EXPECT_EQ(engine.reviewer_lifecycle().status(folio)->state, S::en_revision);
    EXPECT_EQ(engine.reviewer_lifecycle().history(folio).size(), 1U);
}

INSTANTIATE_TEST_SUITE_P(Engines, ContractLifecyclePort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
