// The office server under load (scripts/bench; not a test). A throwaway PostgreSQL 15 of its
// own. An office of PEOPLE people and half as many contracts (at most 50,000; one in twenty
// signed and partly paid) is built on one desk through Pacta, then moved to the server with
// `servidor importar`. 100,000 people imported with pacta-cli are set against COPY of the
// same rows into the same schema (a database prepared alike: its indexes, triggers and
// trail) and into a bare table of the same columns and indexes. Then CLERKS clerks, each its
// own process and login, for SECONDS seconds doing an office's mix, first pausing as people
// do between screens (PACTA_BENCH_PAUSE_MS, mean 1000), then without a pause; operations per
// second, p50/p95/p99 per kind, refusals and errors, the trail verified after; one clerk on
// the desk's SQLite beside it. Usage: bench_server PACTA_CLI [PEOPLE] [CLERKS] [SECONDS]
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../generated_people.h"
#include "../scale/office_seed.h"
#include "clerk_mix.h"
#include "pacta/core/office.h"
#include "pacta/document/template_library.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using clock_type = std::chrono::steady_clock;

// Whatever happens, the throwaway cluster goes.
std::string cleanup_command;
void clean_up() {
    // PACTA_BENCH_KEEP leaves the cluster running and its folder, to look at the plans after.
    if (std::getenv("PACTA_BENCH_KEEP") != nullptr) {
        std::printf("(se deja el grupo de servidores: %s)\n", cleanup_command.c_str());
        return;
    }
    if (!cleanup_command.empty()) (void)std::system(cleanup_command.c_str());
}

double seconds_of(const std::string& command) {
    const auto start = clock_type::now();
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "falló: %s\n", command.c_str());
        std::exit(1);
    }
    return std::chrono::duration<double>(clock_type::now() - start).count();
}

void load_env(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) ::setenv(line.substr(0, eq).c_str(), line.substr(eq + 1).c_str(), 1);
    }
}

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

void print_table(const std::map<std::string, std::vector<double>>& ms, double seconds, long refused, long errors) {
    std::printf("  %-20s %8s %8s %8s %8s %8s\n", "operación", "núm.", "ops/s", "p50 ms", "p95 ms", "p99 ms");
    std::size_t total = 0;
    for (const auto& [kind, v] : ms) {
        total += v.size();
        std::printf("  %-20s %8zu %8.1f %8.1f %8.1f %8.1f\n", kind.c_str(), v.size(), static_cast<double>(v.size()) / seconds,
                    percentile(v, 0.5), percentile(v, 0.95), percentile(v, 0.99));
    }
    std::printf("  total: %zu operaciones, %.1f ops/s; rechazos del servicio %ld; errores %ld\n", total,
                static_cast<double>(total) / seconds, refused, errors);
}

// "kind ms" lines a clerk process leaves, then "! refused errors first_error".
void write_times(const fs::path& file, const bench::ClerkTimes& t) {
    std::ofstream out(file);
    for (const auto& [kind, v] : t.ms) {
        for (const double ms : v) out << kind << '\t' << ms << '\n';
    }
    out << "!\t" << t.refused << '\t' << t.errors << '\t' << t.first_error << '\n';
}

// A new database prepared with ana as its administrator and the institution on record; the
// command that runs pacta-cli as her there.
std::string prepared_database(const std::string& cli, const std::string& name) {
    seconds_of("psql -X -q -d postgres -c \"CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'\"");
    seconds_of("printf 'clave de ana 1\\n' | " + cli + " servidor preparar --servidor 'dbname=" + name +
               "' --administrador ana --clave-stdin >/dev/null");
    const std::string as_ana = "PACTA_SERVIDOR='dbname=" + name + "' PACTA_USUARIO=ana PACTA_CLAVE='clave de ana 1' " + cli;
    seconds_of(as_ana + " institucion importar " + std::string(PACTA_FIXTURES_DIR) +
               "/datos/institucion-imss-bienestar-gro.json >/dev/null");
    return as_ana;
}

struct Round {
    std::map<std::string, std::vector<double>> ms;
    long refused = 0, errors = 0;
    std::string first_error;
};

