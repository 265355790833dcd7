// The staff port, the same tests on every engine: an import is all or nothing, creates the new,
// updates only who changed and refuses a recorded key unless updating; keys and institutions are
// looked up in bulk; search ignores accents and case and needs every word; pages, counts, units
// and the breakdown are worked out by the store. Every test names its own institution, units
// and identity numbers, as the server's database is shared by the program's tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "engine.h"

namespace pacta::testing_ports {
namespace {

namespace d = domain;

// An 18-character CURP made of `tag` (test-unique) and `n`.
std::string curp(const std::string& tag, int n) {
    std::string out = tag + std::to_string(n);
    out.resize(18, 'X');
    return out;
}

d::StaffMember person(const std::string& given, const std::string& first, const std::string& second,
                      const std::string& key) {
    d::StaffMember m;
    m.given_names = given;
    m.first_surname = first;
    m.second_surname = second;
    m.curp = key;
    m.birth_date = *d::Date::from_ymd(1988, 6, 15);
    return m;
}

void save_institution(Engine& engine, const std::string& code, const std::vector<std::string>& units) {
    d::Institution inst;
    inst.code = code;
    inst.name = "Institución " + code;
    inst.country = "MX";
    for (const auto& u : units) inst.units.push_back({u, "Unidad " + u, "Guerrero", "CC"});
    ASSERT_NO_THROW(engine.institutions().save(inst, engine.actor()));
}

std::vector<std::string> keys_of(const std::vector<d::StaffMember>& people) {
    std::vector<std::string> out;
    for (const auto& m : people) out.push_back(m.key());
    return out;
}

class StaffPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    d::StaffRepository& staff() { return engine.staff(); }
    Engine engine{GetParam()};
};

TEST_P(StaffPort, WhatIsImportedIsFoundAsItWasImported) {
    save_institution(engine, "stf-a", {"STFA01"});
    auto mx = person("María José", "Ramírez", "Núñez", curp("STFA", 1));
    mx.sex = d::Sex::woman;
    mx.birth_date = *d::Date::from_ymd(1992, 5, 14);
    mx.nationality = "mexicana";
    mx.civil_status = "soltera";
    mx.rfc = "RANM920514AB1";
    mx.domicile = "Calle 5 de Mayo 12, \"Centro\"\nAcapulco";
    mx.phone = "744 123 4567";
    mx.email = "maria@example.mx";
    mx.bank_account = "012345678901234567";
    mx.profession = "Enfermería";
    mx.category = d::Category::asistencial;
    mx.regime = d::Regime::cas;
    mx.suspension_year = 2024;
    mx.unit_code = "STFA01";
    mx.active = false;
    d::StaffMember pe = person("Lucía", "Peña", "", "");
    pe.dni = "71000001";
    pe.ruc = "10710000011";
    d::StaffMember card = person("Jean", "Dupont", "", "");
    card.foreign_card = "CE7100002";
    const auto result = staff().import({mx, pe, card}, "stf-a", false, engine.actor());
    EXPECT_EQ(result.created, 3U);
    EXPECT_EQ(result.updated, 0U);
    EXPECT_EQ(result.unchanged, 0U);

    const auto found = staff().find(mx.curp);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->given_names, "María José");
    EXPECT_EQ(found->first_surname, "Ramírez");
    EXPECT_EQ(found->second_surname, "Núñez");
    EXPECT_EQ(found->sex, d::Sex::woman);
    EXPECT_EQ(found->birth_date, *d::Date::from_ymd(1992, 5, 14));
    EXPECT_EQ(found->nationality, "mexicana");
    EXPECT_EQ(found->civil_status, "soltera");
    EXPECT_EQ(found->rfc, "RANM920514AB1");
    EXPECT_EQ(found->domicile, mx.domicile);
    EXPECT_EQ(found->phone, mx.phone);
    EXPECT_EQ(found->email, mx.email);
    EXPECT_EQ(found->bank_account, mx.bank_account);
    EXPECT_EQ(found->profession, "Enfermería");
    EXPECT_EQ(found->category, d::Category::asistencial);
    EXPECT_EQ(found->regime, d::Regime::cas);
    EXPECT_EQ(found->suspension_year, 2024);
    EXPECT_EQ(found->unit_code, "STFA01");
    EXPECT_FALSE(found->active);
    EXPECT_TRUE(found->dni.empty());

