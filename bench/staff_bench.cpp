// Staff at scale: importing 100,000 generated rows with `pacta-cli personal importar`
// (validation, indexing and audit included) against sqlite3's own `.import` of the same
// file into a bare table; then the median time of accent-insensitive searches over them.
// Usage: bench_staff PACTA_CLI [ROWS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "pacta/db/open.h"
#include "pacta/db/staff_repository.h"
#include "generated_people.h"

namespace {

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

using pacta::bench::curp_for;
const auto& given = pacta::bench::given_names();
const auto& surnames = pacta::bench::surnames();

double seconds_of(const std::string& command) {
    const auto start = clock_type::now();
    if (std::system(command.c_str()) != 0) std::fprintf(stderr, "falló: %s\n", command.c_str());
    return std::chrono::duration<double>(clock_type::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "uso: bench_staff PACTA_CLI [FILAS]\n");
        return 2;
    }
    const std::string cli = argv[1];
    const std::size_t rows = argc > 2 ? std::stoul(argv[2]) : 100'000;
    const fs::path dir = fs::temp_directory_path() / ("pacta-bench-staff-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path csv = dir / "personal.csv";
    std::mt19937 rng(2024);
    {
        std::ofstream out(csv);
        out << "nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,categoria,regimen\n";
        for (std::size_t i = 0; i < rows; ++i) {
            const bool woman = i % 2 == 0;
            const int year = 1950 + static_cast<int>(rng() % 50);
            const int month = 1 + static_cast<int>(rng() % 12);
            const int day = 1 + static_cast<int>(rng() % 28);
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
            out << given[rng() % given.size()] << ',' << surnames[rng() % surnames.size()] << ','
                << surnames[rng() % surnames.size()] << ',' << (woman ? 'M' : 'H') << ',' << date << ','
                << curp_for(i, year, month, day, woman) << ',' << (i % 3 == 0 ? "asistencial" : "administrativo") << ','
                << (i % 4 == 0 ? "cas" : "honorarios") << '\n';
        }
    }
    const fs::path db_file = dir / "pacta.sqlite3";
    // An HR clerk's account: the import needs one (created before the clock starts).
    if (std::system(("echo clave-de-banco-1 | " + cli + " --db " + db_file.string() +
                     " usuario crear --usuario banco --rol administrador --rol capturista --clave-stdin >/dev/null")
                        .c_str()) != 0) {
        std::fprintf(stderr, "could not create the benchmark's user\n");
        return 1;
    }
    const double pacta = seconds_of("PACTA_USUARIO=banco PACTA_CLAVE=clave-de-banco-1 " + cli + " --db " +
                                    db_file.string() + " personal importar " + csv.string() + " >/dev/null");
    const double bare = seconds_of("sqlite3 " + (dir / "bare.sqlite3").string() + " \".import --csv " + csv.string() +
                                   " personal\"");
    // The floor: the same rows put into Pacta's own schema (its CHECKs, unique indexes,
    // search index filled once, one audit event for the file) by sqlite3 alone with
    // Pacta's settings, no parsing or validation in Pacta. What stays between this and Pacta is Pacta's own work.
    const fs::path floor_db = dir / "piso.sqlite3";
    { auto empty = pacta::db::open_pacta_database(floor_db, "bench"); }
    const fs::path floor_sql = dir / "piso.sql";
    {
        std::ofstream out(floor_sql);
        out << "ATTACH ':memory:' AS m;\n.import --csv --schema m " << csv.string() << " carga\n"
            << "PRAGMA cache_size = -32000;\nPRAGMA temp_store = MEMORY;\nBEGIN;\n"
               "INSERT INTO staff (given_names, first_surname, second_surname, sex, birth_date, nationality, "
               "civil_status, curp, domicile, phone, email, bank_account, profession, category, regime) SELECT nombre, "
               "primer_apellido, segundo_apellido, CASE sexo WHEN 'M' THEN 'mujer' ELSE 'hombre' END, fecha_nacimiento, "
               "'', '', curp, '', '', '', '', '', categoria, CASE regimen WHEN 'cas' THEN 'cas' ELSE 'honorarios' END "
               "FROM m.carga;\n"
               // One audit event for the whole file, as Pacta writes it (datos.md, «Formato de las filas»).
               "INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json, prev_hash, hash) SELECT "
               "strftime('%Y-%m-%dT%H:%M:%SZ'), 'banco', 'crear', 'importacion', 'personal.csv', json_object('filas', "
               "count(*), 'claves_creadas', json_group_array(curp)), lower(hex(randomblob(32))), "
               "lower(hex(randomblob(32))) FROM m.carga;\n"
               "INSERT INTO staff_search (rowid, names, unit, card) SELECT id, names, unit, card FROM staff_search_source;\n"
               "COMMIT;\n";
    }
    const double floor = seconds_of("sqlite3 " + floor_db.string() + " < " + floor_sql.string());

    // Searches: names without accents, surname pairs, CURP prefixes.
    auto database = pacta::db::open_pacta_database(db_file, "bench");
    pacta::db::SqliteStaffRepository repo(database);
    const std::vector<std::string> queries = {"martinez", "nunez", "munoz lopez", "maria garcia", "jose", "castaneda",
                                              "ibanez pena", "AAAA", "BA", "sofia ruiz", "angel", "oscar diaz"};
    std::vector<double> ms;
    std::size_t hits = 0;
    for (int round = 0; round < 20; ++round) {
        for (const auto& q : queries) {
            const auto start = clock_type::now();
            hits += repo.search(q, 50).size();
            ms.push_back(std::chrono::duration<double, std::milli>(clock_type::now() - start).count());
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("Personal: %zu filas generadas (CURP válidas)\n", rows);
    std::printf("  Pacta personal importar (validación, índices, auditoría): %8.2f s\n", pacta);
    std::printf("  sqlite3 .import a una tabla sin restricciones:            %8.2f s\n", bare);
    std::printf("  sqlite3 solo, mismas filas al esquema de Pacta (piso):     %8.2f s\n", floor);
    std::printf("  razón Pacta/sqlite3: %.1fx   (meta: 5x o menos); piso/sqlite3: %.1fx; Pacta/piso: %.1fx\n",
                pacta / bare, floor / bare, pacta / floor);
    std::printf("  búsqueda sin acentos, mediana de %zu: %.2f ms, máximo %.2f ms   (meta: menos de 20 ms)\n", ms.size(),
                ms[ms.size() / 2], ms.back());
    std::printf("  (resultados %zu)\n", hits);
    if (std::getenv("PACTA_BENCH_KEEP") == nullptr) fs::remove_all(dir);
    return 0;
}
