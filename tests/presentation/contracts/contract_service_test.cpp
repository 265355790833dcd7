// The contract use cases over a store: a draft takes the person from the records and the
// template's schedule with it; its files are written and recorded, the public version
// without the person's data; reading a contract keeps to the user's institutions.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "support/drafting_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

class Contracts : public Drafting {
protected:
    void SetUp() override {
        Drafting::SetUp();
        dir = fs::temp_directory_path() / ("pacta-contratos-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    DraftRequest request(std::string person) const {
        DraftRequest r;
        r.tmpl = &tmpl;
        r.person_key = std::move(person);
        r.extra = contract_only;
        r.today = today;
        return r;
    }
    // The draft as the store would keep it.
    void keep(const std::string& folio) {
        const auto& c = store.drafts_.stored.back();
        d::StoredContract s;
        s.folio = folio;
        s.institution_code = c.institution_code;
        s.template_code = c.template_code;
        s.template_version = c.template_version;
        s.template_source = c.template_source;
        s.staff_key = c.staff_key;
        s.data_json = c.data_json;
        s.total = c.total;
        s.start = c.start;
        s.end = c.end;
        s.signatories = c.signatories;
        store.catalog_.sources[folio] = s;
        d::ContractStatus status;
        status.folio = folio;
        status.institution_code = c.institution_code;
        store.lifecycle_.contracts[folio] = status;
    }
    fs::path dir;
};

TEST_F(Contracts, ADraftTakesThePersonFromTheRecordsAndItsSchedule) {
    ContractService contracts(clerk, store);
    const auto drafted = contracts.draft(request(rosa_ramirez().key()));
    EXPECT_EQ(drafted.folio, "GRO-2024-0001");
    EXPECT_EQ(drafted.person, rosa_ramirez().full_name());
    ASSERT_EQ(store.drafts_.stored.size(), 1U);
    const auto& stored = store.drafts_.stored[0];
    EXPECT_EQ(stored.staff_key, rosa_ramirez().key());
    EXPECT_EQ(stored.template_source, tmpl.source);  // the exact text, kept with the contract
    EXPECT_NE(stored.data_json.find(rosa_ramirez().curp), std::string::npos);
    ASSERT_FALSE(stored.schedule.empty());
    std::int64_t sum = 0;
    for (const auto& i : stored.schedule) sum += i.amount.minor_units();
    EXPECT_EQ(sum, stored.total.minor_units());
    EXPECT_EQ(store.drafts_.drafted_by, "carlos");

    try {
        (void)contracts.draft(request("XAXX010101HDFXXX09"));
        ADD_FAILURE() << "a draft for nobody";
    } catch (const ServiceError& e) {
        EXPECT_NE(std::string(e.what()).find("busque a la persona"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)ContractService(reviewer, store).draft(request(rosa_ramirez().key())), AccessDenied);
    EXPECT_EQ(store.drafts_.stored.size(), 1U);
}

TEST_F(Contracts, ItsFilesAreWrittenAndRecordedThePublicOneWithoutThePersonsData) {
    ContractService contracts(clerk, store);
    const auto folio = contracts.draft(request(rosa_ramirez().key())).folio;
    keep(folio);
    const auto generated = contracts.generate(folio, dir / "contrato.pdf", dir / "contrato-publica.pdf");
    ASSERT_EQ(generated.files.size(), 2U);
    for (const auto& f : generated.files) {
        EXPECT_TRUE(fs::exists(f.path)) << f.path;
        EXPECT_EQ(store.drafts_.files[f.kind], f.sha256);
        EXPECT_EQ(platform::sha256_hex(*document::read_file(f.path)), f.sha256);
    }
    const Session admin(account_with("ana", {d::Role::administrador}), audit);
    EXPECT_TRUE(ContractService(admin, store).check_public_file(folio, dir / "contrato-publica.pdf").leaks.empty());
    EXPECT_FALSE(ContractService(admin, store).check_public_file(folio, dir / "contrato.pdf").leaks.empty());
    EXPECT_THROW((void)ContractService(reviewer, store).generate(folio, dir / "otro.pdf", std::nullopt), AccessDenied);
    EXPECT_FALSE(fs::exists(dir / "otro.pdf"));
}

TEST_F(Contracts, ReadingAContractKeepsToTheUsersInstitutions) {
    const auto folio = ContractService(clerk, store).draft(request(rosa_ramirez().key())).folio;
    keep(folio);
    EXPECT_EQ(ContractService(reviewer, store).view(folio).contract.folio, folio);
    auto elsewhere = account_with("oax", {d::Role::revisor_juridico});
    elsewhere.institutions = {"imss-oax"};
    const Session other(elsewhere, audit);
    EXPECT_THROW((void)ContractService(other, store).view(folio), AccessDenied);
    EXPECT_THROW((void)ContractService(clerk, store).view("GRO-2099-0001"), ServiceError);
    EXPECT_FALSE(ContractService(clerk, store).exists("GRO-2099-0001"));
    EXPECT_THROW((void)load_template("no-existe"), ServiceError);
    EXPECT_THROW((void)contract_institution(store, "imss-oax"), ServiceError);
    EXPECT_EQ(contract_institution(store, "").code, store.institutions_.institution->code);
}

}  // namespace
}  // namespace pacta::presentation