    const auto peruvian = staff().find("71000001");
    ASSERT_TRUE(peruvian);
    EXPECT_EQ(peruvian->ruc, "10710000011");
    EXPECT_TRUE(peruvian->curp.empty());
    EXPECT_FALSE(peruvian->suspension_year);
    EXPECT_TRUE(peruvian->active);
    EXPECT_TRUE(peruvian->unit_code.empty());
    ASSERT_TRUE(staff().find("CE7100002"));
    EXPECT_EQ(staff().find("CE7100002")->first_surname, "Dupont");
    EXPECT_FALSE(staff().find(curp("STFA", 99)));
    // An empty import stores nothing and says so.
    const auto none = staff().import({}, "stf-a", true, engine.actor());
    EXPECT_EQ(none.created + none.updated + none.unchanged, 0U);
}

TEST_P(StaffPort, AnUpdatingImportWritesOnlyWhoChanged) {
    save_institution(engine, "stf-b", {"STFB01", "STFB02"});
    save_institution(engine, "stf-b2", {});
    std::vector<d::StaffMember> people;
    for (int n = 0; n < 5; ++n) people.push_back(person("Ana", "Beltrán", std::to_string(n), curp("STFB", n)));
    people[0].unit_code = "STFB01";
    ASSERT_EQ(staff().import(people, "stf-b", false, engine.actor()).created, 5U);

    // The same roster again: nothing to write.
    auto again = staff().import(people, "stf-b", true, engine.actor());
    EXPECT_EQ(again.created, 0U);
    EXPECT_EQ(again.updated, 0U);
    EXPECT_EQ(again.unchanged, 5U);

    // One renamed, one moved to another unit, one new.
    people[1].given_names = "Ana Sofía";
    people[0].unit_code = "STFB02";
    people.push_back(person("Bruno", "Beltrán", "", curp("STFB", 9)));
    again = staff().import(people, "stf-b", true, engine.actor());
    EXPECT_EQ(again.created, 1U);
    EXPECT_EQ(again.updated, 2U);
    EXPECT_EQ(again.unchanged, 3U);
    EXPECT_EQ(staff().find(curp("STFB", 1))->given_names, "Ana Sofía");
    EXPECT_EQ(staff().find(curp("STFB", 0))->unit_code, "STFB02");

    // The same record imported into another institution moves there: an update.
    again = staff().import({people[2]}, "stf-b2", true, engine.actor());
    EXPECT_EQ(again.updated, 1U);
    EXPECT_EQ(again.unchanged, 0U);
    EXPECT_EQ(staff().institutions_of({curp("STFB", 2)}).at(curp("STFB", 2)), "stf-b2");

    // A key repeated in one import: the later row meets the earlier one's record.
    auto twin = person("Carla", "Beltrán", "", curp("STFB", 7));
    auto renamed_twin = twin;
    renamed_twin.second_surname = "Cruz";
    again = staff().import({twin, renamed_twin, twin}, "stf-b", true, engine.actor());
    EXPECT_EQ(again.created, 1U);
    EXPECT_EQ(again.updated, 2U);
    EXPECT_EQ(staff().find(curp("STFB", 7))->second_surname, "");
}

// Two desks open the same person; the second to save is refused, naming who saved and when,
// and nothing it typed is written. Saved over the current version, it goes through.
TEST_P(StaffPort, ASaveOverAnOlderVersionIsRefusedWhole) {
    save_institution(engine, "stf-v", {});
    const auto rosa = person("Rosa", "Vega", "", curp("STFV", 1));
    ASSERT_EQ(staff().import({rosa}, "stf-v", false, engine.actor()).created, 1U);
    d::ImportSource over;
    over.opened_key = rosa.curp;
    over.opened_version = staff().version(rosa.curp);
    auto phone = rosa;
    phone.phone = "7471112233";
    ASSERT_EQ(staff().import({phone}, "stf-v", true, engine.actor(), {}, over).updated, 1U);
    EXPECT_GT(staff().version(rosa.curp), *over.opened_version);
    auto home = rosa;
    home.domicile = "Calle Nueva 2";
    try {
        (void)staff().import({home}, "stf-v", true, engine.actor(), {}, over);
        ADD_FAILURE() << "saved over another desk's change";
    } catch (const d::StaleStaffRecord& e) {
        EXPECT_EQ(e.key(), rosa.curp);
        EXPECT_EQ(e.who(), engine.actor());
        EXPECT_EQ(e.at().size(), 20U) << e.at();
    }
    EXPECT_EQ(staff().find(rosa.curp)->phone, "7471112233");
    EXPECT_EQ(staff().find(rosa.curp)->domicile, rosa.domicile);
    over.opened_version = staff().version(rosa.curp);
    home.phone = "7471112233";
    EXPECT_EQ(staff().import({home}, "stf-v", true, engine.actor(), {}, over).updated, 1U);
    EXPECT_EQ(staff().find(rosa.curp)->domicile, "Calle Nueva 2");
}

