// Writes a CSV of N valid staff rows (real dates, CURPs with the right check digit) for the
// durability and import tests. Usage: generate_staff N FIRST_NUMBER > personal.csv
#include <cstdio>
#include <string>

#include "pacta/domain/identity.h"

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    const long n = std::stol(argv[1]);
    const long first = std::stol(argv[2]);
    std::printf("nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,categoria,regimen\n");
    static const char* letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (long i = first; i < first + n; ++i) {
        const int year = 1950 + static_cast<int>(i % 49);
        const int month = 1 + static_cast<int>(i % 12);
        const int day = 1 + static_cast<int>(i % 28);
        const bool woman = i % 2 == 0;
        char base[32];
        std::snprintf(base, sizeof base, "%c%c%c%c%02d%02d%02d%cDFBXX%c", letters[i % 26], letters[i / 26 % 26],
                      letters[i / 676 % 26], letters[i / 17576 % 26], year % 100, month, day, woman ? 'M' : 'H',
                      static_cast<char>('0' + i % 10));
        std::string curp(base, 17);
        for (char check = '0'; check <= '9'; ++check) {
            if (pacta::domain::validate_curp(curp + check).valid()) {
                curp += check;
                break;
            }
        }
        std::printf("Persona %ld,Prueba,Durabilidad,%c,%04d-%02d-%02d,%s,administrativo,honorarios\n", i,
                    woman ? 'M' : 'H', year, month, day, curp.c_str());
    }
    return 0;
}
