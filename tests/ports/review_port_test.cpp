// The legal review ports, the same tests on every engine: the clause library numbers each
// key's versions, finds one or the latest, lists the latest approved and moves a status only
// forward; comments on a contract are numbered, read in order and resolved once; a
// template's checklist is kept in order and each item checked once per contract. Whoever
// writes is the engine's actor (on the server, the login). Every test names its own keys,
// templates and institution, as the server's database is shared.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <stdexcept>

#include "engine.h"

namespace pacta::testing_ports {
namespace {

namespace d = domain;
using CS = d::ClauseStatus;

d::LibraryClause clause(const std::string& key, const std::string& title) {
    d::LibraryClause c;
    c.key = key;
    c.title = title;
    c.text = "El prestador guardará reserva de la información que conozca.";
    c.legal_basis = "Art. 116 LGTAIP";
    return c;
}

// The versions the library lists under keys starting with `prefix`, as "key@version".
std::vector<std::string> listed(const std::vector<d::LibraryClause>& clauses, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& c : clauses) {
        if (c.key.rfind(prefix, 0) == 0) out.push_back(c.key + "@" + std::to_string(c.version));
    }
    return out;
}

bool utc_moment(const std::string& text) {
    return std::regex_match(text, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)"));
}

class ReviewPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }

    // A contract in review at the institution `code`, for a person of its own.
    std::string contract_in_review(const std::string& code, const std::string& curp) {
        d::Institution inst;
        inst.code = code;
        inst.name = "Institución " + code;
        inst.country = "MX";
        EXPECT_NO_THROW(engine.institutions().save(inst, engine.actor()));
        d::StaffMember person;
        person.given_names = "Rosa";
        person.first_surname = "Ramírez";
        person.curp = curp;
        EXPECT_NO_THROW((void)engine.staff().import({person}, code, false, engine.actor()));
        d::NewContract c;
        c.institution_code = code;
        c.template_code = "plantilla-" + code;
        c.template_source = "@plantilla " + code;
        c.staff_key = curp;
        c.data_json = "{}";
        c.total = d::Money(300'000, d::Currency::MXN);
        c.signing_date = *d::Date::from_ymd(2024, 1, 2);
        return engine.setup_contract(c, d::ContractState::en_revision);
    }

    Engine engine{GetParam()};
};

TEST_P(ReviewPort, EachKeysVersionsAreNumberedAndFound) {
    auto& library = engine.clauses();
    EXPECT_EQ(library.add(clause("rev-a.reserva", "Reserva"), engine.actor()), 1);
    EXPECT_EQ(library.add(clause("rev-a.reserva", "Reserva de la información"), engine.actor()), 2);
    EXPECT_EQ(library.add(clause("rev-a.pago", "Pago"), engine.actor()), 1);

    const auto latest = library.find("rev-a.reserva", std::nullopt);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->version, 2);
    EXPECT_EQ(latest->title, "Reserva de la información");
    EXPECT_EQ(latest->status, CS::borrador);
    EXPECT_EQ(latest->created_by, engine.actor());
    EXPECT_EQ(latest->decided_by, "");
    const auto first = library.find("rev-a.reserva", 1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->title, "Reserva");
    EXPECT_EQ(first->text, "El prestador guardará reserva de la información que conozca.");
    EXPECT_EQ(first->legal_basis, "Art. 116 LGTAIP");
    EXPECT_FALSE(library.find("rev-a.reserva", 3));
    EXPECT_FALSE(library.find("rev-a.no-existe", std::nullopt));

    // Every version of every clause, by key and version.
    EXPECT_EQ(listed(library.list(), "rev-a."),
              (std::vector<std::string>{"rev-a.pago@1", "rev-a.reserva@1", "rev-a.reserva@2"}));
}