TEST_P(StaffPort, ARecordedKeyOrABadRecordRefusesTheWholeImport) {
    save_institution(engine, "stf-c", {});
    const auto rosa = person("Rosa", "Cano", "", curp("STFC", 1));
    ASSERT_EQ(staff().import({rosa}, "stf-c", false, engine.actor()).created, 1U);
    const auto luis = person("Luis", "Cano", "", curp("STFC", 2));
    auto rosa_again = rosa;
    rosa_again.given_names = "Rosa María";
    try {
        (void)staff().import({luis, rosa_again}, "stf-c", false, engine.actor());
        ADD_FAILURE() << "a recorded key was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(rosa.curp), std::string::npos) << e.what();
    }
    EXPECT_FALSE(staff().find(luis.curp));
    EXPECT_EQ(staff().find(rosa.curp)->given_names, "Rosa");

    // The same key twice in one import, without updating.
    const auto eva = person("Eva", "Cano", "", curp("STFC", 3));
    EXPECT_THROW((void)staff().import({eva, eva}, "stf-c", false, engine.actor()), std::runtime_error);
    EXPECT_FALSE(staff().find(eva.curp));

    // A DNI another person holds, under a new CURP.
    auto pe = person("Lucía", "Cano", "", "");
    pe.dni = "72000001";
    ASSERT_EQ(staff().import({pe}, "stf-c", false, engine.actor()).created, 1U);
    auto clash = person("Marta", "Cano", "", curp("STFC", 4));
    clash.dni = "72000001";
    EXPECT_THROW((void)staff().import({clash}, "stf-c", true, engine.actor()), std::runtime_error);
    EXPECT_FALSE(staff().find(clash.curp));

    // What the store itself refuses: a CURP of the wrong length, a record without any key.
    auto short_curp = person("Iván", "Cano", "", "ABC");
    EXPECT_THROW((void)staff().import({eva, short_curp}, "stf-c", false, engine.actor()), std::runtime_error);
    auto nobody = person("Nadie", "Cano", "", "");
    EXPECT_THROW((void)staff().import({eva, nobody}, "stf-c", false, engine.actor()), std::runtime_error);
    EXPECT_FALSE(staff().find(eva.curp));
    EXPECT_TRUE(staff().existing_keys({eva.curp, luis.curp}).empty());
}

TEST_P(StaffPort, ProgressHearsEveryFewHundredAndMayCancelEverything) {
    save_institution(engine, "stf-d", {});
    std::vector<d::StaffMember> people;
    std::vector<std::string> keys;
    for (int n = 0; n < 600; ++n) {
        auto m = person("Pedro", "Díaz", "", "");
        m.dni = std::to_string(73000000 + n);
        keys.push_back(m.dni);
        people.push_back(m);
    }
    EXPECT_THROW((void)staff().import(people, "stf-d", false, engine.actor(), [](std::size_t done) { return done < 512; }),
                 d::Cancelled);
    EXPECT_TRUE(staff().existing_keys(keys).empty());

    std::vector<std::size_t> heard;
    const auto result = staff().import(people, "stf-d", false, engine.actor(), [&](std::size_t done) {
        heard.push_back(done);
        return true;
    });
    EXPECT_EQ(result.created, 600U);
    EXPECT_EQ(heard, (std::vector<std::size_t>{256, 512, 600}));
    EXPECT_EQ(staff().existing_keys(keys).size(), 600U);
}

TEST_P(StaffPort, KeysAndInstitutionsAreLookedUpTogether) {
    save_institution(engine, "stf-e", {});
    const auto a = person("Alma", "Espinoza", "", curp("STFE", 1));
    auto b = person("Beto", "Espinoza", "", "");
    b.dni = "74000001";
    auto c = person("Ciro", "Espinoza", "", "");
    c.foreign_card = "CE7400002";
    ASSERT_EQ(staff().import({a, b}, "stf-e", false, engine.actor()).created, 2U);
    // An institution not recorded: on one desk the person is kept without one; the server
    // refuses it (an institution the user cannot see looks the same), and takes the person
    // without one only when none is named.
    if (engine.server()) {
        EXPECT_ANY_THROW((void)staff().import({c}, "stf-no-existe", false, engine.actor()));
        ASSERT_EQ(staff().import({c}, "", false, engine.actor()).created, 1U);
    } else {
        ASSERT_EQ(staff().import({c}, "stf-no-existe", false, engine.actor()).created, 1U);
    }

    const std::vector<std::string> asked{"CE7400002", curp("STFE", 9), "74000001", a.curp};
    EXPECT_EQ(staff().existing_keys(asked), (std::vector<std::string>{"CE7400002", "74000001", a.curp}));
    EXPECT_TRUE(staff().existing_keys({}).empty());
    const auto institutions = staff().institutions_of(asked);
    EXPECT_EQ(institutions, (std::map<std::string, std::string>{{"CE7400002", ""}, {"74000001", "stf-e"}, {a.curp, "stf-e"}}));
    EXPECT_TRUE(staff().institutions_of({}).empty());
}

