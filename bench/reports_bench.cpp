// The reports on a large office (issue: each report's service call under one second at
// 100,000 people, 50,000 contracts and 400,000 instalments; Release, median of 5). The office
// is built through Pacta (bench/scale/office_seed); each report is then timed through the
// service layer, next to the same grouped sums made by sqlite3 on the same file as a peer.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "pacta/core/office.h"
#include "pacta/presentation/reports/report_service.h"
#include "scale/office_seed.h"

namespace {

namespace fs = std::filesystem;
namespace p = pacta::presentation;
using clock_type = std::chrono::steady_clock;

template <typename Action>
double median_of(Action&& action) {
    std::vector<double> seconds;
    for (int n = 0; n < 5; ++n) {
        const auto start = clock_type::now();
        action();
        seconds.push_back(std::chrono::duration<double>(clock_type::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

std::size_t rows_of(const p::Report& report) {
    std::size_t n = 0;
    for (const auto& s : report.sections) n += s.rows.size();
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string cli = argc > 1 ? argv[1] : "build/bench/bin/pacta-cli";
    std::vector<std::size_t> sizes{10000, 100000};
    if (const char* only = std::getenv("PACTA_BENCH_PEOPLE")) sizes = {static_cast<std::size_t>(std::atol(only))};
    std::printf("%-44s %10s %10s %10s %8s\n", "reporte (mediana de 5, s)", "personas", "Pacta", "sqlite3", "razón");
    for (const auto people : sizes) {
        pacta::bench::OfficeSize size;
        size.people = people;
        size.contracts = std::min<std::size_t>(people / 2, 50000);
        size.audit_rows = 0;
        const fs::path dir = fs::temp_directory_path() / ("pacta-bench-reports-" + std::to_string(::getpid()) + "-" +
                                                          std::to_string(people));
        fs::remove_all(dir);
        fs::create_directories(dir);
        std::fprintf(stderr, "construyendo la oficina de %zu personas...\n", people);
        const auto seeded = pacta::bench::seed_office(size, dir, cli, PACTA_FIXTURES_DIR);
        auto office = pacta::core::Office::open(seeded.database);
        if (!office->log_in("fer", pacta::bench::password_of("fer")).user) {
            std::fprintf(stderr, "no se pudo iniciar sesión\n");
            return 1;
        }
        auto reports = office->reports();
        const std::string db = seeded.database.string();
        const auto peer = [&](const std::string& sql) {
            return median_of([&] { (void)std::system(("sqlite3 '" + db + "' \"" + sql + "\" >/dev/null").c_str()); });
        };
        const auto line = [&](const char* name, double pacta_s, double peer_s, std::size_t rows) {
            std::printf("%-44s %10zu %10.3f %10.3f %7.1fx  (%zu filas)\n", name, people, pacta_s, peer_s,
                        peer_s > 0 ? pacta_s / peer_s : 0.0, rows);
            std::fflush(stdout);
        };
        const char* signed_states = "('firmado','vigente','concluido','terminado_anticipadamente','rescindido')";

        p::HeadcountFilters staff;
        staff.from_year = 2024;
        staff.to_year = 2026;
        std::size_t rows = 0;
        const double headcount = median_of([&] { rows = rows_of(reports.headcount(staff)); });
        line("personal 2024-2026, por régimen y categoría", headcount,
             peer(std::string("SELECT s.regime, s.category, count(*) FROM staff s WHERE s.active = 1 AND (s.regime = 'planilla' "
                              "OR EXISTS (SELECT 1 FROM contract c WHERE c.staff_id = s.id AND c.state IN ") + signed_states +
                  " AND c.start_date <= '2026-12-31' AND c.end_date >= '2026-12-31')) GROUP BY 1, 2"),
             rows);

        p::PaymentFilters money;
        money.from_month = "2026-01";
        money.to_month = "2026-12";
        const double payments = median_of([&] { rows = rows_of(reports.payments(money)); });
        line("pagos 2026, por mes y cuenta", payments,
             peer(std::string("SELECT substr(n.due_date, 1, 7), c.budget_account, count(*), sum(n.amount_minor), "
                              "sum(coalesce(n.gross_minor, 0)) FROM instalment n JOIN contract c ON c.id = n.contract_id "
                              "WHERE n.due_date BETWEEN '2026-01-01' AND '2026-12-31' AND n.state <> 'cancelado' AND c.state IN ") +
                  signed_states + " GROUP BY 1, 2"),
             rows);

        const double contracts = median_of([&] { rows = rows_of(reports.contracts({})); });
        line("contratos por estado y plantilla", contracts,
             peer("SELECT c.state, t.code, count(*), sum(c.total_minor) FROM contract c JOIN template t ON t.id = "
                  "c.template_id GROUP BY 1, 2"),
             rows);

        p::DueFilters due;
        const double ending = median_of([&] { rows = rows_of(reports.due(due)); });
        line("vencimientos (90 días) y pasos atrasados", ending,
             peer(std::string("SELECT count(*) FROM instalment n JOIN contract c ON c.id = n.contract_id WHERE n.state NOT IN "
                              "('pagado', 'cancelado') AND c.state IN ") + signed_states),
             rows);
        office.reset();
        fs::remove_all(dir);
    }
    return 0;
}
