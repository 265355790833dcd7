// The contract ports (drafts and catalog), the same tests on every engine: a draft is found
// as it was stored; folios are gap-free per institution and year, amendments numbered under
// the original; a template version's text never changes; a batch is all or nothing; a
// revision replaces what a draft says until an instalment moves or the contract is approved;
// files are kept with their hashes; lists are filtered, sorted, paged and counted by the
// store.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "../server/test_server.h"
#include "contract_port_support.h"

namespace pacta::testing_ports {
namespace {

using namespace contract_support;
using S = d::ContractState;

class ContractPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    std::string create(const d::NewContract& c) { return engine.drafts().create(c, engine.actor()); }
    void move(const std::string& folio, S from, S to, const std::string& reason = "") {
        engine.lifecycle().save_move({folio, from, to, reason, std::nullopt}, engine.actor());
    }
    void review(const std::string& folio, S from, S to, const std::string& reason = "") {
        engine.reviewer_lifecycle().save_move({folio, from, to, reason, std::nullopt}, engine.reviewer());
    }
    Engine engine{GetParam()};
};

TEST_P(ContractPort, ADraftIsFoundAsItWasStored) {
    save_office(engine, "ctr-a");
    const auto key = curp("A", 1);
    save_person(engine, "ctr-a", "Rosa", "Ramírez", "Cruz", key);
    auto c = draft("ctr-a", "ctr-a-t", key);
    const auto folio = create(c);
    EXPECT_EQ(folio, "CTR-A-2024-0001");

    // Folios write the code in capitals, accents too (the server checks each one it is sent).
    save_office(engine, "ctr-ñandú");
    const auto accented_key = curp("N", 9);
    save_person(engine, "ctr-ñandú", "Ñeli", "Núñez", "Peña", accented_key);
    EXPECT_EQ(create(draft("ctr-ñandú", "ctr-a-t", accented_key)), "CTR-ÑANDÚ-2024-0001");

    const auto found = engine.contracts().find(folio);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->folio, folio);
    EXPECT_EQ(found->institution_code, "ctr-a");
    EXPECT_EQ(found->template_code, "ctr-a-t");
    EXPECT_EQ(found->template_version, 1);
    EXPECT_EQ(found->template_source, c.template_source);
    EXPECT_EQ(found->staff_key, key);
    EXPECT_EQ(found->person, "Rosa Ramírez Cruz");
    EXPECT_EQ(found->state, S::borrador);
    EXPECT_EQ(found->data_json, c.data_json);
    EXPECT_EQ(found->total, c.total);
    EXPECT_EQ(found->signing_date, c.signing_date);
    EXPECT_EQ(found->start, c.start);
    EXPECT_EQ(found->end, c.end);
    EXPECT_EQ(found->created_at.size(), 20U) << found->created_at;  // AAAA-MM-DDTHH:MM:SSZ
    EXPECT_EQ(found->signatories, c.signatories);
    EXPECT_EQ(found->regime, d::Regime::honorarios);
    EXPECT_EQ(found->unit_code, "U1");
    EXPECT_EQ(found->budget_account, "42060206");
    EXPECT_TRUE(found->files.empty());
    EXPECT_EQ(found->drafted_by, engine.actor());
    EXPECT_EQ(found->amends, "");
    EXPECT_TRUE(found->amendments.empty());
    EXPECT_FALSE(engine.contracts().find("CTR-A-2024-9999"));

    EXPECT_EQ(engine.contracts().template_source("ctr-a-t", 1), c.template_source);
    EXPECT_FALSE(engine.contracts().template_source("ctr-a-t", 2));

    // The schedule is stored as pending instalments.
    const auto instalments = engine.instalments().for_contract(folio);
    ASSERT_EQ(instalments.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(instalments[i].record.state, d::InstalmentState::pending);
        EXPECT_EQ(instalments[i].record.plan.number, c.schedule[i].number);
        EXPECT_EQ(instalments[i].record.plan.amount, c.schedule[i].amount);
        EXPECT_EQ(instalments[i].record.plan.due, c.schedule[i].due);
    }
    // The drafter is its first editor.
    const auto status = engine.lifecycle().status(folio);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->editors, std::vector<std::string>{engine.actor()});

    // Without a signing date, it is numbered in the current year.
    c.signing_date.reset();
    const int year = utc_year();
    char expected[64];
    std::snprintf(expected, sizeof expected, "CTR-A-%d-%04d", year, year == 2024 ? 2 : 1);
    EXPECT_EQ(create(c), expected);
}

