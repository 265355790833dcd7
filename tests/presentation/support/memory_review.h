#pragma once
// Review comments and the checklist in memory, as the ports promise.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/review.h"

namespace pacta::presentation::testing_support {

namespace d = pacta::domain;

class MemoryComments : public d::ReviewComments {
public:
    std::int64_t add(const std::string& folio, const std::string& clause, const std::string& text,
                     const std::string& actor) override {
        d::ReviewComment c;
        c.id = static_cast<std::int64_t>(rows.size()) + 1;
        c.folio = folio;
        c.clause_key = clause;
        c.text = text;
        c.author = actor;
        c.created_at = "2024-01-25T10:00:00Z";
        rows.push_back(c);
        return c.id;
    }
    bool resolve(std::int64_t id, const std::string& resolution, const std::string& actor) override {
        for (auto& c : rows) {
            if (c.id != id || c.resolved) continue;
            c.resolved = true;
            c.resolution = resolution;
            c.resolved_by = actor;
            return true;
        }
        return false;
    }
    std::vector<d::ReviewComment> for_contract(const std::string&) override { return rows; }
    std::optional<d::ReviewComment> find(std::int64_t id) override {
        for (const auto& c : rows) {
            if (c.id == id) return c;
        }
        return std::nullopt;
    }
    std::vector<d::ReviewComment> rows;
};

class MemoryChecklist : public d::ReviewChecklist {
public:
    std::vector<d::ChecklistItem> items(const std::string&, const std::string&) override {
        std::vector<d::ChecklistItem> out;
        for (const auto& r : rows) {
            if (!r.retired || r.checked) out.push_back(r);
        }
        return out;
    }
    int add_item(const std::string&, const std::string& text, const std::string&) override {
        rows.push_back({static_cast<std::int64_t>(rows.size()) + 1, static_cast<int>(rows.size()) + 1, text, false, ""});
        return rows.back().position;
    }
    bool retire_item(const std::string&, std::int64_t id, const std::string&) override {
        for (auto& r : rows) {
            if (r.id != id || r.retired) continue;
            r.retired = true;
            return true;
        }
        return false;
    }
    bool check(const std::string&, std::int64_t id, const std::string& actor) override {
        for (auto& r : rows) {
            if (r.id != id || r.checked) continue;
            r.checked = true;
            r.checked_by = actor;
            return true;
        }
        return false;
    }
    std::vector<d::ChecklistItem> rows;
};

}  // namespace pacta::presentation::testing_support
