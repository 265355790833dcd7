#pragma once
// In-memory repositories for the presentation tests: the service layer and the view-models
// depend on domain interfaces only, so they are tested without SQLite.

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <stdexcept>
#include <string>
#include <vector>

#include "memory_access_repositories.h"
#include "pacta/domain/ports/audit.h"
#include "pacta/presentation/common/record_list.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/review.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/domain/ports/users.h"

namespace pacta::presentation::testing_support {

namespace d = pacta::domain;

class MemoryContracts : public d::ContractLifecycleRepository {
public:
    std::optional<d::ContractStatus> status(const std::string& folio) override {
        const auto it = contracts.find(folio);
        return it == contracts.end() ? std::nullopt : std::optional(it->second);
    }
    std::vector<d::ContractStatus> due_for_date_moves(d::Date today) override {
        std::vector<d::ContractStatus> out;
        for (const auto& [_, c] : contracts) {
            if (!d::moves_by_date(c.state, today, c.start, c.end).empty()) out.push_back(c);
        }
        return out;
    }
    void save_move(const d::ContractMoveRecord& move, const std::string& actor) override {
        auto& c = contracts.at(move.folio);
        if (c.state != move.from) throw d::StaleContractState("stale");
        c.state = move.to;
        moves.push_back({actor, move});
    }
    std::vector<d::ContractHistoryEntry> history(const std::string&) override { return {}; }
    std::vector<d::SignedDocument> signed_documents(const std::string&) override { return {}; }
    std::vector<d::AuditEntry> audit_history(const std::string&) override { return {}; }
    std::map<std::string, d::ContractStatus> contracts;
    std::vector<std::pair<std::string, d::ContractMoveRecord>> moves;
};

class MemoryStaff : public d::StaffRepository {
public:
    d::StaffImportResult import(const std::vector<d::StaffMember>& staff, const std::string&, bool,
                                const std::string&, const d::ProgressReport& progress = {},
                                const d::ImportSource& source = {}) override {
        if (progress && !progress(staff.size())) throw d::Cancelled();
        if (source.opened_version && version(source.opened_key) != *source.opened_version) {
            throw d::StaleStaffRecord(source.opened_key, "rosa", "2026-12-07T16:42:05Z");
        }
        for (const auto& m : staff) {
            // A person already recorded is replaced, as an updating import does.
            auto same = std::find_if(people.begin(), people.end(), [&](const d::StaffMember& p) { return p.key() == m.key(); });
            if (same != people.end()) {
                *same = m;
                ++versions[m.key()];
            } else {
                people.push_back(m);
            }
        }
        d::StaffImportResult result;
        result.created = staff.size();
        return result;
    }
    std::vector<std::string> existing_keys(const std::vector<std::string>&) override { return {}; }
    // Everyone recorded in `people` belongs to `institution_of_people`.
    std::map<std::string, std::string> institutions_of(const std::vector<std::string>& keys) override {
        std::map<std::string, std::string> out;
        for (const auto& k : keys) {
            for (const auto& m : people) {
                if (m.key() == k) out.emplace(k, institution_of_people);
            }
        }
        return out;
    }
    std::string institution_of_people = "imss-gro";
    std::optional<d::StaffMember> find(const std::string& key) override {
        for (const auto& m : people) {
            if (m.key() == key) return m;
        }
        return std::nullopt;
    }
    // Bumped by a test to stand for another desk's save.
    std::map<std::string, std::int64_t> versions;
    std::int64_t version(const std::string& key) override {
        const auto it = versions.find(key);
        return it == versions.end() ? 0 : it->second;
    }
    std::vector<d::StaffMember> search(const std::string&, std::size_t) override { return people; }
    std::vector<d::StaffMember> all() override { return people; }
    std::vector<d::StaffMember> page(const d::StaffQuery& q, std::size_t offset, std::size_t limit) override {
        auto found = matching(q);
        found.erase(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(std::min(offset, found.size())));
        if (found.size() > limit) found.resize(limit);
        return found;
    }
    std::size_t count(const d::StaffQuery& q) override { return matching(q).size(); }
    std::vector<std::string> units_in_use() override {
        std::set<std::string> units;
        for (const auto& m : people) {
            if (!m.unit_code.empty()) units.insert(m.unit_code);
        }
        return {units.begin(), units.end()};
    }
    // Every word of `text` in `haystack`, accents and case aside (as the store's search).
    static bool matches_words(const std::string& haystack, const std::string& text) {
        const auto folded = pacta::presentation::search_fold(haystack);
        std::string word;
        for (const char c : pacta::presentation::search_fold(text) + " ") {
            if (c != ' ') {
                word.push_back(c);
                continue;
            }
            if (!word.empty() && folded.find(word) == std::string::npos) return false;
            word.clear();
        }
        return true;
    }
    // By surnames, as the store sorts.
    std::vector<d::StaffMember> matching(const d::StaffQuery& q) const {
        std::vector<d::StaffMember> out;
        for (const auto& m : people) {
            if (!q.institutions.empty() &&
                std::find(q.institutions.begin(), q.institutions.end(), institution_of_people) == q.institutions.end()) {
                continue;
            }
            if (!q.unit_code.empty() && m.unit_code != q.unit_code) continue;
            if (q.regime && m.regime != *q.regime) continue;
            if (q.category && m.category != *q.category) continue;
            if (!matches_words(m.full_name() + " " + m.key() + " " + m.unit_code, q.text)) continue;
            out.push_back(m);
        }
        std::stable_sort(out.begin(), out.end(), [&](const d::StaffMember& a, const d::StaffMember& b) {
            const auto ka = std::tie(a.first_surname, a.second_surname, a.given_names);
            const auto kb = std::tie(b.first_surname, b.second_surname, b.given_names);
            return q.descending ? kb < ka : ka < kb;
        });
        return out;
    }
    std::vector<d::StaffCount> active_breakdown() override {
        std::map<std::pair<d::Regime, d::Category>, std::size_t> counts;
        for (const auto& m : people) {
            if (m.active) ++counts[{m.regime, m.category}];
        }
        std::vector<d::StaffCount> out;
        for (const auto& [k, n] : counts) out.push_back({k.first, k.second, n});
        return out;
    }
    std::vector<d::StaffMember> people;
};

class MemoryInstitutions : public d::InstitutionRepository {
public:
    bool save(const d::Institution& i, const std::string&) override {
        institution = i;
        return true;
    }
    void save_over(const d::Institution& changed, const d::Institution& opened, const std::string& actor) override {
        if (!institution || !(*institution == opened)) throw d::StaleInstitution(opened.code, "ana", "2026-12-07T16:42:05Z");
        save(changed, actor);
    }
    std::optional<d::Institution> find(const std::string& code) override {
        return institution && institution->code == code ? institution : std::nullopt;
    }
    std::vector<d::InstitutionSummary> list() override {
        return {{institution->code, institution->name, institution->country, 0, 0}};
    }
    std::vector<d::SignatorySummary> signatories(const std::string&) override { return {}; }
    std::optional<d::Institution> institution;
};

class MemoryDrafts : public d::ContractDrafts {
public:
    std::string create(const d::NewContract& c, const std::string& actor) override {
        stored.push_back(c);
        drafted_by = actor;
        return "GRO-2024-0001";
    }
    std::vector<std::string> create_all(const std::vector<d::NewContract>& all, const std::string& actor) override {
        std::vector<std::string> folios;
        for (const auto& c : all) {
            stored.push_back(c);
            folios.push_back("GRO-2024-" + std::to_string(stored.size()));
        }
        drafted_by = actor;
        return folios;
    }
    void revise(const std::string& folio, const d::NewContract& c, const std::string& actor) override {
        revised[folio] = c;
        drafted_by = actor;
    }
    void record_file(const std::string&, const d::ContractFile& file, const std::string&) override {
        files[file.kind] = file.sha256;
        paths[file.kind] = file.path;
    }
    std::vector<d::NewContract> stored;
    std::map<std::string, d::NewContract> revised;
    std::map<std::string, std::string> paths;
    std::string drafted_by;
    std::map<std::string, std::string> files;
};

class MemoryInstalments : public d::InstalmentRepository {
public:
    std::vector<d::ContractInstalment> for_contract(const std::string& folio) override {
        std::vector<d::ContractInstalment> out;
        for (const auto& i : rows) {
            if (i.folio == folio) out.push_back(i);
        }
        return out;
    }
    std::vector<d::ContractInstalment> open(const d::InstalmentQuery& q) override {
        auto open = q;
        open.open_only = true;
        open.order = d::InstalmentQuery::Order::due;
        open.descending = false;
        return matching(open);
    }
    std::vector<d::ContractInstalment> open_page(const d::InstalmentQuery& q, std::size_t offset,
                                                 std::size_t limit) override {
        return window(open(q), offset, limit);
    }
    std::size_t open_count(const d::InstalmentQuery& q) override { return open(q).size(); }
    std::vector<d::ContractInstalment> page(const d::InstalmentQuery& q, std::size_t offset, std::size_t limit) override {
        ++pages;
        return window(matching(q), offset, limit);
    }
    std::size_t count(const d::InstalmentQuery& q) override { return matching(q).size(); }
    std::vector<d::InstalmentTotals> totals(const std::vector<std::string>& institutions, const std::string& from,
                                            const std::string& to, d::TotalsKey key) override {
        std::map<std::pair<std::string, d::Currency>, d::InstalmentTotals> sums;
        for (const auto& i : rows) {
            const auto& r = i.record;
            const auto month = r.plan.due.iso().substr(0, 7);
            if (!in(institutions, i.institution_code) || month < from || month > to ||
                r.state == d::InstalmentState::cancelled) {
                continue;
            }
            std::string k = key == d::TotalsKey::month ? month : key == d::TotalsKey::unit ? i.unit_code : i.budget_account;
            if (k.empty()) k = "-";
            auto& t = sums[{k, r.plan.amount.currency()}];
            t.key = k;
            t.currency = r.plan.amount.currency();
            t.planned += r.plan.amount.minor_units();
            const bool approved = r.state == d::InstalmentState::approved || r.state == d::InstalmentState::paid;
            t.approved += approved ? r.plan.amount.minor_units() : 0;
            t.paid += r.paid ? r.paid->gross.minor_units() : 0;
            t.withheld += r.paid ? r.paid->withheld.minor_units() : 0;
        }
        std::vector<d::InstalmentTotals> out;
        for (const auto& [_, t] : sums) out.push_back(t);
        return out;
    }
    static bool in(const std::vector<std::string>& codes, const std::string& code) {
        return codes.empty() || std::find(codes.begin(), codes.end(), code) != codes.end();
    }
    // The SQLite list's filters and orders, over `rows`.
    std::vector<d::ContractInstalment> matching(const d::InstalmentQuery& q) const {
        using S = d::ContractState;
        std::vector<d::ContractInstalment> out;
        for (const auto& i : rows) {
            const auto& r = i.record;
            if (q.open_only) {
                if (r.state == d::InstalmentState::paid || r.state == d::InstalmentState::cancelled) continue;
                const auto s = i.contract_state;
                if (s != S::firmado && s != S::vigente && s != S::concluido && s != S::terminado_anticipadamente &&
                    s != S::rescindido) {
                    continue;
                }
            }
            if (q.due_by && r.plan.due > *q.due_by) continue;
            if (!q.unit.empty() && i.unit_code != q.unit) continue;
            if (!in(q.institutions, i.institution_code)) continue;
            if (q.state && r.state != *q.state) continue;
            if (!q.account.empty() && i.budget_account != q.account) continue;
            if (!q.contract_states.empty() && std::find(q.contract_states.begin(), q.contract_states.end(),
                                                        i.contract_state) == q.contract_states.end()) {
                continue;
            }
            if (q.period_from && r.plan.due < *q.period_from) continue;
            if (q.period_to && r.plan.period_start > *q.period_to) continue;
            if (!q.text.empty() && r.plan.due.iso().rfind(q.text, 0) != 0 && i.folio.rfind(q.text, 0) != 0 &&
                i.person.find(q.text) == std::string::npos) {
                continue;
            }
            out.push_back(i);
        }
        using O = d::InstalmentQuery::Order;
        const auto key = [&q](const d::ContractInstalment& i) {
            const auto& p = i.record.plan;
            char amount[32];
            std::snprintf(amount, sizeof amount, "%020lld", static_cast<long long>(p.amount.minor_units()));
            char number[16];
            std::snprintf(number, sizeof number, "%06d", p.number);
            const std::string folio = i.folio + "/" + number;
            switch (q.order) {
                case O::folio: return folio;
                case O::number: return number + i.folio;
                case O::person: return i.person + "/" + folio;
                case O::unit: return i.unit_code + "/" + folio;
                case O::account: return i.budget_account + "/" + folio;
                case O::period_start: return p.period_start.iso() + folio;
                case O::due: return p.due.iso() + folio;
                case O::amount: return std::string(amount) + folio;
                case O::state: return std::string(d::instalment_state_name(i.record.state)) + p.due.iso() + folio;
            }
            return folio;
        };
        std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
            return q.descending ? key(b) < key(a) : key(a) < key(b);
        });
        return out;
    }
    static std::vector<d::ContractInstalment> window(const std::vector<d::ContractInstalment>& all, std::size_t offset,
                                                     std::size_t limit) {
        std::vector<d::ContractInstalment> out;
        for (std::size_t i = offset; i < all.size() && out.size() < limit; ++i) out.push_back(all[i]);
        return out;
    }
    std::vector<d::ContractInstalment> all() override { return rows; }
    void save_move(const std::string& folio, const d::InstalmentRecord& before, const d::InstalmentRecord& after,
                   const std::string& actor) override {
        for (auto& i : rows) {
            if (i.folio != folio || i.record.plan.number != before.plan.number) continue;
            if (i.record.state != before.state) throw std::runtime_error("changed meanwhile");
            i.record = after;
            actors.push_back(actor);
        }
    }
    void save_termination(const std::string& folio, const d::Settlement& settlement, const std::string& actor) override {
        terminations.emplace_back(folio, settlement);
        actors.push_back(actor);
    }
    // Refused (an instalment has moved) unless `schedule_replaceable`.
    bool replace_schedule(const std::string&, const std::vector<d::Instalment>& schedule, const std::string&) override {
        if (!schedule_replaceable) return false;
        replaced = schedule;
        return true;
    }
    std::vector<d::ContractInstalment> rows;
    std::size_t pages = 0;  // page() calls, to see a screen read windows
    std::vector<std::string> actors;
    std::vector<std::pair<std::string, d::Settlement>> terminations;
    bool schedule_replaceable = false;
    std::vector<d::Instalment> replaced;
};

