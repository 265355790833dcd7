// The audit trail at an office's size: fills a database to ROWS rows through the audit
// writer (rows like an office's: people created with their record, updates with the values
// before and after, consultations), spread over three years; then times the chain's
// verification (rows per second, best of three) and what opening the Auditoría screen
// costs (the view-model's reload and its first window of rows), and its filters.
// Usage: bench_audit DATABASE [ROWS [verify]]   (an existing database is only topped up;
// `verify` times the verification alone)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>

#include "pacta/db/audit.h"
#include "pacta/db/open.h"
#include "pacta/db/transaction.h"
#include "pacta/presentation/audit/audit_screen.h"

namespace {

namespace d = pacta::domain;
using clock_type = std::chrono::steady_clock;

double seconds(const std::function<void()>& work) {
    const auto start = clock_type::now();
    work();
    return std::chrono::duration<double>(clock_type::now() - start).count();
}

std::string person_json(std::size_t n) {
    return R"({"curp":"MAMM900312MGRRRR)" + std::to_string(n % 100) +
           R"(","nombre":"María Guadalupe","primer_apellido":"Martínez","segundo_apellido":"Morales","sexo":"M",)"
           R"("fecha_nacimiento":"1990-03-12","rfc":"MAMM900312AB1","nacionalidad":"mexicana","estado_civil":"soltera",)"
           R"("domicilio":"Av. Costera Miguel Alemán 1234, Col. Centro, Acapulco, Guerrero","unidad":"HG-ACA",)"
           R"("regimen":"honorarios","categoria":"Enfermera general","clabe":"002010077777777771","n":)" +
           std::to_string(n) + "}";
}

void top_up(pacta::db::Database& db, std::size_t wanted) {
    pacta::db::SqliteAuditTrail trail(db);
    std::size_t have = trail.count({}, 0).rows;
    if (have >= wanted) return;
    const std::time_t start = 1'672'531'200;  // 2023-01-01, three years before the newest row
    const double step = 3.0 * 365 * 86'400 / static_cast<double>(wanted);
    const char* users[] = {"ana.lopez", "carlos.ruiz", "rita.pena", "sistema", "admin", "jorge.diaz"};
    const auto written = seconds([&] {
        while (have < wanted) {
            const std::size_t chunk = std::min<std::size_t>(100'000, wanted - have);
            pacta::db::Transaction tx(db);
            std::size_t n = have;
            pacta::db::AuditWriter writer(db, 64, [&n, start, step] {
                const std::time_t t = start + static_cast<std::time_t>(static_cast<double>(n) * step);
                std::tm utc{};
                gmtime_r(&t, &utc);
                char buf[32];
                std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
                return std::string(buf);
            });
            for (std::size_t i = 0; i < chunk; ++i, ++n) {
                const std::string key = "KEY" + std::to_string(n % 100'000);
                switch (n % 10) {
                    case 0: case 1: case 2: case 3: case 4:
                        writer.record(users[n % 6], "crear", "personal", key, std::nullopt, person_json(n));
                        break;
                    case 5: case 6:
                        writer.record(users[n % 6], "actualizar", "contrato", "GRO-2024-" + std::to_string(n % 50'000),
                                      person_json(n), person_json(n + 1));
                        break;
                    case 7: case 8:
                        writer.record(users[n % 6], "consultar", "personal", key, std::nullopt, "{}");
                        break;
                    default:
                        writer.record(users[n % 6], n % 1000 == 9 ? "denegar" : "acceder", "usuario", users[n % 6],
                                      std::nullopt, "{}");
                        break;
                }
            }
            writer.flush();
            tx.commit();
            have += chunk;
        }
    });
    std::printf("written up to %zu rows in %.1f s\n", have, written);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_audit DATABASE [ROWS]\n");
        return 2;
    }
    const std::size_t rows = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1'000'000;
    auto db = pacta::db::open_pacta_database(argv[1], "bench");
    top_up(db, rows);
    pacta::db::SqliteAuditTrail trail(db);

    double best = 1e9;
    d::AuditVerification v;
    for (int round = 0; round < 3; ++round) best = std::min(best, seconds([&] { v = trail.verify(); }));
    std::printf("verify: %zu rows in %.2f s = %.0f rows/s (%s)\n", v.rows, best, static_cast<double>(v.rows) / best,
                v.intact ? "intact" : "BROKEN");
    if (argc > 3 && std::string(argv[3]) == "verify") return 0;

    d::UserAccount admin;
    admin.username = "admin";
    admin.roles = {d::Role::administrador};
    pacta::db::SqliteAuditLog log(db);
    const pacta::presentation::Session session(admin, log);
    pacta::presentation::AuditViewModel model(session, trail);
    const auto open = seconds([&] {
        model.reload();
        (void)model.showing(0, 40);
        for (std::size_t r = 0; r <= 40; ++r) (void)model.cell(r, 0);
    });
    std::printf("open the screen: %.1f ms (%s)\n", open * 1000, model.count_text().c_str());
    const auto time_filter = [&](const char* name, const std::function<void()>& set) {
        const auto took = seconds([&] {
            set();
            (void)model.showing(0, 40);
        });
        std::printf("%-34s %8.1f ms  %s\n", name, took * 1000, model.count_text().c_str());
    };
    time_filter("far down (row 900 000)", [&] { (void)model.showing(900'000, 900'040); });
    time_filter("dates 2024-03-01..2024-03-31", [&] { model.set_dates("2024-03-01", "2024-03-31"); });
    time_filter("  + user rita.pena", [&] { model.set_actor("rita.pena"); });
    time_filter("  + search 'gro-2024-4'", [&] { model.set_search("gro-2024-4"); });
    model.set_search("");
    model.set_actor("");
    model.set_dates("", "");
    time_filter("action denegar", [&] { model.set_action("denegar"); });
    model.set_action("");
    time_filter("entity usuario", [&] { model.set_entity("usuario"); });
    model.set_entity("");
    time_filter("search 'key12340' (rare)", [&] { model.set_search("key12340"); });
    time_filter("search 'nadie' (nowhere)", [&] { model.set_search("nadie"); });
    time_filter("search 'carlos' (common)", [&] { model.set_search("carlos"); });
    return 0;
}
