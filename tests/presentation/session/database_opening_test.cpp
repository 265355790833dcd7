// Opening the database: each reason it cannot be opened is explained with what to do.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/database_opening.h"

namespace pacta::presentation {
namespace {

// Why a database cannot be opened reads the same in pacta-cli and the desktop, in Spanish.
TEST(DatabaseOpening, EachReasonIsExplainedWithWhatToDo) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    using Reason = domain::StoreUnavailable::Reason;
    EXPECT_EQ(describe(domain::StoreUnavailable(Reason::network_drive, "/mnt/red/pacta.sqlite3", {})),
              "la base de datos /mnt/red/pacta.sqlite3 está en una unidad de red, donde SQLite puede dañarla; "
              "guárdela en un disco local de este equipo.");
    EXPECT_NE(describe(domain::StoreUnavailable(Reason::not_a_database, "notas.txt", {})).find("notas.txt no es una base de datos de Pacta"),
              std::string::npos);
    EXPECT_NE(describe(domain::StoreUnavailable(Reason::newer_schema, "p.sqlite3", {}, 9, 7)).find("(esquema 9; esta lee hasta el 7)"),
              std::string::npos);
    EXPECT_NE(describe(domain::StoreUnavailable(Reason::other, "p.sqlite3", "disk I/O error")).find("disk I/O error"),
              std::string::npos);
}

}  // namespace
}  // namespace pacta::presentation