TEST_P(ReviewPort, AStatusMovesOnlyForwardAndTheLatestApprovedIsListed) {
    auto& library = engine.clauses();
    ASSERT_EQ(library.add(clause("rev-b.reserva", "Reserva"), engine.actor()), 1);
    ASSERT_EQ(library.add(clause("rev-b.reserva", "Reserva 2"), engine.actor()), 2);
    ASSERT_EQ(library.add(clause("rev-b.pago", "Pago"), engine.actor()), 1);
    EXPECT_TRUE(listed(library.approved(), "rev-b.").empty());

    EXPECT_TRUE(library.set_status("rev-b.reserva", 1, CS::borrador, CS::aprobada, engine.actor()));
    const auto decided = library.find("rev-b.reserva", 1);
    ASSERT_TRUE(decided);
    EXPECT_EQ(decided->status, CS::aprobada);
    EXPECT_EQ(decided->decided_by, engine.actor());
    EXPECT_EQ(listed(library.approved(), "rev-b."), (std::vector<std::string>{"rev-b.reserva@1"}));
    EXPECT_TRUE(library.set_status("rev-b.reserva", 2, CS::borrador, CS::aprobada, engine.actor()));
    EXPECT_TRUE(library.set_status("rev-b.pago", 1, CS::borrador, CS::aprobada, engine.actor()));
    EXPECT_EQ(listed(library.approved(), "rev-b."), (std::vector<std::string>{"rev-b.pago@1", "rev-b.reserva@2"}));

    // Not in `from`: nothing changes.
    EXPECT_FALSE(library.set_status("rev-b.reserva", 2, CS::borrador, CS::retirada, engine.actor()));
    EXPECT_FALSE(library.set_status("rev-b.reserva", 9, CS::borrador, CS::aprobada, engine.actor()));
    EXPECT_EQ(library.find("rev-b.reserva", 2)->status, CS::aprobada);
    // Retiring the latest leaves the one before as the approved wording.
    EXPECT_TRUE(library.set_status("rev-b.reserva", 2, CS::aprobada, CS::retirada, engine.actor()));
    EXPECT_EQ(listed(library.approved(), "rev-b."), (std::vector<std::string>{"rev-b.pago@1", "rev-b.reserva@1"}));
    // Backwards is refused by the engine, whatever the caller checked.
    EXPECT_THROW((void)library.set_status("rev-b.reserva", 2, CS::retirada, CS::borrador, engine.actor()),
                 std::runtime_error);
    EXPECT_EQ(library.find("rev-b.reserva", 2)->status, CS::retirada);
}

TEST_P(ReviewPort, CommentsOnAContractAreNumberedReadInOrderAndResolvedOnce) {
    const auto folio = contract_in_review("rev-c", "REVC1XXXXXXXXXXXXX");
    auto& comments = engine.review_comments();
    const auto first = comments.add(folio, "reserva", "Falta el plazo de la reserva.", engine.actor());
    const auto second = comments.add(folio, "pago", "El monto no coincide.", engine.actor());
    EXPECT_GT(second, first);

    const auto found = comments.find(first);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, first);
    EXPECT_EQ(found->folio, folio);
    EXPECT_EQ(found->clause_key, "reserva");
    EXPECT_EQ(found->text, "Falta el plazo de la reserva.");
    EXPECT_EQ(found->author, engine.actor());
    EXPECT_TRUE(utc_moment(found->created_at)) << found->created_at;
    EXPECT_FALSE(found->resolved);
    EXPECT_EQ(found->resolved_by, "");
    EXPECT_EQ(found->resolution, "");
    const auto all = comments.for_contract(folio);
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].id, first);
    EXPECT_EQ(all[1].id, second);
    EXPECT_EQ(all[1].clause_key, "pago");

    EXPECT_TRUE(comments.resolve(first, "Se añadió el plazo.", engine.actor()));
    const auto resolved = comments.find(first);
    ASSERT_TRUE(resolved);
    EXPECT_TRUE(resolved->resolved);
    EXPECT_EQ(resolved->resolved_by, engine.actor());
    EXPECT_EQ(resolved->resolution, "Se añadió el plazo.");
    EXPECT_EQ(resolved->text, "Falta el plazo de la reserva.");  // the comment itself stays
    EXPECT_FALSE(comments.resolve(first, "otra vez", engine.actor()));
    EXPECT_EQ(comments.find(first)->resolution, "Se añadió el plazo.");
    EXPECT_FALSE(comments.find(second)->resolved);

    // Unknown comments and contracts.
    EXPECT_FALSE(comments.resolve(second + 1'000'000, "nada", engine.actor()));
    EXPECT_FALSE(comments.find(second + 1'000'000));
    EXPECT_TRUE(comments.for_contract("NO-EXISTE-2024-0001").empty());
    EXPECT_THROW((void)comments.add("NO-EXISTE-2024-0001", "reserva", "texto", engine.actor()), std::runtime_error);
}