TEST_P(ContractPort, ATemplateVersionsTextNeverChanges) {
    save_office(engine, "ctr-b");
    const auto key = curp("B", 1);
    save_person(engine, "ctr-b", "Rosa", "Ramírez", "Cruz", key);
    const auto c = draft("ctr-b", "ctr-b-t", key);
    EXPECT_EQ(create(c), "CTR-B-2024-0001");
    auto changed = c;
    changed.template_source += "\nUna cláusula más.";
    EXPECT_THROW((void)create(changed), std::runtime_error);
    EXPECT_EQ(engine.contracts().template_source("ctr-b-t", 1), c.template_source);
    // A new version takes the new text; the refused draft gave its number back.
    changed.template_version = 2;
    EXPECT_EQ(create(changed), "CTR-B-2024-0002");
    EXPECT_EQ(engine.contracts().template_source("ctr-b-t", 2), changed.template_source);

    using Counts = std::map<std::pair<std::string, int>, std::size_t>;
    EXPECT_EQ(engine.contracts().count_by_template({"ctr-b"}), (Counts{{{"ctr-b-t", 1}, 1}, {{"ctr-b-t", 2}, 1}}));
    EXPECT_TRUE(engine.contracts().count_by_template({"no-existe"}).empty());
    const auto all = engine.contracts().count_by_template({});
    EXPECT_EQ(all.at({"ctr-b-t", 1}), 1U);
    EXPECT_EQ(all.at({"ctr-b-t", 2}), 1U);
}

TEST_P(ContractPort, FoliosArePerInstitutionAndYearAndAmendmentsUnderTheOriginal) {
    save_office(engine, "ctr-c1");
    save_office(engine, "ctr-c2");
    const auto key = curp("C", 1);
    save_person(engine, "ctr-c1", "Rosa", "Ramírez", "Cruz", key);
    auto c = draft("ctr-c1", "ctr-c-t", key);
    const auto first = create(c);
    EXPECT_EQ(first, "CTR-C1-2024-0001");
    EXPECT_EQ(create(c), "CTR-C1-2024-0002");
    auto next_year = c;
    next_year.signing_date = day(2025, 1, 10);
    EXPECT_EQ(create(next_year), "CTR-C1-2025-0001");
    auto other = c;
    other.institution_code = "ctr-c2";
    EXPECT_EQ(create(other), "CTR-C2-2024-0001");

    // Refused drafts take no number: folios stay gap-free.
    auto nobody = c;
    nobody.staff_key = curp("C", 9);
    EXPECT_THROW((void)create(nobody), std::runtime_error);
    auto nowhere = c;
    nowhere.institution_code = "no-existe";
    EXPECT_THROW((void)create(nowhere), std::runtime_error);
    auto unknown_signatory = c;
    unknown_signatory.signatories["testigo"] = "nadie";
    EXPECT_THROW((void)create(unknown_signatory), std::runtime_error);
    EXPECT_EQ(create(c), "CTR-C1-2024-0003");

    auto amendment = c;
    amendment.amends = first;
    amendment.schedule.clear();
    EXPECT_EQ(create(amendment), first + "-CM1");
    EXPECT_EQ(create(amendment), first + "-CM2");
    EXPECT_EQ(engine.contracts().find(first)->amendments, (std::vector<std::string>{first + "-CM1", first + "-CM2"}));
    EXPECT_EQ(engine.contracts().find(first + "-CM1")->amends, first);
    EXPECT_EQ(engine.lifecycle().status(first + "-CM2")->amends, first);
    amendment.amends = "CTR-C1-2024-9999";
    EXPECT_THROW((void)create(amendment), std::runtime_error);
}