class MemoryLibrary : public d::ClauseLibrary {
public:
    std::vector<d::LibraryClause> list() override { return clauses; }
    std::optional<d::LibraryClause> find(const std::string& key, std::optional<int> version) override {
        std::optional<d::LibraryClause> found;
        for (const auto& c : clauses) {
            if (c.key == key && (!version || c.version == *version)) found = c;
        }
        return found;
    }
    std::vector<d::LibraryClause> approved() override {
        std::vector<d::LibraryClause> out;
        for (const auto& c : clauses) {
            if (c.status == d::ClauseStatus::aprobada) out.push_back(c);
        }
        return out;
    }
    int add(const d::LibraryClause& clause, const std::string& actor) override {
        auto stored = clause;
        stored.version = 1;
        for (const auto& c : clauses) {
            if (c.key == clause.key) stored.version = std::max(stored.version, c.version + 1);
        }
        stored.status = d::ClauseStatus::borrador;
        stored.created_by = actor;
        clauses.push_back(stored);
        return stored.version;
    }
    bool set_status(const std::string& key, int version, d::ClauseStatus from, d::ClauseStatus to,
                    const std::string& actor) override {
        for (auto& c : clauses) {
            if (c.key != key || c.version != version || c.status != from) continue;
            c.status = to;
            c.decided_by = actor;
            return true;
        }
        return false;
    }
    std::vector<d::LibraryClause> clauses;
};