TEST_P(StaffPort, SearchIgnoresAccentsAndCaseAndNeedsEveryWord) {
    save_institution(engine, "stf-f", {"STFF01"});
    auto maria = person("María José", "Zúñiga", "Ibáñez", curp("STFFRA", 1));
    maria.unit_code = "STFF01";
    const auto mario = person("Mario", "Zuñiga", "Ortiz", curp("STFFRO", 2));
    auto pe = person("Ñusta", "Quispe", "", "");
    pe.dni = "75000001";
    ASSERT_EQ(staff().import({maria, mario, pe}, "stf-f", false, engine.actor()).created, 3U);

    EXPECT_EQ(keys_of(staff().search("maria zuniga ibanez", 10)), std::vector<std::string>{maria.curp});
    EXPECT_EQ(keys_of(staff().search("MARÍA ZÚÑIGA", 10)), std::vector<std::string>{maria.curp});
    EXPECT_EQ(keys_of(staff().search("nusta", 10)), std::vector<std::string>{"75000001"});
    EXPECT_TRUE(staff().search("maria zuniga ortiz", 10).empty());
    // An identity-number prefix, the unit.
    EXPECT_EQ(keys_of(staff().search("STFFRO", 10)), std::vector<std::string>{mario.curp});
    EXPECT_EQ(keys_of(staff().search("750000", 10)), std::vector<std::string>{"75000001"});
    EXPECT_EQ(keys_of(staff().search("stff01", 10)), std::vector<std::string>{maria.curp});
    // Both Zúñigas, up to the limit; nothing for no words.
    auto both = keys_of(staff().search("zuniga stff", 10));
    std::sort(both.begin(), both.end());
    EXPECT_EQ(both, (std::vector<std::string>{maria.curp, mario.curp}));
    EXPECT_EQ(staff().search("zuniga stff", 1).size(), 1U);
    EXPECT_TRUE(staff().search("", 10).empty());
    EXPECT_TRUE(staff().search("  - . ", 10).empty());
}

TEST_P(StaffPort, PagesAreFilteredSortedAndCountedByTheStore) {
    save_institution(engine, "stf-g", {"STFG01", "STFG02"});
    save_institution(engine, "stf-g2", {"STFG01"});
    std::vector<d::StaffMember> people;
    const char* const surnames[] = {"Gómez", "Alvarado", "Gómez", "Méndez", "Bravo"};
    const char* const names[] = {"Raúl", "Irma", "Elena", "Saúl", "Tania"};
    for (int n = 0; n < 5; ++n) {
        auto m = person(names[n], surnames[n], "Gil", curp("STFG", n));
        m.unit_code = n % 2 ? "STFG02" : "STFG01";
        m.regime = n < 2 ? d::Regime::cas : d::Regime::honorarios;
        m.category = n == 4 ? d::Category::asistencial : d::Category::administrativo;
        people.push_back(m);
    }
    ASSERT_EQ(staff().import(people, "stf-g", false, engine.actor()).created, 5U);
    auto elsewhere = person("Omar", "Gómez", "Gil", curp("STFG", 9));
    elsewhere.unit_code = "STFG01";
    ASSERT_EQ(staff().import({elsewhere}, "stf-g2", false, engine.actor()).created, 1U);

    d::StaffQuery q;
    q.institutions = {"stf-g"};
    EXPECT_EQ(staff().count(q), 5U);
    const std::vector<std::string> sorted{curp("STFG", 1), curp("STFG", 4), curp("STFG", 2), curp("STFG", 0),
                                          curp("STFG", 3)};
    EXPECT_EQ(keys_of(staff().page(q, 0, 10)), sorted);
    EXPECT_EQ(keys_of(staff().page(q, 1, 2)), (std::vector<std::string>{sorted[1], sorted[2]}));
    EXPECT_TRUE(staff().page(q, 5, 10).empty());
    q.descending = true;
    EXPECT_EQ(keys_of(staff().page(q, 0, 2)), (std::vector<std::string>{sorted[4], sorted[3]}));

    q = {};
    q.institutions = {"stf-g", "stf-g2"};
    EXPECT_EQ(staff().count(q), 6U);
    q.unit_code = "STFG01";  // the code in both institutions
    EXPECT_EQ(staff().count(q), 4U);
    q.text = "gomez";
    EXPECT_EQ(staff().count(q), 3U);
    q.institutions = {"stf-g"};
    EXPECT_EQ(keys_of(staff().page(q, 0, 10)), (std::vector<std::string>{curp("STFG", 2), curp("STFG", 0)}));

    q = {};
    q.institutions = {"stf-g"};
    q.regime = d::Regime::cas;
    EXPECT_EQ(keys_of(staff().page(q, 0, 10)), (std::vector<std::string>{curp("STFG", 1), curp("STFG", 0)}));
    q.regime.reset();
    q.category = d::Category::asistencial;
    EXPECT_EQ(keys_of(staff().page(q, 0, 10)), std::vector<std::string>{curp("STFG", 4)});
    EXPECT_EQ(staff().count(q), 1U);
    // Every word must match; accents aside.
    q = {};
    q.text = "SAÚL méndez";
    EXPECT_EQ(keys_of(staff().page(q, 0, 10)), std::vector<std::string>{curp("STFG", 3)});
    q.text = "saul gomez";
    EXPECT_EQ(staff().count(q), 0U);
    q = {};
    q.institutions = {"stf-no-existe"};
    EXPECT_EQ(staff().count(q), 0U);
}