TEST_P(ContractPort, ABatchIsStoredWholeOrNotAtAll) {
    save_office(engine, "ctr-d");
    const auto key = curp("D", 1);
    save_person(engine, "ctr-d", "Rosa", "Ramírez", "Cruz", key);
    const auto c = draft("ctr-d", "ctr-d-t", key);
    EXPECT_EQ(engine.drafts().create_all({c, c, c}, engine.actor()),
              (std::vector<std::string>{"CTR-D-2024-0001", "CTR-D-2024-0002", "CTR-D-2024-0003"}));
    auto bad = c;
    bad.staff_key = curp("D", 9);
    EXPECT_THROW((void)engine.drafts().create_all({c, c, bad}, engine.actor()), std::runtime_error);
    d::ContractQuery q;
    q.institutions = {"ctr-d"};
    EXPECT_EQ(engine.contracts().count(q), 3U);
    EXPECT_EQ(create(c), "CTR-D-2024-0004");
    EXPECT_TRUE(engine.drafts().create_all({}, engine.actor()).empty());
}

TEST_P(ContractPort, ARevisionReplacesWhatTheDraftSays) {
    save_office(engine, "ctr-e");
    const auto key = curp("E", 1);
    save_person(engine, "ctr-e", "Rosa", "Ramírez", "Cruz", key);
    const auto c = draft("ctr-e", "ctr-e-t", key);
    const auto folio = create(c);
    auto r = c;
    r.data_json = R"({"a":2})";
    r.total = d::Money(400'00, d::Currency::MXN);
    r.signing_date = day(2024, 1, 30);
    r.end = day(2024, 5, 31);
    r.regime = d::Regime::cas;
    r.unit_code = "U2";
    r.budget_account = "51000000";
    r.signatories = {{"representante", "rep2"}, {"testigo", "rep"}};
    r.schedule = d::build_schedule(r.total, 4, *r.start, *r.end, d::ScheduleRule::equal, {}, {});
    engine.drafts().revise(folio, r, engine.actor());

    const auto found = engine.contracts().find(folio);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->data_json, r.data_json);
    EXPECT_EQ(found->total, r.total);
    EXPECT_EQ(found->signing_date, r.signing_date);
    EXPECT_EQ(found->start, r.start);
    EXPECT_EQ(found->end, r.end);
    EXPECT_EQ(found->regime, d::Regime::cas);
    EXPECT_EQ(found->unit_code, "U2");
    EXPECT_EQ(found->budget_account, "51000000");
    EXPECT_EQ(found->signatories, r.signatories);
    const auto instalments = engine.instalments().for_contract(folio);
    ASSERT_EQ(instalments.size(), 4U);
    EXPECT_EQ(instalments[3].record.plan.amount, r.schedule[3].amount);
    EXPECT_EQ(instalments[3].record.plan.due, r.schedule[3].due);
    EXPECT_EQ(engine.lifecycle().status(folio)->editors, std::vector<std::string>{engine.actor()});

    // The same content again changes nothing and is not refused.
    EXPECT_NO_THROW(engine.drafts().revise(folio, r, engine.actor()));
    // A refusal changes nothing: an unknown signatory, an unknown folio.
    auto bad = r;
    bad.data_json = R"({"a":3})";
    bad.signatories["testigo"] = "nadie";
    EXPECT_THROW(engine.drafts().revise(folio, bad, engine.actor()), std::runtime_error);
    EXPECT_EQ(engine.contracts().find(folio)->data_json, r.data_json);
    EXPECT_EQ(engine.contracts().find(folio)->signatories, r.signatories);
    EXPECT_THROW(engine.drafts().revise("CTR-E-2024-9999", r, engine.actor()), std::runtime_error);
    // An empty schedule leaves none.
    r.schedule.clear();
    engine.drafts().revise(folio, r, engine.actor());
    EXPECT_TRUE(engine.instalments().for_contract(folio).empty());
}

