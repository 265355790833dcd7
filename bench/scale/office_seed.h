#pragma once
// An office at a given size, built the way a real one grows: staff imported from a roster,
// contracts recorded in bulk from spreadsheets (pacta-cli), a share of them reviewed, signed
// and paid through the service layer, and the record views an office makes over the years.
// Nothing is written with hand-made SQL: every row comes through Pacta.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace pacta::bench {

struct OfficeSize {
    std::size_t people = 0;
    std::size_t contracts = 0;       // drafted from the roster's first people
    std::size_t signed_every = 20;   // one contract in this many is reviewed, signed and paid
    std::size_t instalments = 8;     // per contract
    std::size_t audit_rows = 0;      // record views fill the trail up to this many rows
};

// Users: "ana" (administrator and clerk: drafts, signs), "rita" (legal reviewer), "fer"
// (finance). Their passwords are "clave-de-<name>-1".
inline std::string password_of(const std::string& user) { return "clave-de-" + user + "-1"; }

struct SeededOffice {
    std::filesystem::path database;
    std::filesystem::path staff_csv;          // the roster imported
    std::vector<std::string> draft_folios;    // still «borrador»: the benchmark moves these
    std::vector<std::string> signed_folios;   // signed, with instalments paid and pending
    double staff_import_seconds = 0;          // pacta-cli personal importar of staff_csv
    double seeding_seconds = 0;               // everything else
};

// Builds the office in `dir` with `cli` (pacta-cli) and `fixtures` (tests/fixtures).
[[nodiscard]] SeededOffice seed_office(const OfficeSize& size, const std::filesystem::path& dir,
                                       const std::string& cli, const std::filesystem::path& fixtures);

// Runs a shell command; the seconds it took (negative when it failed).
double run_timed(const std::string& command);

}  // namespace pacta::bench
