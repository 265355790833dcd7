#pragma once
// In-memory audit log, audit trail and user accounts for view-model tests without a database
// (included by memory_repositories.h with the other ports).

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/users.h"

namespace pacta::presentation::testing_support {

namespace d = pacta::domain;

class MemoryAudit : public d::AuditLog {
public:
    void record(const d::AuditEntry& entry) override { rows.push_back(entry); }
    std::vector<d::AuditEntry> rows;
};

// The audit trail in memory (rows oldest first, ids from 1), filtered, counted and paged as
// the port promises; `verdict` is what verify() answers.
class MemoryAuditTrail : public d::AuditTrail {
public:
    using d::AuditTrail::verify;
    d::AuditVerification verify(const d::ProgressReport& progress) override {
        if (progress && !progress(rows.size())) throw d::Cancelled();
        return verdict;
    }
    std::optional<std::string> stored_hash(std::int64_t row) override {
        if (row < 1 || static_cast<std::size_t>(row) > rows.size()) return std::nullopt;
        return std::string(64, 'a');
    }
    std::vector<d::AuditEntry> latest(std::size_t limit) override {
        std::vector<d::AuditEntry> out(rows.rbegin(), rows.rend());
        if (out.size() > limit) out.resize(limit);
        return out;
    }
    std::vector<d::AuditEntry> page(const d::AuditQuery& query, std::size_t offset, std::size_t limit) override {
        ++pages_read;
        std::vector<d::AuditEntry> out;
        for (auto it = rows.rbegin(); it != rows.rend() && out.size() < limit; ++it) {
            if (!matches(query, *it)) continue;
            if (offset > 0) {
                --offset;
                continue;
            }
            auto light = *it;
            light.before_json.reset();
            light.after_json.reset();
            out.push_back(std::move(light));
        }
        return out;
    }
    d::AuditCount count(const d::AuditQuery& query, std::size_t at_most) override {
        const auto n = static_cast<std::size_t>(
            std::count_if(rows.begin(), rows.end(), [&](const auto& e) { return matches(query, e); }));
        if (query.only_dates() || n <= at_most) return {n, true};
        return {at_most, false};
    }
    std::optional<d::AuditEntry> find(std::int64_t id) override {
        for (const auto& e : rows) {
            if (e.id == id) return e;
        }
        return std::nullopt;
    }
    std::vector<std::string> actors() override { return distinct(&d::AuditEntry::actor); }
    std::vector<std::string> entities() override { return distinct(&d::AuditEntry::entity); }

    std::vector<d::AuditEntry> rows;
    d::AuditVerification verdict;
    std::size_t pages_read = 0;

private:
    static std::string lower(std::string text) {
        for (auto& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return text;
    }
    static bool matches(const d::AuditQuery& q, const d::AuditEntry& e) {
        if ((!q.actor.empty() && e.actor != q.actor) || (!q.action.empty() && e.action != q.action) ||
            (!q.entity.empty() && e.entity != q.entity)) {
            return false;
        }
        const auto day = e.at.substr(0, 10);
        if ((!q.from.empty() && day < q.from) || (!q.to.empty() && day > q.to)) return false;
        const auto text = lower(e.actor + "\n" + e.action + "\n" + e.entity + "\n" + e.entity_id);
        return std::all_of(q.words.begin(), q.words.end(), [&](const std::string& w) {
            return text.find(lower(w)) != std::string::npos || w == std::to_string(e.id);
        });
    }
    std::vector<std::string> distinct(std::string d::AuditEntry::*field) const {
        std::set<std::string> values;
        for (const auto& e : rows) values.insert(e.*field);
        return {values.begin(), values.end()};
    }
};

// Keeps passwords as typed: hashing them is the engine's business (tests/db checks SQLite's).
struct MemoryUser {
    d::UserAccount account;
    std::string password;
};

class MemoryUsers : public d::UserRepository {
public:
    std::size_t count() override { return users.size(); }
    std::optional<d::UserAccount> find(const std::string& name) override {
        const auto it = users.find(name);
        return it == users.end() ? std::nullopt : std::optional(it->second.account);
    }
    bool password_matches(const std::string& name, const std::string& password) override {
        const auto it = users.find(name);
        return it != users.end() && it->second.password == password;
    }
    std::vector<d::UserAccount> list() override {
        std::vector<d::UserAccount> out;
        for (const auto& [_, u] : users) out.push_back(u.account);
        return out;
    }
    bool create(const d::UserAccount& account, const std::string& password, bool only_if_none,
                const std::string&) override {
        if (only_if_none && !users.empty()) return false;
        users[account.username] = {account, password};
        return true;
    }
    bool set_active(const std::string& name, bool active, const std::string&) override {
        if (!users.contains(name)) return false;
        users[name].account.active = active;
        return true;
    }
    bool reset_password(const std::string& name, const std::string& password, const std::string&) override {
        if (!users.contains(name)) return false;
        users[name].password = password;
        users[name].account.locked = false;
        users[name].account.failed_logins = 0;
        return true;
    }
    d::LoginAdmission admit_login(const std::string& name) override {
        if (!users.contains(name)) return d::LoginAdmission::unknown;
        auto& a = users[name].account;
        if (!a.active) return d::LoginAdmission::inactive;
        if (a.locked) return d::LoginAdmission::locked;
        a.locked = ++a.failed_logins >= d::max_failed_logins;
        return d::LoginAdmission::admitted;
    }
    std::optional<d::UserAccount> finish_login(const std::string& name, bool success) override {
        if (!users.contains(name)) return std::nullopt;
        auto& a = users[name].account;
        if (success) {
            a.failed_logins = 0;
            a.locked = false;
        }
        return a;
    }
    std::map<std::string, MemoryUser> users;
};

}  // namespace pacta::presentation::testing_support
