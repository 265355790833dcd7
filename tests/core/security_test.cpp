// The attacks of the access and integrity review (docs/seguridad.md), each reproduced on a
// real office and shown refused with nothing changed.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "office_fixture.h"
#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/session/user_admin_screen.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;

class SecurityTest : public OfficeFixture {
protected:
    // The sample contract, signed without the service's checks (its term is 2024: every
    // later day moves it to concluido).
    std::string signed_contract() {
        const auto folio = draft();
        auto& lifecycle = office_->store().lifecycle();
        d::ContractState from = d::ContractState::borrador;
        for (const auto to : {d::ContractState::en_revision, d::ContractState::aprobado, d::ContractState::firmado}) {
            lifecycle.save_move({folio, from, to, "prueba", std::nullopt}, "demo");
            from = to;
        }
        return folio;
    }
    d::ContractState state(const std::string& folio) { return office_->store().lifecycle().status(folio)->state; }
};

// Finding 3: a wrong password used to run the date-driven moves (as `sistema`) before the
// login was checked. Now opening and failing to log in change nothing; the moves come after
// a successful login and say whose.
TEST_F(SecurityTest, DateMovesWaitForASuccessfulLogin) {
    const auto folio = signed_contract();
    office_ = Office::open(database());
    EXPECT_EQ(state(folio), d::ContractState::firmado);
    const auto history_before = office_->store().lifecycle().history(folio).size();

    EXPECT_FALSE(office_->log_in(p::demo_username, "no-es-la-clave").user);
    EXPECT_EQ(state(folio), d::ContractState::firmado);
    EXPECT_EQ(office_->store().lifecycle().history(folio).size(), history_before);

    ASSERT_TRUE(office_->log_in(p::demo_username, p::demo_password).user);
    EXPECT_EQ(state(folio), d::ContractState::concluido);
    const auto history = office_->store().lifecycle().history(folio);
    ASSERT_EQ(history.size(), history_before + 2);
    EXPECT_EQ(history.back().actor, p::system_actor);
    EXPECT_NE(history.back().reason.find("al iniciar sesión demo"), std::string::npos) << history.back().reason;
}