// CLERKS processes, each logged in as its own clerk, the mix for `seconds`; their times merged.
Round run_clerks(const fs::path& dir, const std::string& conninfo, int clerks, double seconds,
                 const bench::ClerkWork& work) {
    std::vector<pid_t> children;
    for (int c = 0; c < clerks; ++c) {
        const pid_t child = ::fork();
        if (child == 0) {
            int status = 0;
            try {
                auto login = core::Office::open_server(conninfo, "c" + std::to_string(c), "clave de c" + std::to_string(c) + " 1");
                if (!login.office) ::_exit(3);
                write_times(dir / ("c" + std::to_string(c) + ".txt"), bench::run_clerk_mix(*login.office, c, clerks, seconds, work));
            } catch (const std::exception& e) {
                std::fprintf(stderr, "oficinista %d: %s\n", c, e.what());
                status = 1;
            }
            ::_exit(status);
        }
        children.push_back(child);
    }
    Round round;
    for (const pid_t child : children) {
        int status = 0;
        ::waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++round.errors;
    }
    for (int c = 0; c < clerks; ++c) {
        std::ifstream in(dir / ("c" + std::to_string(c) + ".txt"));
        std::string line;
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string kind;
            std::getline(fields, kind, '\t');
            if (kind == "!") {
                long r = 0, e = 0;
                fields >> r >> e;
                round.refused += r;
                round.errors += e;
                std::string rest;
                std::getline(fields, rest);
                if (round.first_error.empty() && e > 0) round.first_error = rest;
                continue;
            }
            double ms = 0;
            fields >> ms;
            round.ms[kind].push_back(ms);
        }
    }
    return round;
}

