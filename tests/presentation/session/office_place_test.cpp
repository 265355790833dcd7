// Where the data lives, as the login asks: what is checked before trying the server, the
// connection string libpq is given, and the remembered choice.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/office_place.h"

namespace pacta::presentation {
namespace {

using Kind = OfficePlace::Kind;

class OfficePlaceTest : public testing::Test {
protected:
    void SetUp() override { locale::set_language(PACTA_MESSAGES_DIR, "es"); }
};

TEST_F(OfficePlaceTest, ThisComputerNeedsNothingMore) {
    EXPECT_EQ(place_problem({}), "");
}

TEST_F(OfficePlaceTest, TheServerNeedsItsAddressAndDatabaseWrittenPlainly) {
    EXPECT_NE(place_problem({Kind::office_server, "", "pacta"}).find("nombre o la dirección"), std::string::npos);
    EXPECT_NE(place_problem({Kind::office_server, "servidor", "  "}).find("base de datos"), std::string::npos);
    EXPECT_NE(place_problem({Kind::office_server, "servidor dbname=otra", "pacta"}).find("sin espacios"), std::string::npos);
    EXPECT_NE(place_problem({Kind::office_server, "servidor:70000", "pacta"}).find("«70000» no es un número de puerto"),
              std::string::npos);
    EXPECT_EQ(place_problem({Kind::office_server, " servidor.oficina:5433 ", "pacta"}), "");
    EXPECT_EQ(place_problem({Kind::office_server, "[fe80::1]:5432", "pacta"}), "");
}

TEST_F(OfficePlaceTest, TheConnectionStringQuotesEachValue) {
    EXPECT_EQ(server_conninfo({Kind::office_server, "servidor.oficina", "pacta"}), "host='servidor.oficina' dbname='pacta'");
    EXPECT_EQ(server_conninfo({Kind::office_server, "10.0.0.5:5433", "pacta_gro"}),
              "host='10.0.0.5' port='5433' dbname='pacta_gro'");
    EXPECT_EQ(server_conninfo({Kind::office_server, "[fe80::1]:5432", "pacta"}), "host='fe80::1' port='5432' dbname='pacta'");
}

TEST_F(OfficePlaceTest, TheChoiceIsRememberedAsOneLine) {
    const OfficePlace server{Kind::office_server, "servidor.oficina", "pacta"};
    EXPECT_EQ(place_setting(server), "servidor|servidor.oficina|pacta");
    EXPECT_EQ(place_from_setting(place_setting(server)), server);
    EXPECT_EQ(place_from_setting("equipo"), OfficePlace{});
    EXPECT_FALSE(place_from_setting("servidor|a|b|c"));
    EXPECT_FALSE(place_from_setting("otra cosa"));
}

}  // namespace
}  // namespace pacta::presentation