TEST_P(ReviewPort, AChecklistIsKeptInOrderAndEachItemCheckedOncePerContract) {
    const auto folio = contract_in_review("rev-d", "REVD1XXXXXXXXXXXXX");
    const auto other = contract_in_review("rev-d2", "REVD2XXXXXXXXXXXXX");
    auto& checklist = engine.review_checklist();
    EXPECT_TRUE(checklist.items("rev-d.plantilla", folio).empty());
    EXPECT_EQ(checklist.add_item("rev-d.plantilla", "Cita el fundamento legal", engine.actor()), 1);
    EXPECT_EQ(checklist.add_item("rev-d.plantilla", "Montos en número y letra", engine.actor()), 2);
    EXPECT_EQ(checklist.add_item("rev-d.otra", "Otra lista", engine.actor()), 1);

    auto items = checklist.items("rev-d.plantilla", folio);
    ASSERT_EQ(items.size(), 2U);
    EXPECT_EQ(items[0].position, 1);
    EXPECT_EQ(items[0].text, "Cita el fundamento legal");
    EXPECT_EQ(items[1].position, 2);
    EXPECT_EQ(items[1].text, "Montos en número y letra");
    EXPECT_FALSE(items[0].checked);
    EXPECT_FALSE(items[1].checked);

    EXPECT_TRUE(checklist.check(folio, items[1].id, engine.actor()));
    EXPECT_FALSE(checklist.check(folio, items[1].id, engine.actor()));  // already checked
    items = checklist.items("rev-d.plantilla", folio);
    ASSERT_EQ(items.size(), 2U);
    EXPECT_FALSE(items[0].checked);
    EXPECT_EQ(items[0].checked_by, "");
    EXPECT_TRUE(items[1].checked);
    EXPECT_EQ(items[1].checked_by, engine.actor());
    // For another contract, or none, nothing is checked.
    for (const auto& folio_shown : {other, std::string()}) {
        const auto unchecked = checklist.items("rev-d.plantilla", folio_shown);
        ASSERT_EQ(unchecked.size(), 2U);
        EXPECT_TRUE(std::none_of(unchecked.begin(), unchecked.end(), [](const auto& i) { return i.checked; }));
    }
    EXPECT_TRUE(checklist.check(other, items[1].id, engine.actor()));
    EXPECT_FALSE(checklist.check("NO-EXISTE-2024-0001", items[0].id, engine.actor()));
    EXPECT_EQ(checklist.items("rev-d.otra", folio).size(), 1U);
}

// A point taken out of use is no longer waited for: listed only, marked retired, for a
// contract that confirmed it; a new point takes the next number (a retired one is never
// reused); the other template's list is untouched.
TEST_P(ReviewPort, ARetiredChecklistPointIsNoLongerListedAndItsNumberNotReused) {
    const auto folio = contract_in_review("rev-e", "REVE1XXXXXXXXXXXXX");
    auto& checklist = engine.review_checklist();
    EXPECT_EQ(checklist.add_item("rev-e.plantilla", "Cita el fundamento legal", engine.actor()), 1);
    EXPECT_EQ(checklist.add_item("rev-e.plantilla", "Montos en número y letra", engine.actor()), 2);
    EXPECT_EQ(checklist.add_item("rev-e.otra", "Otra lista", engine.actor()), 1);
    auto items = checklist.items("rev-e.plantilla", folio);
    ASSERT_EQ(items.size(), 2U);
    EXPECT_TRUE(checklist.check(folio, items[0].id, engine.actor()));
    EXPECT_FALSE(checklist.retire_item("rev-e.otra", items[0].id, engine.actor()));  // not that template's
    EXPECT_TRUE(checklist.retire_item("rev-e.plantilla", items[0].id, engine.actor()));
    EXPECT_FALSE(checklist.retire_item("rev-e.plantilla", items[0].id, engine.actor()));  // already retired
    const auto in_use = checklist.items("rev-e.plantilla", "");
    ASSERT_EQ(in_use.size(), 1U);
    EXPECT_EQ(in_use[0].position, 2);
    EXPECT_FALSE(in_use[0].retired);
    items = checklist.items("rev-e.plantilla", folio);  // what this contract confirmed stays
    ASSERT_EQ(items.size(), 2U);
    EXPECT_TRUE(items[0].retired);
    EXPECT_TRUE(items[0].checked);
    EXPECT_EQ(items[0].text, "Cita el fundamento legal");
    EXPECT_FALSE(items[1].retired);
    EXPECT_EQ(checklist.add_item("rev-e.plantilla", "La CLABE es de la persona", engine.actor()), 3);
    EXPECT_EQ(checklist.items("rev-e.plantilla", "").size(), 2U);
    EXPECT_EQ(checklist.items("rev-e.otra", folio).size(), 1U);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