// Finding 4: 40 parallel wrong guesses were all checked (the lock was read before the
// password), and a right password inside the race was answered differently. Now each
// attempt is counted before its check: of twelve parallel guesses, at most five are
// checked, the rest refused as locked, every one with the same answer.
TEST_F(SecurityTest, ParallelGuessesStopAtTheLimitAndAllGetOneAnswer) {
    constexpr int guesses = 12;
    std::vector<p::LoginFailure> failures(guesses);
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    for (int i = 0; i < guesses; ++i) {
        threads.emplace_back([&, i] {
            auto office = Office::open(database());
            ++ready;
            while (ready < guesses) std::this_thread::yield();
            failures[static_cast<std::size_t>(i)] = office->log_in(p::demo_username, "adivinanza-" + std::to_string(i)).failure;
        });
    }
    for (auto& t : threads) t.join();
    const auto answer = p::login_failure_text(p::LoginFailure::bad_credentials);
    for (const auto f : failures) {
        EXPECT_NE(f, p::LoginFailure::none);
        EXPECT_EQ(p::login_failure_text(f), answer);
    }
    // The right password now: refused with the very same words.
    const auto right = office_->log_in(p::demo_username, p::demo_password);
    EXPECT_FALSE(right.user);
    EXPECT_EQ(p::login_failure_text(right.failure), answer);
    EXPECT_EQ(p::login_failure_text(p::LoginFailure::inactive), answer);
    int checked = 0;
    int refused_locked = 0;
    for (const auto& row : office_->store().audit_trail().latest(1000)) {
        if (row.entity != "sesion" || row.action != "denegar") continue;
        const auto details = row.after_json.value_or("");
        checked += details.find("clave_incorrecta") != std::string::npos ? 1 : 0;
        refused_locked += details.find("cuenta_bloqueada") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(checked, d::max_failed_logins);
    EXPECT_EQ(refused_locked, guesses - d::max_failed_logins + 1);
}

// Finding 4, the lockout of the last administrator: nothing could unlock her. Recovery
// works on the file, is refused while another administrator can log in, and is audited.
TEST_F(SecurityTest, ALockedOutLastAdministratorIsRecoveredFromTheFileAndAudited) {
    for (int i = 0; i < d::max_failed_logins; ++i) (void)office_->log_in(p::demo_username, "equivocada");
    EXPECT_FALSE(office_->log_in(p::demo_username, p::demo_password).user);
    auto local = Office::open(database());
    local->accounts().recover_last_administrator(p::demo_username, "clave-recuperada-1");
    EXPECT_TRUE(local->log_in(p::demo_username, "clave-recuperada-1").user);
    const auto rows = local->store().audit_trail().latest(1000);
    bool audited = false;
    for (const auto& row : rows) audited = audited || row.actor.rfind("recuperacion-local:", 0) == 0;
    EXPECT_TRUE(audited);
    // With another administrator able to log in, recovery is refused.
    local->accounts().create({"beto", {d::Role::administrador}, {}, "clave-de-beto-1"});
    EXPECT_THROW(local->accounts().recover_last_administrator(p::demo_username, "otra-clave-mas"), p::ServiceError);
}

// Finding 5: dropping the trigger and deleting the last rows, or rewriting a row and
// recomputing every later hash, still verified «íntegra». The chain alone cannot tell; an
// anchor kept elsewhere can.
TEST_F(SecurityTest, AnAnchorCatchesDeletedRows) {
    const auto anchor = office_->maintenance().anchor();
    EXPECT_TRUE(office_->maintenance().check_anchor(anchor).holds);
    (void)office_->staff().search("Laura", 5);  // rows after the anchor are fine
    EXPECT_TRUE(office_->maintenance().check_anchor(anchor).holds);
    {
        db::Database raw(database());
        raw.execute("DROP TRIGGER audit_log_no_delete");
        raw.execute("DELETE FROM audit_log WHERE id > " + std::to_string(anchor.rows - 2));
    }
    const auto cut = office_->maintenance().check_anchor(anchor);
    EXPECT_TRUE(cut.chain.intact);  // the chain alone cannot tell
    EXPECT_FALSE(cut.holds);
    EXPECT_FALSE(cut.found_hash);
}

TEST_F(SecurityTest, AnAnchorCatchesARewrittenAndRechainedTrail) {
    const auto anchor = office_->maintenance().anchor();
    {
        // Every row read, deleted and written again through Pacta's own writer, the third
        // one changed: a chain that verifies from the first row to the last.
        db::Database raw(database());
        raw.execute("DROP TRIGGER audit_log_no_delete");
        std::vector<domain::AuditEntry> rows;
        db::Statement all(raw, "SELECT actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                               "ORDER BY id");
        while (all.step()) {
            domain::AuditEntry e;
            e.actor = all.column_text(0);
            e.action = all.column_text(1);
            e.entity = all.column_text(2);
            e.entity_id = all.column_text(3);
            if (!all.column_is_null(4)) e.before_json = all.column_text(4);
            if (!all.column_is_null(5)) e.after_json = all.column_text(5);
            rows.push_back(std::move(e));
        }
        db::Transaction tx(raw);
        raw.execute("DELETE FROM audit_log");
        rows[2].actor = "alguien-mas";
        db::AuditWriter writer(raw);
        for (const auto& e : rows) writer.record(e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json);
        tx.commit();
    }
    const auto rewritten = office_->maintenance().check_anchor(anchor);
    EXPECT_TRUE(rewritten.chain.intact);
    EXPECT_EQ(rewritten.chain.rows, static_cast<std::size_t>(anchor.rows));
    EXPECT_FALSE(rewritten.holds);
    ASSERT_TRUE(rewritten.found_hash);
    EXPECT_NE(*rewritten.found_hash, anchor.hash);
}

// Finding 5: `respaldo restaurar` accepted an older copy and nothing recorded the restore.
// An older copy is refused unless forced; a restore is audited in both databases.
TEST_F(SecurityTest, AnOlderCopyIsRestoredOnlyWhenForcedAndEveryRestoreIsAudited) {
    const auto old_copy = dir_ / "viejo.sqlite3";
    (void)office_->maintenance().back_up(old_copy);
    (void)office_->staff().search("Laura", 5);
    const auto anchor = office_->maintenance().anchor();
    auto refused = office_->maintenance().restore(old_copy);
    EXPECT_FALSE(refused.restored);
    EXPECT_FALSE(refused.extends_current);
    EXPECT_TRUE(office_->maintenance().check_anchor(anchor).holds);

    // A newer copy extends the trail: restored without asking.
    const auto new_copy = dir_ / "nuevo.sqlite3";
    (void)office_->maintenance().back_up(new_copy);
    EXPECT_TRUE(office_->maintenance().restore(new_copy).restored);
    EXPECT_TRUE(office_->maintenance().check_anchor(anchor).holds);

    const auto forced = office_->maintenance().restore(old_copy, true);
    ASSERT_TRUE(forced.restored);
    EXPECT_FALSE(office_->maintenance().check_anchor(anchor).holds);
    const auto restores_in = [](const std::filesystem::path& file) {
        db::Database raw(file);
        db::Statement st(raw, "SELECT count(*) FROM audit_log WHERE entity = 'base_de_datos'");
        st.step();
        return st.column_int(0);
    };
    EXPECT_EQ(restores_in(database()), 1);        // «restaurada», in the old copy's trail
    EXPECT_GE(restores_in(forced.previous), 1);  // «restaurar», in the store as it was
}

}  // namespace
}  // namespace pacta::core