class MemoryCatalog : public d::ContractCatalog {
public:
    std::map<std::pair<std::string, int>, std::size_t> count_by_template(
        const std::vector<std::string>& institutions) override {
        d::ContractQuery q;
        q.institutions = institutions;
        std::map<std::pair<std::string, int>, std::size_t> out;
        for (const auto& c : matching(q)) ++out[{c.template_code, c.template_version}];
        return out;
    }
    std::vector<d::ContractSummary> page(const d::ContractQuery& q, std::size_t offset, std::size_t limit) override {
        std::vector<d::ContractSummary> out;
        for (const auto& c : matching(q)) {
            if (offset > 0) {
                --offset;
            } else if (out.size() < limit) {
                out.push_back(c);
            }
        }
        return out;
    }
    std::size_t count(const d::ContractQuery& q) override { return matching(q).size(); }
    std::map<d::ContractState, std::size_t> count_by_state(const std::vector<std::string>& institutions) override {
        d::ContractQuery q;
        q.institutions = institutions;
        std::map<d::ContractState, std::size_t> out;
        for (const auto& c : matching(q)) ++out[c.state];
        return out;
    }
    std::vector<d::ContractSummary> of_person(const std::string& key) override {
        std::vector<d::ContractSummary> out;
        for (const auto& c : contracts) {
            if (c.staff_key == key) out.push_back(c);
        }
        return out;
    }
    std::vector<std::string> units_in_use() override {
        std::set<std::string> units;
        for (const auto& c : contracts) {
            if (!c.unit_code.empty()) units.insert(c.unit_code);
        }
        return {units.begin(), units.end()};
    }
    std::vector<d::ContractSummary> matching(const d::ContractQuery& q) const {
        std::vector<d::ContractSummary> out;
        for (const auto& c : contracts) {
            if (!q.institutions.empty() &&
                std::find(q.institutions.begin(), q.institutions.end(), c.institution_code) == q.institutions.end()) {
                continue;
            }
            if (q.state && c.state != *q.state) continue;
            if (!q.states.empty() && std::find(q.states.begin(), q.states.end(), c.state) == q.states.end()) continue;
            if ((q.ending_from || q.ending_to) && !c.end) continue;
            if (q.ending_from && *c.end < *q.ending_from) continue;
            if (q.ending_to && *c.end > *q.ending_to) continue;
            if (!q.unit_code.empty() && c.unit_code != q.unit_code) continue;
            if (!q.text.empty() && c.folio.find(q.text) != 0 && c.person.find(q.text) == std::string::npos) continue;
            if (q.in_force_from && c.end && *c.end < *q.in_force_from) continue;
            if (q.in_force_to && c.start && *c.start > *q.in_force_to) continue;
            out.push_back(c);
        }
        return out;
    }
    std::optional<d::StoredContract> find(const std::string& folio) override {
        const auto it = sources.find(folio);
        return it == sources.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<std::string> template_source(const std::string& code, int version) override {
        for (const auto& [_, c] : sources) {
            if (c.template_code == code && c.template_version == version) return c.template_source;
        }
        return std::nullopt;
    }
    std::optional<std::string> file_contents(const std::string& folio, const std::string& sha256) override {
        const auto it = file_bytes.find({folio, sha256});
        return it == file_bytes.end() ? std::nullopt : std::optional(it->second);
    }
    std::vector<d::ContractSummary> contracts;
    std::map<std::string, d::StoredContract> sources;
    std::map<std::pair<std::string, std::string>, std::string> file_bytes;  // (folio, sha256) -> bytes
};

// An account holding `roles`.
inline d::UserAccount account_with(std::string username, std::set<d::Role> roles) {
    d::UserAccount u;
    u.username = std::move(username);
    u.roles = std::move(roles);
    return u;
}

// The staff record the reference office's examples use: complete enough to draft the
// IMSS-Bienestar contract from it.
inline d::StaffMember rosa_ramirez() {
    d::StaffMember rosa;
    rosa.given_names = "Rosa";
    rosa.first_surname = "Ramírez";
    rosa.second_surname = "Cruz";
    rosa.sex = d::Sex::woman;
    rosa.birth_date = *d::Date::from_ymd(1992, 5, 14);
    rosa.nationality = "mexicano";
    rosa.civil_status = "casado";
    rosa.curp = "RACR920514MDFMRS05";
    rosa.rfc = "RACR920514AB4";
    rosa.domicile = "Calle 1, Acapulco";
    rosa.profession = "Enfermería General";
    rosa.category = d::Category::asistencial;
    rosa.unit_code = "UMM-GRO";
    return rosa;
}

}  // namespace pacta::presentation::testing_support