TEST_P(StaffPort, AllListsEveryoneBySurnames) {
    save_institution(engine, "stf-h", {});
    const auto c = person("Carmen", "Hurtado", "Zapata", curp("STFH", 1));
    const auto a = person("Adrián", "Hurtado", "Arias", curp("STFH", 2));
    const auto b = person("Beatriz", "Haro", "Luna", curp("STFH", 3));
    const auto d2 = person("Alicia", "Hurtado", "Arias", curp("STFH", 4));
    ASSERT_EQ(staff().import({c, a, b, d2}, "stf-h", false, engine.actor()).created, 4U);
    std::vector<std::string> ours;
    for (const auto& m : staff().all()) {
        if (m.curp.rfind("STFH", 0) == 0) ours.push_back(m.curp);
    }
    EXPECT_EQ(ours, (std::vector<std::string>{b.curp, a.curp, d2.curp, c.curp}));
}

TEST_P(StaffPort, UnitsInUseAndTheActiveBreakdownAreCountedByTheStore) {
    save_institution(engine, "stf-i", {"STFI02", "STFI01", "STFI03"});
    const auto before = staff().active_breakdown();
    auto count_of = [](const std::vector<d::StaffCount>& counts, d::Regime r, d::Category c) {
        for (const auto& s : counts) {
            if (s.regime == r && s.category == c) return s.count;
        }
        return std::size_t{0};
    };
    std::vector<d::StaffMember> people;
    for (int n = 0; n < 6; ++n) {
        auto m = person("Iris", "Ibarra", "", curp("STFI", n));
        m.unit_code = n < 3 ? "STFI02" : "STFI01";
        m.regime = n < 4 ? d::Regime::locacion : d::Regime::planilla;
        m.category = n < 2 ? d::Category::asistencial : d::Category::administrativo;
        m.active = n != 0;
        people.push_back(m);
    }
    ASSERT_EQ(staff().import(people, "stf-i", false, engine.actor()).created, 6U);

    const auto units = staff().units_in_use();
    EXPECT_TRUE(std::is_sorted(units.begin(), units.end()));
    EXPECT_EQ(std::count(units.begin(), units.end(), "STFI01"), 1);
    EXPECT_EQ(std::count(units.begin(), units.end(), "STFI02"), 1);
    EXPECT_EQ(std::count(units.begin(), units.end(), "STFI03"), 0);

    const auto after = staff().active_breakdown();
    for (const auto& s : after) EXPECT_GT(s.count, 0U);
    using R = d::Regime;
    using C = d::Category;
    EXPECT_EQ(count_of(after, R::locacion, C::asistencial) - count_of(before, R::locacion, C::asistencial), 1U);
    EXPECT_EQ(count_of(after, R::locacion, C::administrativo) - count_of(before, R::locacion, C::administrativo), 2U);
    EXPECT_EQ(count_of(after, R::planilla, C::administrativo) - count_of(before, R::planilla, C::administrativo), 2U);
    EXPECT_EQ(count_of(after, R::planilla, C::asistencial), count_of(before, R::planilla, C::asistencial));
}

INSTANTIATE_TEST_SUITE_P(Engines, StaffPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
