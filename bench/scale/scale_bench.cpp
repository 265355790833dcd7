// Pacta at an office's size: builds offices of 1,000, 10,000 and 100,000 people with
// proportional contracts, instalments and audit rows (office_seed.h), then times the
// operations people wait for, as pacta-cli processes and in the desktop, and prints how each
// grows between sizes next to how the office grew. The import is compared with sqlite3's
// bare `.import` of the same roster.
// Usage: bench_scale PACTA_CLI [PEOPLE...]   (default 1000 10000 100000)
// Environment: PACTA_BENCH_DESKTOP (bench_desktop's path; the desktop is measured under
// xvfb-run when given), PACTA_BENCH_KEEP=1 keeps the offices, PACTA_BENCH_REPEAT (5).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "office_seed.h"
#include "pacta/core/office.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/staff/staff_list_screen.h"
#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using clock_type = std::chrono::steady_clock;

struct Figure {
    std::string operation;
    std::map<std::size_t, double> seconds;  // by number of people
    bool interactive = false;               // a person waits for it at the desk
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

int repeats() {
    const char* text = std::getenv("PACTA_BENCH_REPEAT");
    return text ? std::max(1, std::atoi(text)) : 5;
}

template <typename Action>
double median_of(Action&& action) {
    std::vector<double> seconds;
    for (int n = 0; n < repeats(); ++n) {
        const auto start = clock_type::now();
        action(n);
        seconds.push_back(std::chrono::duration<double>(clock_type::now() - start).count());
    }
    return median(seconds);
}

std::string as_user(const std::string& user) {
    return "PACTA_USUARIO=" + user + " PACTA_CLAVE=" + bench::password_of(user) + " ";
}

// Pads to `width` characters (not bytes: accents take two).
std::string padded(const std::string& text, std::size_t width) {
    std::size_t chars = 0;
    for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return text + std::string(chars < width ? width - chars : 1, ' ');
}

std::string thousands_label(std::size_t n) {
    return n >= 1000 ? std::to_string(n / 1000) + "k" : std::to_string(n);
}

class Table {
public:
    void put(const std::string& operation, std::size_t people, double seconds, bool interactive = false) {
        auto it = std::find_if(figures_.begin(), figures_.end(), [&](const Figure& f) { return f.operation == operation; });
        if (it == figures_.end()) it = figures_.insert(figures_.end(), Figure{operation, {}, interactive});
        it->seconds[people] = seconds;
    }
    void print(const std::vector<std::size_t>& sizes, const std::map<std::size_t, std::string>& labels) const {
        std::printf("\n%s", padded("operación (mediana; s, o MB para memoria)", 48).c_str());
        for (const auto s : sizes) std::printf(" %12s", labels.at(s).c_str());
        if (sizes.size() > 1) std::printf("   crece (oficina x%.0f)", double(sizes.back()) / double(sizes.front()));
        std::printf("\n");
        for (const auto& f : figures_) {
            std::printf("%s", padded(f.operation, 48).c_str());
            for (const auto s : sizes) {
                const auto it = f.seconds.find(s);
                if (it == f.seconds.end() || it->second < 0) {
                    std::printf(" %12s", "–");
                } else {
                    std::printf(" %12.4f", it->second);
                }
            }
            if (sizes.size() > 1 && f.seconds.count(sizes.front()) && f.seconds.count(sizes.back()) &&
                f.seconds.at(sizes.front()) > 0) {
                std::printf("   x%.1f", f.seconds.at(sizes.back()) / f.seconds.at(sizes.front()));
            }
            if (f.interactive && f.seconds.count(sizes.back()) && f.seconds.at(sizes.back()) >= 0.1) {
                std::printf("  (más de 100 ms)");
            }
            std::printf("\n");
        }
    }

private:
    std::vector<Figure> figures_;
};

void measure_cli(Table& table, std::size_t people, const bench::SeededOffice& office, const std::string& cli) {
    const std::string db = cli + " --db " + office.database.string() + " ";
    auto timed = [&](const std::string& name, const std::string& command) {
        table.put(name, people, median_of([&](int) { bench::run_timed(command + " >/dev/null 2>&1"); }));
    };
    timed("pacta-cli: costo fijo (institucion listar)", as_user("ana") + db + "institucion listar");
    timed("pacta-cli contrato listar", as_user("ana") + db + "contrato listar");
    std::size_t next = 0;
    table.put("pacta-cli contrato mover … en_revision", people, median_of([&](int) {
                  bench::run_timed(as_user("ana") + db + "contrato mover " + office.draft_folios.at(next++) +
                                   " en_revision >/dev/null 2>&1");
              }));
    timed("pacta-cli pagos pendientes", as_user("fer") + db + "pagos pendientes");
    timed("pacta-cli personal buscar", as_user("ana") + db + "personal buscar martinez lopez");
    timed("pacta-cli auditoria verificar", as_user("ana") + db + "auditoria verificar");
    const fs::path copy = office.database.parent_path() / "respaldo.sqlite3";
    table.put("pacta-cli respaldo crear", people, median_of([&](int) {
                  fs::remove(copy);
                  bench::run_timed(as_user("ana") + db + "respaldo crear " + copy.string() + " >/dev/null 2>&1");
              }));
}

void measure_services(Table& table, std::size_t people, const bench::SeededOffice& office) {
    auto ana = core::Office::open(office.database);
    (void)ana->log_in("ana", bench::password_of("ana"));
    auto fer = core::Office::open(office.database);
    (void)fer->log_in("fer", bench::password_of("fer"));
    table.put("escritorio: abrir un contrato", people, median_of([&](int n) {
                  presentation::ContractViewModel view(ana->lifecycle(), ana->store().lifecycle(),
                                                       &ana->store().instalments());
                  view.load(office.signed_folios.at(static_cast<std::size_t>(n) % office.signed_folios.size()));
                  (void)view.history_lines();
                  (void)view.instalment_lines();
                  (void)view.audit_lines();
              }),
              true);
    std::size_t next = office.draft_folios.size() / 2;
    auto moving = ana->lifecycle();
    table.put("escritorio: enviar un contrato a revisión", people,
              median_of([&](int) { moving.move(office.draft_folios.at(next++), domain::ContractState::en_revision, "", std::nullopt); }),
              true);
    auto paying = fer->payments();
    table.put("escritorio: registrar un informe de pago", people, median_of([&](int n) {
                  domain::InstalmentMove move;
                  move.to = domain::InstalmentState::report_delivered;
                  move.on = *domain::Date::from_ymd(2026, 7, 2);
                  move.reference = "INF-3";
                  paying.record(office.signed_folios.at(static_cast<std::size_t>(n)), 3, move, false);
              }),
              true);
    table.put("escritorio: contratos, primera página", people, median_of([&](int) {
                  presentation::ContractListViewModel list(ana->session(), ana->store().contracts());
                  list.reload();
                  for (std::size_t row = 0; row < 40; ++row) (void)list.list.cell(row, 0);
              }),
              true);
    table.put("escritorio: personal, primera página", people, median_of([&](int) {
                  presentation::StaffListViewModel list(ana->session(), ana->store().staff());
                  list.reload();
                  for (std::size_t row = 0; row < 40; ++row) (void)list.list.cell(row, 0);
              }),
              true);
}

// The desktop itself, in a process of its own under a virtual display: start, memory and
// each screen, as bench_desktop prints them ("nombre segundos").
void measure_desktop(Table& table, std::size_t people, const bench::SeededOffice& office, const char* program) {
    const fs::path out = office.database.parent_path() / "escritorio.txt";
    const std::string command = "xvfb-run -a -s '-screen 0 1280x800x24' " + std::string(program) + " " +
                                office.database.string() + " ana " + bench::password_of("ana") + " " +
                                office.signed_folios.front() + " >" + out.string() + " 2>/dev/null";
    std::map<std::string, std::vector<double>> runs;
    for (int n = 0; n < repeats(); ++n) {
        if (std::system(command.c_str()) != 0) {
            std::fprintf(stderr, "bench_desktop falló (%s)\n", command.c_str());
            return;
        }
        FILE* f = std::fopen(out.c_str(), "r");
        char name[128];
        double value = 0;
        while (f != nullptr && std::fscanf(f, "%127s %lf", name, &value) == 2) runs[name].push_back(value);
        if (f != nullptr) std::fclose(f);
    }
    for (const auto& [name, values] : runs) {
        const bool memory = name.find("MB") != std::string::npos;
        table.put("escritorio: " + name, people, median(values), !memory && name != "inicio_de_sesion_y_ventana");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "uso: bench_scale PACTA_CLI [PERSONAS...]\n");
        return 2;
    }
    const std::string cli = argv[1];
    std::vector<std::size_t> sizes;
    for (int i = 2; i < argc; ++i) sizes.push_back(std::stoul(argv[i]));
    if (sizes.empty()) sizes = {1000, 10000, 100000};
    const fs::path fixtures = PACTA_FIXTURES_DIR;
    const char* desktop = std::getenv("PACTA_BENCH_DESKTOP");

