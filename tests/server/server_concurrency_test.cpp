// Many desks at once on the office server: twenty writers append to the audit trail at the
// same time, each as its own login (some through a table's trigger, some by an event); the
// trail stays one line, numbered without gaps, and verifies.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "pacta/db/pg/audit_repository.h"
#include "pacta/db/pg/connection.h"
#include "test_server.h"

namespace pacta::db {
namespace {

TEST(OfficeServerConcurrency, TwentyWritersAppendToOneLinearTrailThatVerifies) {
    auto* server = testing_server::TestServer::get();
    ASSERT_NE(server, nullptr);
    auto admin = server->as("ana");
    admin.exec("INSERT INTO pacta.institution (code, name, country, profile, public_legend, legal_basis, notice_days) "
               "VALUES ('conc', 'Concurrencia', 'MX', 'es_MX', '', '', 15)");
    constexpr int writers = 20;
    constexpr int each = 15;
    for (int w = 0; w < writers; ++w) server->make_user(admin, "escribe" + std::to_string(w), "capturista", "conc");
    const auto rows_before = pg::PgAuditTrail(admin).verify().rows;

    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            try {
                auto desk = server->as("escribe" + std::to_string(w));
                for (int i = 0; i < each; ++i) {
                    if (i % 3 == 0) {
                        // A row the server's trigger audits.
                        char curp[19];
                        std::snprintf(curp, sizeof curp, "CONC%02d%02dXXXXXXXXXX", w, i);
                        desk.exec("INSERT INTO pacta.staff (institution_id, given_names, first_surname, second_surname, "
                                  "sex, birth_date, nationality, civil_status, curp, domicile, phone, email, "
                                  "bank_account, profession, category, regime) SELECT id, 'Ana', 'Uno', '', 'mujer', "
                                  "'1990-01-01', 'mexicana', 'soltera', $1, '', '', '', '', '', 'asistencial', "
                                  "'honorarios' FROM pacta.institution WHERE code = 'conc'",
                                  {std::string(curp, 18)});
                    } else {
                        desk.exec("SELECT pacta.audit_event('consultar', 'persona', $1, '{}')",
                                  {"W" + std::to_string(w) + "-" + std::to_string(i)});
                    }
                }
            } catch (const std::exception& e) {
                ++failures;
                ADD_FAILURE() << "writer " << w << ": " << e.what();
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(failures.load(), 0);

    const auto chain = pg::PgAuditTrail(admin).verify();
    EXPECT_TRUE(chain.intact) << "broken at row " << chain.first_broken_row;
    EXPECT_EQ(chain.rows, rows_before + writers * each);
    const auto ids = admin.exec("SELECT count(*), min(id), max(id), count(DISTINCT actor) FROM pacta.audit_log WHERE id > $1",
                                {std::to_string(rows_before)});
    EXPECT_EQ(ids.integer(0, 0), writers * each);
    EXPECT_EQ(ids.integer(0, 2) - ids.integer(0, 1) + 1, writers * each);  // no gaps
    EXPECT_EQ(ids.integer(0, 3), writers);                                  // each row under its own writer
}

}  // namespace
}  // namespace pacta::db