TEST_P(ContractPort, ARevisionIsRefusedOnceAnInstalmentMovedOrTheContractIsApproved) {
    save_office(engine, "ctr-f");
    const auto key = curp("F", 1);
    save_person(engine, "ctr-f", "Rosa", "Ramírez", "Cruz", key);
    const auto c = draft("ctr-f", "ctr-f-t", key);
    auto r = c;
    r.data_json = R"({"a":9})";

    const auto moved = create(c);
    const auto before = engine.instalments().for_contract(moved).at(0).record;
    auto after = before;
    after.state = d::InstalmentState::suspended;
    after.reason = "licencia";
    engine.instalments().save_move(moved, before, after, engine.actor());
    EXPECT_THROW(engine.drafts().revise(moved, r, engine.actor()), std::runtime_error);
    EXPECT_EQ(engine.contracts().find(moved)->data_json, c.data_json);

    const auto approved = create(c);
    move(approved, S::borrador, S::en_revision);
    review(approved, S::en_revision, S::aprobado);
    EXPECT_THROW(engine.drafts().revise(approved, r, engine.actor()), std::runtime_error);
    EXPECT_THROW(engine.drafts().revise(approved, c, engine.actor()), std::runtime_error);  // even unchanged
    EXPECT_EQ(engine.contracts().find(approved)->data_json, c.data_json);
    // Returned with comments, it changes again.
    review(approved, S::aprobado, S::observado, "falta la cuenta presupuestal");
    engine.drafts().revise(approved, r, engine.actor());
    EXPECT_EQ(engine.contracts().find(approved)->data_json, r.data_json);
}

TEST_P(ContractPort, RecordedFilesAreFoundWithTheirHashes) {
    save_office(engine, "ctr-g");
    const auto key = curp("G", 1);
    save_person(engine, "ctr-g", "Rosa", "Ramírez", "Cruz", key);
    const auto folio = create(draft("ctr-g", "ctr-g-t", key));
    const TempFile pdf("ctr-g-completo.pdf", "%PDF-1.7\ncontrato completo\n%%EOF\n");
    const std::string elsewhere_sha(64, 'b');
    engine.drafts().record_file(folio, {"completo", pdf.path.string(), pdf.sha256, ""}, engine.actor());
    engine.drafts().record_file(folio, {"publico", "/no/existe/publico.pdf", elsewhere_sha, ""}, engine.actor());

    const auto files = engine.contracts().find(folio)->files;
    ASSERT_EQ(files.size(), 2U);
    EXPECT_EQ(files[0].kind, "completo");
    EXPECT_EQ(files[0].path, pdf.path.string());
    EXPECT_EQ(files[0].sha256, pdf.sha256);
    EXPECT_EQ(files[0].created_at.size(), 20U);
    EXPECT_EQ(files[1].kind, "publico");
    EXPECT_EQ(engine.lifecycle().status(folio)->generated_sha256, (std::vector<std::string>{pdf.sha256, elsewhere_sha}));
    EXPECT_THROW(engine.drafts().record_file("CTR-G-2024-9999", files[0], engine.actor()), std::runtime_error);

    // The bytes come back by the contract's folio and the file's hash, on either engine.
    const std::string bytes = "%PDF-1.7\ncontrato completo\n%%EOF\n";
    EXPECT_EQ(engine.contracts().file_contents(folio, pdf.sha256), bytes);
    EXPECT_FALSE(engine.contracts().file_contents(folio, elsewhere_sha));   // never read: not here, not kept
    EXPECT_FALSE(engine.contracts().file_contents("CTR-G-2024-9999", pdf.sha256));
    // Changed on the disk that wrote it: one desk no longer has what was recorded; the server
    // kept the bytes, so every desk still opens them.
    std::ofstream(pdf.path, std::ios::binary) << "otro contenido";
    if (engine.server()) {
        EXPECT_EQ(engine.contracts().file_contents(folio, pdf.sha256), bytes);
    } else {
        EXPECT_FALSE(engine.contracts().file_contents(folio, pdf.sha256));
    }

    if (engine.server()) {
        // The server keeps the bytes it could read, so another desk opens the file.
        const auto stored = engine.server_sql("SELECT octet_length(f.content) FROM contract_file f JOIN contract c ON "
                                              "c.id = f.contract_id WHERE c.folio = $1 ORDER BY f.id",
                                              {folio});
        ASSERT_EQ(stored.rows(), 2);
        EXPECT_EQ(stored.integer(0, 0), static_cast<std::int64_t>(pdf.size));
        EXPECT_TRUE(stored.is_null(1, 0));
        // Above its 50 MB, nothing is recorded.
        const TempFile big("ctr-g-grande.pdf", "");
        std::filesystem::resize_file(big.path, 50 * 1024 * 1024 + 1);
        EXPECT_THROW(engine.drafts().record_file(folio, {"publico", big.path.string(), elsewhere_sha, ""}, engine.actor()),
                     d::RuleError);
        EXPECT_EQ(engine.contracts().find(folio)->files.size(), 2U);
    }
}