    Table table;
    std::map<std::size_t, std::string> labels;
    for (const auto people : sizes) {
        bench::OfficeSize size;
        size.people = people;
        size.contracts = std::min<std::size_t>(people / 2, 50000);
        size.audit_rows = std::min<std::size_t>(people * 20, 2000000);
        const fs::path dir = fs::temp_directory_path() / ("pacta-bench-scale-" + std::to_string(::getpid()) + "-" +
                                                          std::to_string(people));
        fs::remove_all(dir);
        fs::create_directories(dir);
        std::fprintf(stderr, "construyendo la oficina de %zu personas...\n", people);
        const auto office = bench::seed_office(size, dir, cli, fixtures);
        const double bare = bench::run_timed("sqlite3 " + (dir / "bare.sqlite3").string() + " \".import --csv " +
                                             office.staff_csv.string() + " personal\"");
        labels[people] = thousands_label(people) + "/" + thousands_label(size.contracts);
        std::printf("Oficina %s: %zu personas, %zu contratos (%zu firmados), %zu exhibiciones, %zu filas de auditoría; "
                    "construida en %.1f s\n",
                    labels[people].c_str(), people, size.contracts, office.signed_folios.size(),
                    size.contracts * size.instalments, size.audit_rows, office.seeding_seconds + office.staff_import_seconds);
        std::printf("  personal importar %.2f s; sqlite3 .import %.2f s; razón %.1fx (meta: 5x o menos)\n",
                    office.staff_import_seconds, bare, office.staff_import_seconds / bare);
        std::fflush(stdout);
        table.put("pacta-cli personal importar (todo el padrón)", people, office.staff_import_seconds);
        measure_cli(table, people, office, cli);
        measure_services(table, people, office);
        if (desktop != nullptr) measure_desktop(table, people, office, desktop);
        if (std::getenv("PACTA_BENCH_KEEP") == nullptr) fs::remove_all(dir);
    }
    table.print(sizes, labels);
    return 0;
}
