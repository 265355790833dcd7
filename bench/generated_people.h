#pragma once
// People for the benchmarks: names with accents, real dates, CURPs whose check digit is
// right and which are unique through their number, so every row passes Pacta's checks.
#include <cstdio>
#include <string>
#include <vector>

#include "pacta/domain/identity.h"

namespace pacta::bench {

inline const std::vector<std::string>& given_names() {
    static const std::vector<std::string> names = {"María", "José",  "Juan",   "Ana",   "Luis",   "Rosa",
                                                   "Carlos", "Lucía", "Jesús", "Sofía", "Ángel", "Mónica",
                                                   "Raúl",   "Inés",  "Óscar", "Verónica"};
    return names;
}

inline const std::vector<std::string>& surnames() {
    static const std::vector<std::string> names = {"Martínez", "García",  "López",   "Hernández", "González",
                                                   "Pérez",    "Sánchez", "Ramírez", "Cruz",      "Gómez",
                                                   "Díaz",     "Núñez",   "Muñoz",   "Ortiz",     "Ruiz",
                                                   "Jiménez",  "Vázquez", "Castañeda", "Ibáñez",  "Peña"};
    return names;
}

// A CURP with a real date, a state, and the right check digit; unique through `n`.
inline std::string curp_for(std::size_t n, int year, int month, int day, bool woman) {
    static const char* letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    char base[18];
    std::snprintf(base, sizeof base, "%c%c%c%c%02d%02d%02d%cDF%c%c%c", letters[n % 26],
                  'A' + static_cast<int>(n / 26 % 26), letters[n / 676 % 26], letters[n / 17576 % 26], year % 100,
                  month, day, woman ? 'M' : 'H', 'B', "BCDFGHJKLMNPQRSTVWXYZ"[n / 456976 % 21], 'X');
    std::string curp(base, 17);
    curp[16] = '0' + static_cast<char>(n % 10);  // differentiator: a digit, born before 2000
    for (char check = '0'; check <= '9'; ++check) {
        if (pacta::domain::validate_curp(curp + check).valid()) return curp + check;
    }
    return curp + '0';
}

// An RFC for the same person: the CURP's first ten characters, a homoclave and the check
// character that makes it valid.
inline std::string rfc_for(const std::string& curp) {
    const std::string base = curp.substr(0, 10) + "A" + "B";
    for (const char check : std::string("0123456789A")) {
        if (pacta::domain::validate_rfc(base + check).valid()) return base + check;
    }
    return base + '0';
}

}  // namespace pacta::bench