class ContractList : public ContractPort {
protected:
    // Four contracts of an institution of the test's own («ctr-h<n>»): f[0] Alvarez 100
    // Jan-Mar U1 draft, f[1] Mendez 300 Apr-Jun U2 in review, f[2] Zapata 200 Jul-Dec U1
    // returned, f[3] Alvarez 250 undated U2 draft.
    void SetUp() override {
        ContractPort::SetUp();
        static int made = 0;
        const std::string n = std::to_string(++made);
        code = "ctr-h" + n;
        keys = {curp("H" + n + "P", 1), curp("H" + n + "P", 2), curp("H" + n + "P", 3)};
        save_office(engine, code);
        save_person(engine, code, "Bárbara", "Alvarez", "Soto", keys[0]);
        save_person(engine, code, "Carlos", "Mendez", "Ruiz", keys[1]);
        save_person(engine, code, "Ana", "Zapata", "Luna", keys[2]);
        const auto add = [&](const std::string& key, std::int64_t total, std::optional<d::Date> start,
                             std::optional<d::Date> end, const std::string& unit) {
            auto c = draft(code, code + "-t", key);
            c.total = d::Money(total, d::Currency::MXN);
            c.start = start;
            c.end = end;
            c.unit_code = unit;
            c.schedule.clear();
            f.push_back(create(c));
        };
        add(keys[0], 100'00, day(2024, 1, 1), day(2024, 3, 31), "U1");
        add(keys[1], 300'00, day(2024, 4, 1), day(2024, 6, 30), "U2");
        add(keys[2], 200'00, day(2024, 7, 1), day(2024, 12, 31), "U1");
        add(keys[0], 250'00, std::nullopt, std::nullopt, "U2");
        move(f[1], S::borrador, S::en_revision);
        move(f[2], S::borrador, S::en_revision);
        review(f[2], S::en_revision, S::observado, "faltan datos");
    }
    // The folios the query lists, all of them, and checks its count agrees.
    std::vector<std::string> list(d::ContractQuery q) {
        q.institutions = {code};
        const auto rows = folios_of(engine.contracts().page(q, 0, 100));
        EXPECT_EQ(engine.contracts().count(q), rows.size());
        return rows;
    }
    std::vector<std::string> ordered(d::ContractQuery::Order order, bool descending) {
        d::ContractQuery q;
        q.order = order;
        q.descending = descending;
        return list(q);
    }
    std::vector<std::string> in(std::initializer_list<int> indexes) const {
        std::vector<std::string> out;
        for (const int i : indexes) out.push_back(f[static_cast<std::size_t>(i)]);
        return out;
    }
    std::string code;
    std::vector<std::string> keys;
    std::vector<std::string> f;
};

TEST_P(ContractList, PagesAreSortedByTheStore) {
    using O = d::ContractQuery::Order;
    d::ContractQuery q;
    q.institutions = {code};
    EXPECT_EQ(folios_of(engine.contracts().page(q, 0, 10)), in({3, 2, 1, 0}));
    EXPECT_EQ(folios_of(engine.contracts().page(q, 1, 2)), in({2, 1}));
    EXPECT_TRUE(engine.contracts().page(q, 4, 10).empty());
    EXPECT_EQ(ordered(O::folio, false), in({0, 1, 2, 3}));
    EXPECT_EQ(ordered(O::folio, true), in({3, 2, 1, 0}));
    // Ties go newest first.
    EXPECT_EQ(ordered(O::person, false), in({3, 0, 1, 2}));
    EXPECT_EQ(ordered(O::person, true), in({2, 1, 3, 0}));
    EXPECT_EQ(ordered(O::total, false), in({0, 2, 3, 1}));
    EXPECT_EQ(ordered(O::state, false), in({3, 0, 1, 2}));
    // Undated first going up, last going down.
    EXPECT_EQ(ordered(O::start, false), in({3, 0, 1, 2}));
    EXPECT_EQ(ordered(O::start, true), in({2, 1, 0, 3}));
    EXPECT_EQ(ordered(O::end, false), in({3, 0, 1, 2}));
    EXPECT_EQ(ordered(O::end, true), in({2, 1, 0, 3}));

    const auto rows = engine.contracts().page(q, 3, 1);
    ASSERT_EQ(rows.size(), 1U);
    const auto& row = rows[0];
    EXPECT_EQ(row.folio, f[0]);
    EXPECT_EQ(row.institution_code, code);
    EXPECT_EQ(row.person, "Bárbara Alvarez Soto");
    EXPECT_EQ(row.staff_key, keys[0]);
    EXPECT_EQ(row.template_code, code + "-t");
    EXPECT_EQ(row.template_version, 1);
    EXPECT_EQ(row.state, S::borrador);
    EXPECT_EQ(row.total, d::Money(100'00, d::Currency::MXN));
    EXPECT_EQ(row.start, day(2024, 1, 1));
    EXPECT_EQ(row.end, day(2024, 3, 31));
    EXPECT_EQ(row.unit_code, "U1");
    EXPECT_EQ(row.amends, "");
}

TEST_P(ContractList, FiltersAreTheStores) {
    d::ContractQuery q;
    q.state = S::borrador;
    EXPECT_EQ(list(q), in({3, 0}));
    q.states = {S::en_revision};
    EXPECT_TRUE(list(q).empty());  // both apply
    q.state.reset();
    q.states = {S::en_revision, S::observado};
    EXPECT_EQ(list(q), in({2, 1}));

    d::ContractQuery unit;
    unit.unit_code = "U2";
    EXPECT_EQ(list(unit), in({3, 1}));

    // Words of the name, accents and case aside, each in the same person; a folio's start.
    d::ContractQuery text;
    text.text = "barbara";
    EXPECT_EQ(list(text), in({3, 0}));
    text.text = "MEND";
    EXPECT_EQ(list(text), in({1}));
    text.text = "carlos zapata";
    EXPECT_TRUE(list(text).empty());
    text.text = "ana zapata";
    EXPECT_EQ(list(text), in({2}));
    text.text = code + "-2024-000";
    EXPECT_EQ(list(text), in({3, 2, 1, 0}));
    text.text = f[1];
    EXPECT_EQ(list(text), in({1}));

    // In force at some time between the dates (undated: always); ending within them.
    d::ContractQuery force;
    force.in_force_from = day(2024, 5, 1);
    EXPECT_EQ(list(force), in({3, 2, 1}));
    force.in_force_from.reset();
    force.in_force_to = day(2024, 3, 31);
    EXPECT_EQ(list(force), in({3, 0}));
    force.in_force_from = day(2024, 3, 1);
    force.in_force_to = day(2024, 4, 15);
    EXPECT_EQ(list(force), in({3, 1, 0}));
    d::ContractQuery ending;
    ending.ending_from = day(2024, 6, 1);
    ending.ending_to = day(2024, 12, 31);
    EXPECT_EQ(list(ending), in({2, 1}));
    ending.ending_from.reset();
    EXPECT_EQ(list(ending), in({2, 1, 0}));

    // Other institutions' lists hold none of these.
    d::ContractQuery elsewhere;
    elsewhere.institutions = {"no-existe"};
    EXPECT_EQ(engine.contracts().count(elsewhere), 0U);
}

TEST_P(ContractList, CountsPeopleAndUnits) {
    EXPECT_EQ(engine.contracts().count_by_state({code}),
              (std::map<S, std::size_t>{{S::borrador, 2}, {S::en_revision, 1}, {S::observado, 1}}));
    EXPECT_GE(engine.contracts().count_by_state({}).at(S::observado), 1U);
    EXPECT_EQ(engine.contracts().count_by_template({code}),
              (std::map<std::pair<std::string, int>, std::size_t>{{{code + "-t", 1}, 4}}));
    EXPECT_EQ(folios_of(engine.contracts().of_person(keys[0])), in({3, 0}));
    EXPECT_EQ(folios_of(engine.contracts().of_person(keys[2])), in({2}));
    EXPECT_TRUE(engine.contracts().of_person(curp("H0P", 9)).empty());
    const auto units = engine.contracts().units_in_use();
    EXPECT_TRUE(std::is_sorted(units.begin(), units.end()));
    EXPECT_NE(std::find(units.begin(), units.end(), "U1"), units.end());
    EXPECT_NE(std::find(units.begin(), units.end(), "U2"), units.end());
    EXPECT_EQ(std::find(units.begin(), units.end(), ""), units.end());
}

// Drafting one at a time, as a clerk does, numbers without gaps; the time it takes is
// printed (100 drafts; PACTA_PORT_DRAFTS=1000 for the figure the office server is judged by).
TEST_P(ContractPort, DraftsOneByOneAreNumberedWithoutGaps) {
    save_office(engine, "ctr-z");
    const auto key = curp("Z", 1);
    save_person(engine, "ctr-z", "Rosa", "Ramírez", "Cruz", key);
    const auto c = draft("ctr-z", "ctr-z-t", key);
    const char* wanted = std::getenv("PACTA_PORT_DRAFTS");
    const int drafts = wanted != nullptr ? std::max(1, std::atoi(wanted)) : 100;
    const auto start = std::chrono::steady_clock::now();
    std::string last;
    for (int i = 0; i < drafts; ++i) last = create(c);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    char expected[64];
    std::snprintf(expected, sizeof expected, "CTR-Z-2024-%04d", drafts);
    EXPECT_EQ(last, expected);
    RecordProperty("milliseconds", static_cast<int>(ms));
    std::printf("[ %s ] %d drafts one by one: %lld ms\n", GetParam(), drafts, static_cast<long long>(ms));
}

// Desks drafting at the same time for one institution and year take the next numbers in
// turn (the counter's row is locked until commit): every folio once, none skipped.
TEST_P(ContractPort, DesksDraftingAtOnceShareOneGapFreeSequence) {
    if (!engine.server()) GTEST_SKIP() << "one desk per SQLite file";
    save_office(engine, "ctr-y");
    const auto key = curp("Y", 1);
    save_person(engine, "ctr-y", "Rosa", "Ramírez", "Cruz", key);
    const auto c = draft("ctr-y", "ctr-y-t", key);
    constexpr int desks = 3;
    constexpr int each = 20;
    std::vector<std::vector<std::string>> folios(desks);
    std::vector<std::thread> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back([&, desk] {
            auto connection = db::testing_server::TestServer::get()->as(engine.actor());
            db::pg::PgContractRepository drafts(connection);
            auto bad = c;
            bad.staff_key = curp("Y", 9);
            for (int i = 0; i < each; ++i) {
                folios[static_cast<std::size_t>(desk)].push_back(drafts.create(c, engine.actor()));
                if (i % 5 == 0) {
                    EXPECT_THROW((void)drafts.create(bad, engine.actor()), std::runtime_error);
                }
            }
        });
    }
    for (auto& t : threads) t.join();
    std::vector<std::string> all;
    for (const auto& f : folios) all.insert(all.end(), f.begin(), f.end());
    std::sort(all.begin(), all.end());
    ASSERT_EQ(all.size(), static_cast<std::size_t>(desks * each));
    for (std::size_t i = 0; i < all.size(); ++i) {
        char expected[64];
        std::snprintf(expected, sizeof expected, "CTR-Y-2024-%04zu", i + 1);
        EXPECT_EQ(all[i], expected);
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, ContractPort, testing::ValuesIn(engines), engine_name);
INSTANTIATE_TEST_SUITE_P(Engines, ContractList, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
