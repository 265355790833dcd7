// Inicio and Pagos in an office of 100,000 people, 50,000 contracts and 400,000 instalments:
// the milliseconds each screen takes to open, to show its first rows, to scroll far down, to
// filter and to sort, read from a database seeded through the ports (kept between runs).
// Usage: bench_office_screens [DATABASE]   (default /tmp/pacta-oficina-grande.sqlite3)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pacta/db/audit.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/staff_repository.h"
#include "pacta/domain/schedule.h"
#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/payments/payments_screen.h"

namespace {

namespace d = pacta::domain;
namespace db = pacta::db;
namespace p = pacta::presentation;
using clock_type = std::chrono::steady_clock;

constexpr std::size_t people = 100'000;
constexpr std::size_t contracts = 50'000;
constexpr int instalments_each = 8;

std::string key_of(std::size_t i) {
    char key[32];
    std::snprintf(key, sizeof key, "PERS%014zu", i);
    return key;
}

d::Date date(int y, int m, int day) {
    return *d::Date::from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(day));
}

void seed(db::Database& base) {
    const auto started = clock_type::now();
    for (const char* code : {"imss-gro", "imss-oax"}) {
        d::Institution office;
        office.code = code;
        office.name = std::string("IMSS-Bienestar ") + code;
        office.units = {{"UMM-01", "Unidad 1", "", ""}, {"UMM-02", "Unidad 2", "", ""}};
        db::SqliteInstitutionRepository(base).save(office, "medicion");
    }
    const char* names[] = {"María", "José", "Juan", "Ana", "Luis", "Rosa", "Carlos", "Lucía"};
    const char* surnames[] = {"Martínez", "García", "López", "Hernández", "Pérez", "Ramírez", "Cruz", "Núñez"};
    std::vector<d::StaffMember> staff;
    for (std::size_t i = 0; i < people; ++i) {
        d::StaffMember m;
        m.given_names = names[i % 8];
        m.first_surname = surnames[i / 8 % 8];
        m.second_surname = surnames[i / 64 % 8];
        m.curp = key_of(i);
        m.birth_date = date(1960 + static_cast<int>(i % 40), 1 + static_cast<int>(i % 12), 1 + static_cast<int>(i % 28));
        m.category = i % 3 == 0 ? d::Category::administrativo : d::Category::asistencial;
        m.regime = i % 5 == 0 ? d::Regime::cas : d::Regime::honorarios;
        m.active = i % 10 != 0;
        staff.push_back(m);
    }
    (void)db::SqliteStaffRepository(base).import(staff, "imss-gro", false, "medicion");
    std::vector<d::NewContract> drafts;
    for (std::size_t i = 0; i < contracts; ++i) {
        d::NewContract c;
        c.institution_code = i % 5 == 4 ? "imss-oax" : "imss-gro";
        c.template_code = "honorarios";
        c.template_source = "@plantilla honorarios";
        c.staff_key = key_of(i);
        c.data_json = "{}";
        c.total = d::Money(8 * 1'500'000 + static_cast<std::int64_t>(i % 100) * 800, d::Currency::MXN);
        // Starts spread over the first nine months of 2024; eight months each.
        const int start_month = 1 + static_cast<int>(i % 9);
        c.start = date(2024, start_month, 1);
        const int after = start_month + 8;  // the month after the last, 1-based from January 2024
        c.end = d::Date::from_days(date(2024 + (after - 1) / 12, (after - 1) % 12 + 1, 1).days() - std::chrono::days(1));
        c.signing_date = date(2023, 12, 15);
        c.unit_code = i % 2 == 0 ? "UMM-01" : "UMM-02";
        c.budget_account = i % 3 == 0 ? "12101" : "12201";
        c.schedule = d::build_schedule(c.total, instalments_each, *c.start, *c.end, d::ScheduleRule::equal, {}, {});
        drafts.push_back(std::move(c));
    }
    (void)db::SqliteContractRepository(base).create_all(drafts, "medicion");
    // The office's mix of states, and what it has paid so far (raw SQL: seeding, not a move).
    base.execute("UPDATE contract SET state = CASE id % 20 WHEN 0 THEN 'en_revision' WHEN 1 THEN 'en_revision' "
                 "WHEN 2 THEN 'observado' WHEN 3 THEN 'borrador' WHEN 4 THEN 'firmado' ELSE 'vigente' END");
    base.execute("UPDATE instalment SET state = 'pagado', payment_date = due_date, gross_minor = amount_minor, "
                 "withheld_minor = 0, net_minor = amount_minor WHERE due_date < '2024-09-01' AND id % 7 <> 0 AND "
                 "contract_id IN (SELECT id FROM contract WHERE state = 'vigente')");
    base.execute("ANALYZE");
    std::printf("sembrada en %.1f s\n", std::chrono::duration<double>(clock_type::now() - started).count());
}