// The keys of a roster written by the office seed (CURP is its eighth column, before any quote).
std::vector<std::string> roster_keys(const fs::path& csv) {
    std::vector<std::string> keys;
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::size_t at = 0;
        for (int comma = 0; comma < 7 && at != std::string::npos; ++comma) at = line.find(',', at) + 1;
        const auto end = line.find(',', at);
        if (at != 0 && end != std::string::npos) keys.push_back(line.substr(at, end - at));
    }
    return keys;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "uso: bench_server PACTA_CLI [PERSONAS] [OFICINISTAS] [SEGUNDOS]\n");
        return 2;
    }
    const std::string cli = fs::absolute(argv[1]).string();
    const std::size_t people = argc > 2 ? std::stoul(argv[2]) : 100'000;
    const int clerks = argc > 3 ? std::stoi(argv[3]) : 20;
    const double seconds = argc > 4 ? std::stod(argv[4]) : 60;
    const char* pause_env = std::getenv("PACTA_BENCH_PAUSE_MS");
    const double pause_ms = pause_env != nullptr ? std::stod(pause_env) : 1000;
    const fs::path dir = fs::temp_directory_path() / ("pacta-bench-server-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::all & ~(fs::perms::group_write | fs::perms::others_write));
    const fs::path cluster = dir / "pg";
    const std::string script = std::string(PACTA_SOURCE_DIR) + "/scripts/pg-test-cluster";
    cleanup_command = "bash " + script + " stop " + cluster.string() + " >/dev/null 2>&1; rm -rf " + dir.string();
    std::atexit(clean_up);
    seconds_of("bash " + script + " start " + cluster.string() + " >/dev/null");
    load_env(cluster / "env");
    ::setenv("XDG_DATA_HOME", (dir / "datos").c_str(), 1);

    // 1. The office as it grew on one desk, then moved to the server.
    bench::OfficeSize size;
    size.people = people;
    size.contracts = std::min<std::size_t>(people / 2, 50000);
    const fs::path desk_dir = dir / "escritorio";
    fs::create_directories(desk_dir);
    std::fprintf(stderr, "construyendo la oficina de %zu personas y %zu contratos en un escritorio...\n", people, size.contracts);
    const auto office = bench::seed_office(size, desk_dir, cli, PACTA_FIXTURES_DIR);
    std::printf("La oficina en un escritorio (SQLite): %zu personas, %zu contratos (%zu firmados, %zu exhibiciones)\n",
                people, size.contracts, office.signed_folios.size(), size.contracts * size.instalments);
    std::printf("  construida con pacta-cli y el servicio en %.1f s (personal importar %.2f s)\n",
                office.seeding_seconds + office.staff_import_seconds, office.staff_import_seconds);
    const std::string conninfo = "dbname=pacta_banco";
    seconds_of("psql -X -q -d postgres -c \"CREATE DATABASE pacta_banco TEMPLATE template0 ENCODING 'UTF8'\"");
    const double moved = seconds_of("printf 'clave de ana 1\\n' | " + cli + " servidor importar --servidor '" + conninfo +
                                    "' --desde " + office.database.string() + " --administrador ana --clave-stdin >/dev/null");
    const std::string as_ana = "PACTA_SERVIDOR='" + conninfo + "' PACTA_USUARIO=ana PACTA_CLAVE='clave de ana 1' " + cli;
    std::printf("  servidor importar (todo: personas, contratos y archivos, exhibiciones, bitácora): %.1f s\n", moved);
    std::printf("  bitácora en el servidor: ");
    std::fflush(stdout);
    (void)std::system((as_ana + " auditoria verificar").c_str());
    std::printf("\n");

    // 2. 100,000 people: pacta-cli against COPY of the same rows.
    const std::size_t roster = 100'000;
    {
        std::ofstream csv(dir / "personal.csv");
        std::ofstream rows(dir / "filas.csv");
        csv << "nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,rfc,categoria,regimen,nacionalidad,"
               "estado_civil,domicilio,profesion\n";
        std::mt19937 rng(2024);
        const auto& given = bench::given_names();
        const auto& sur = bench::surnames();
        for (std::size_t i = 0; i < roster; ++i) {
            const bool woman = i % 2 == 0;
            const int year = 1950 + static_cast<int>(rng() % 50);
            const int month = 1 + static_cast<int>(rng() % 12);
            const int day = 1 + static_cast<int>(rng() % 28);
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
            const std::string curp = bench::curp_for(i, year, month, day, woman);
            const std::string g = given[rng() % given.size()], a = sur[rng() % sur.size()], b = sur[rng() % sur.size()];
            const char* category = i % 3 == 0 ? "asistencial" : "administrativo";
            const char* regime = i % 4 == 0 ? "cas" : "honorarios";
            const std::string rfc = bench::rfc_for(curp);
            const std::string home = "Calle " + std::to_string(i % 300 + 1) + " Chilpancingo";
            csv << g << ',' << a << ',' << b << ',' << (woman ? 'M' : 'H') << ',' << date << ',' << curp << ',' << rfc
                << ',' << category << ',' << regime << ",mexicana,soltera," << home << ",Médica\n";
            rows << "1," << g << ',' << a << ',' << b << ',' << (woman ? "mujer" : "hombre") << ',' << date
                 << ",mexicana,soltera," << curp << ',' << rfc << ',' << home << ",,,,Médica," << category << ','
                 << regime << '\n';
        }
    }
    const std::string columns = "(institution_id, given_names, first_surname, second_surname, sex, birth_date, nationality, "
                                "civil_status, curp, rfc, domicile, phone, email, bank_account, profession, category, regime)";
    const std::string copy_from = " FROM '" + (dir / "filas.csv").string() +
                                  "' WITH (FORMAT csv, FORCE_NOT_NULL (civil_status, domicile, phone, email, bank_account, profession))";
    const std::string on_people = prepared_database(cli, "pacta_personas");
    const double pacta_import = seconds_of(on_people + " personal importar " + (dir / "personal.csv").string() + " >/dev/null");
    (void)prepared_database(cli, "pacta_copia");
    const double copy_same = seconds_of("psql -X -q -d pacta_copia -c \"\\copy pacta.staff " + columns + copy_from + "\"");
    const double copy_bare = seconds_of("psql -X -q -d pacta_copia -c 'CREATE TABLE public.copia (LIKE pacta.staff INCLUDING ALL)' "
                                        "-c \"\\copy public.copia " + columns + copy_from + "\"");
    const fs::path desk = dir / "personas.sqlite3";
    seconds_of("echo clave-de-ana-1 | " + cli + " --db " + desk.string() +
               " usuario crear --usuario ana --rol administrador --rol capturista --clave-stdin >/dev/null");
    const std::string on_desk = "PACTA_USUARIO=ana PACTA_CLAVE=clave-de-ana-1 " + cli + " --db " + desk.string();
    seconds_of(on_desk + " institucion importar " + PACTA_FIXTURES_DIR + "/datos/institucion-imss-bienestar-gro.json >/dev/null");
    const double desk_import = seconds_of(on_desk + " personal importar " + (dir / "personal.csv").string() + " >/dev/null");
    std::printf("Importar %zu personas\n", roster);
    std::printf("  Pacta en el servidor (validación, índices, bitácora):            %8.2f s\n", pacta_import);
    std::printf("  COPY a pacta.staff de una base preparada igual (mismo esquema):  %8.2f s   razón %.2f\n", copy_same,
                pacta_import / copy_same);
    std::printf("  COPY a una tabla de las mismas columnas e índices, sin bitácora:  %8.2f s   razón %.2f\n", copy_bare,
                pacta_import / copy_bare);
    std::printf("  Pacta en un escritorio (SQLite):                                 %8.2f s\n", desk_import);

    // 3. The clerks, on the moved office: each its own login, with the three roles of an office's day.
    for (int c = 0; c < clerks; ++c) {
        seconds_of("printf 'clave de c" + std::to_string(c) + " 1\\n' | " + as_ana + " usuario crear --usuario c" +
                   std::to_string(c) + " --rol capturista --rol revisor_juridico --rol finanzas --clave-stdin >/dev/null");
    }
    bench::ClerkWork work;
    work.people = roster_keys(office.staff_csv);
    work.people.resize(std::min<std::size_t>(work.people.size(), 5000));
    work.extra_json = document::read_file(std::string(PACTA_FIXTURES_DIR) + "/datos/contrato-imss-extra.json").value_or("");
    long errors = 0;
    // Each round pays its own half of the signed contracts.
    const auto half = office.signed_folios.begin() + static_cast<std::ptrdiff_t>(office.signed_folios.size() / 2);
    for (const double pause : {pause_ms, 0.0}) {
        work.pause_ms = pause;
        work.signed_folios = pause > 0 ? std::vector<std::string>(office.signed_folios.begin(), half)
                                       : std::vector<std::string>(half, office.signed_folios.end());
        const auto round = run_clerks(dir, conninfo, clerks, seconds, work);
        if (pause > 0) {
            std::printf("\n%d oficinistas en el servidor, %.0f s, con una pausa media de %.0f ms entre operaciones "
                        "(quien lee la pantalla)\n", clerks, seconds, pause);
        } else {
            std::printf("\n%d oficinistas en el servidor, %.0f s, sin pausa (el servidor a plena carga)\n", clerks, seconds);
        }
        print_table(round.ms, seconds, round.refused, round.errors);
        if (!round.first_error.empty()) std::printf("  primer error:%s\n", round.first_error.c_str());
        errors += round.errors;
    }
    std::printf("  bitácora después: ");
    std::fflush(stdout);
    (void)std::system((as_ana + " auditoria verificar").c_str());

    // 4. One clerk on the desk's SQLite office, the same mix without a pause.
    {
        auto on_one_desk = core::Office::open(office.database);
        if (on_one_desk->log_in("ana", bench::password_of("ana")).user) {
            work.pause_ms = 0;
            work.signed_folios = office.signed_folios;
            const auto t = bench::run_clerk_mix(*on_one_desk, 0, 1, seconds / 4, work);
            std::printf("\n1 oficinista en el escritorio (SQLite, la misma oficina), %.0f s, sin pausa\n", seconds / 4);
            print_table(t.ms, seconds / 4, t.refused, t.errors);
        }
    }
    return errors == 0 ? 0 : 1;  // clean_up stops the cluster and removes the folder
}
