// Every label a person reads for a stored key, walked in both languages: Spanish from the
// catalog (never a raw key, never the English source), English with nothing Spanish in it.
// The keys walked are every enum value and every clause key and signatory role the bundled
// templates use.
#include "pacta/locale/labels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <set>
#include <sstream>

#include "pacta/document/template.h"
#include "pacta/domain/ports/audit.h"
#include "pacta/locale/catalog.h"

namespace pacta::locale {
namespace {

namespace d = pacta::domain;

// One label per value, each computed in the language set when it is called.
using Labeller = std::function<std::string()>;

std::vector<std::pair<std::string, Labeller>> every_label() {
    std::vector<std::pair<std::string, Labeller>> out;
    auto add = [&](std::string key, Labeller f) { out.emplace_back(std::move(key), std::move(f)); };
    for (int i = 0; i <= static_cast<int>(d::ContractState::cancelado); ++i) {
        const auto s = static_cast<d::ContractState>(i);
        add(std::string(d::contract_state_name(s)), [s] { return contract_state_label(s); });
    }
    for (int i = 0; i <= static_cast<int>(d::InstalmentState::cancelled); ++i) {
        const auto s = static_cast<d::InstalmentState>(i);
        add("instalment " + std::to_string(i), [s] { return instalment_state_label(s); });
    }
    for (const auto r : d::all_roles()) add(std::string(d::role_name(r)), [r] { return role_label(r); });
    for (const auto r : {d::Regime::honorarios, d::Regime::cas, d::Regime::locacion, d::Regime::planilla}) {
        add(std::string(d::regime_name(r)), [r] { return regime_label(r); });
    }
    for (const auto c : {d::Category::asistencial, d::Category::administrativo}) {
        add(std::string(d::category_name(c)), [c] { return category_label(c); });
    }
    for (const auto s : {d::Sex::man, d::Sex::woman}) add(std::string(d::sex_name(s)), [s] { return sex_label(s); });
    for (const auto c : {d::TerminationCause::notice, d::TerminationCause::rescission, d::TerminationCause::interruption}) {
        add("termination " + std::to_string(static_cast<int>(c)), [c] { return termination_cause_label(c); });
    }
    for (const auto s : {d::ClauseStatus::borrador, d::ClauseStatus::aprobada, d::ClauseStatus::retirada}) {
        add("clause status " + std::to_string(static_cast<int>(s)), [s] { return clause_status_label(s); });
    }
    for (const auto key : known_signatory_roles()) {
        add(std::string(key), [key] { return signatory_role_label(key); });
    }
    for (const auto key : known_clause_keys()) add(std::string(key), [key] { return clause_key_label(key); });
    for (const auto key : d::audit_actions) add(std::string(key), [key] { return audit_action_label(key); });
    for (const auto key : known_audit_entities()) add(std::string(key), [key] { return audit_entity_label(key); });
    return out;
}

// Words that read the same in both languages.
const std::set<std::string> same_in_both = {"Supervisor"};

bool ascii(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

class Labels : public testing::Test {
protected:
    void TearDown() override { set_language(PACTA_MESSAGES_DIR, "es"); }
};

TEST_F(Labels, EveryKeyReadsInSpanishAndInEnglish) {
    const auto labels = every_label();
    ASSERT_GT(labels.size(), 90U);
    std::vector<std::string> english;
    set_language(PACTA_MESSAGES_DIR, "en");
    for (const auto& [key, label] : labels) english.push_back(label());
    set_language(PACTA_MESSAGES_DIR, "es");
    ASSERT_TRUE(catalog_loaded());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto& key = labels[i].first;
        const auto spanish = labels[i].second();
        SCOPED_TRACE(key + ": «" + spanish + "» / «" + english[i] + "»");
        EXPECT_FALSE(spanish.empty());
        EXPECT_EQ(spanish.find('_'), std::string::npos) << "a raw key";
        EXPECT_TRUE(ascii(english[i])) << "Spanish in the English label";
        EXPECT_EQ(english[i].find('_'), std::string::npos) << "a raw key";
        if (!same_in_both.contains(spanish)) {
            EXPECT_NE(spanish, english[i]) << "not translated";
        }
    }
}

TEST_F(Labels, AccentsAreRight) {
    set_language(PACTA_MESSAGES_DIR, "es");
    EXPECT_EQ(contract_state_label(d::ContractState::en_revision), "en revisión jurídica");
    EXPECT_EQ(role_label(d::Role::revisor_juridico), "revisor jurídico");
    EXPECT_EQ(regime_label(d::Regime::locacion), "Locación de servicios");
    EXPECT_EQ(signatory_role_label("juridico"), "Jurídico");
    EXPECT_EQ(clause_key_label("cesion"), "Cesión");
    EXPECT_EQ(clause_key_label("rescision"), "Rescisión");
    EXPECT_EQ(choice_label("regimen", "cas"), "CAS");
    EXPECT_EQ(choice_label("sexo", "mujer"), "Mujer");
    EXPECT_EQ(choice_label("perfil", "es_PE"), "Perú (31/01/2024, S/ 1,234.50)");
}

TEST_F(Labels, AnOfficesOwnKeyReadsAsWords) {
    EXPECT_EQ(signatory_role_label("jefe_de_area"), "Jefe de area");
    EXPECT_EQ(clause_key_label("garantia"), "Garantia");
}

void collect(const std::vector<document::Node>& nodes, std::set<std::string>& clauses) {
    for (const auto& n : nodes) {
        if (n.kind == document::Node::Kind::clause) clauses.insert(n.path);
        collect(n.body, clauses);
        collect(n.else_body, clauses);
    }
}

TEST_F(Labels, EveryClauseAndSignatoryOfTheBundledTemplatesHasItsLabel) {
    const std::filesystem::path dir = std::filesystem::path(PACTA_SOURCE_DIR) / "document" / "plantillas";
    std::set<std::string> clauses, roles;
    int templates = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".md") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const auto parsed = document::parse_template(text.str(), entry.path().filename().string());
        ASSERT_TRUE(parsed.value) << entry.path();
        ++templates;
        collect(parsed.value->body, clauses);
        for (const auto& s : parsed.value->info.signatories) roles.insert(s.role);
    }
    EXPECT_EQ(templates, 4);
    EXPECT_GT(clauses.size(), 20U);
    const auto& known_clauses = known_clause_keys();
    const auto& known_roles = known_signatory_roles();
    for (const auto& c : clauses) {
        EXPECT_NE(std::find(known_clauses.begin(), known_clauses.end(), c), known_clauses.end()) << "clause " << c;
    }
    for (const auto& r : roles) {
        EXPECT_NE(std::find(known_roles.begin(), known_roles.end(), r), known_roles.end()) << "signatory role " << r;
    }
}

}  // namespace
}  // namespace pacta::locale