// Median milliseconds of `runs` calls.
double millis(const std::function<void()>& work, int runs = 5) {
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = clock_type::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(clock_type::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path path = argc > 1 ? argv[1] : "/tmp/pacta-oficina-grande.sqlite3";
    const bool fresh = !std::filesystem::exists(path);
    auto base = db::open_pacta_database(path, "medicion");
    if (fresh) seed(base);
    db::SqliteContractRepository catalog(base);
    db::SqliteInstalmentRepository instalments(base);
    db::SqliteStaffRepository staff(base);
    db::SqliteInstitutionRepository institutions(base);
    db::SqliteContractLifecycleRepository lifecycle(base);
    db::SqliteAuditLog audit(base);
    std::printf("contratos %zu, exhibiciones %zu\n", catalog.count({}), instalments.count({}));

    d::UserAccount admin;
    admin.username = "ana";
    admin.roles = {d::Role::administrador, d::Role::finanzas, d::Role::revisor_juridico, d::Role::capturista};
    const p::Session everything(admin, audit);
    auto clerk = admin;
    clerk.username = "fer";
    clerk.roles = {d::Role::finanzas};
    clerk.institutions = {"imss-gro"};
    const p::Session guerrero(clerk, audit);
    const auto today = date(2024, 9, 15);

    p::HomeViewModel home(everything, catalog, instalments, staff, today);
    std::printf("Inicio, todos los roles y ambas instituciones: %.1f ms\n", millis([&] { home.reload(); }));
    std::printf("  de ello, la gráfica de doce meses: %.1f ms; el grupo de exhibiciones: %.1f ms\n", millis([&] {
                    (void)instalments.totals({}, "2023-10", "2024-09", d::TotalsKey::month);
                }),
                millis([&] { (void)home.group_count(p::AttentionKind::instalments_due); }));
    for (const auto& g : home.attention()) std::printf("  %s: %zu en pantalla\n", g.title.c_str(), g.items.size());
    p::HomeViewModel finance(guerrero, catalog, instalments, staff, today);
    std::printf("Inicio, finanzas de una institución: %.1f ms\n", millis([&] { finance.reload(); }));
    std::printf("  «Ver todos», una ventana de 200 a la mitad del grupo de exhibiciones: %.1f ms\n", millis([&] {
                    (void)home.group_page(p::AttentionKind::instalments_due, 10'000, 200);
                }));

    p::PaymentsViewModel pagos(everything, lifecycle, instalments, &institutions);
    std::printf("Pagos, abrir (dos cuentas): %.1f ms\n", millis([&] { pagos.reload(); }));
    std::printf("  %zu filas; primera pantalla (30 filas): %.1f ms\n", pagos.count(), millis([&] {
                    pagos.reload();
                    for (std::size_t r = 0; r < 30; ++r) (void)pagos.cell(r, p::PaymentsViewModel::folio);
                }));
    std::printf("  bajar a la fila 300 000: %.1f ms\n", millis([&] {
                    pagos.reload();
                    (void)pagos.cell(300'000, p::PaymentsViewModel::folio);
                }));
    const auto first_screen = [&] {
        for (std::size_t r = 0; r < 30; ++r) (void)pagos.cell(r, p::PaymentsViewModel::folio);
    };
    std::printf("  ordenar por vencimiento: %.1f ms\n", millis([&] {
                    pagos.sort_by(p::PaymentsViewModel::due, true);
                    first_screen();
                }));
    std::printf("  ordenar por importe: %.1f ms\n", millis([&] {
                    pagos.sort_by(p::PaymentsViewModel::amount, false);
                    first_screen();
                }));
    std::printf("  ordenar por persona (sin índice: ordena la lista): %.1f ms\n", millis([&] {
                    pagos.sort_by(p::PaymentsViewModel::person, true);
                    first_screen();
                }, 3));
    pagos.sort_by(p::PaymentsViewModel::folio, true);
    std::printf("  filtrar «pagado»: %.1f ms\n", millis([&] {
                    pagos.set_state(d::InstalmentState::paid);
                    first_screen();
                }));
    pagos.set_state(std::nullopt);
    std::printf("  buscar una persona por CURP: %.1f ms\n", millis([&] {
                    pagos.set_search(key_of(31'415));
                    first_screen();
                }));
    std::printf("  buscar «lucía núñez»: %.1f ms\n", millis([&] {
                    pagos.set_search("lucía núñez");
                    first_screen();
                }));
    pagos.set_search("");
    const double due_ms = millis([&] {
        pagos.set_due_by(home.due_by());
        first_screen();
    });
    std::printf("  el grupo de Inicio (por pagar al %s): %.1f ms, %zu filas\n", home.due_by().iso().c_str(), due_ms,
                pagos.count());
    pagos.set_due_by(std::nullopt);
    std::printf("  totales por mes (periodo de la lista): %.1f ms\n", millis([&] {
                    const auto span = pagos.due_months();
                    (void)pagos.summary(p::SummaryKey::month, span->first, span->second);
                }));
    std::printf("  totales por unidad: %.1f ms\n",
                millis([&] { (void)pagos.summary(p::SummaryKey::unit, "2024-01", "2025-12"); }));
    return 0;
}
