#pragma once
// Word-level comparison of two documents, clause by clause: which clauses were inserted,
// deleted, moved or changed, and within each, the words inserted and deleted. For legal
// reviewers comparing a contract with the approved wording, two template versions, or any
// two contracts.

#include <optional>
#include <string>
#include <vector>

namespace pacta::domain {

// A piece of a document: a clause (its key when known, its heading) or the text around them.
struct Segment {
    std::string key;    // the template's clause key ("confidencialidad"), or empty
    std::string title;  // "DÉCIMA PRIMERA", "Proemio", "Cierre"
    std::string text;
};

struct WordChange {
    enum class Op { same, inserted, deleted };
    Op op = Op::same;
    std::string text;  // words separated by single spaces
};

// The words of `a` turned into those of `b`: a shortest edit (longest common subsequence).
[[nodiscard]] std::vector<WordChange> compare_words(const std::string& a, const std::string& b);

struct SegmentComparison {
    enum class Kind { unchanged, changed, inserted, deleted };
    Kind kind = Kind::unchanged;
    bool moved = false;                   // kept, but in another position
    std::optional<std::size_t> in_a, in_b;  // positions, 0-based
    std::string title;                    // B's heading (A's for a deleted segment)
    std::string title_a;                  // A's heading, when it differs
    std::vector<WordChange> words;
};

// Segments are paired by key when both sides have keys, else by the words they share (a
// clause renumbered or moved is still found). The result follows B's order, with each
// deleted segment after the one that preceded it in A.
[[nodiscard]] std::vector<SegmentComparison> compare_segments(const std::vector<Segment>& a,
                                                              const std::vector<Segment>& b);

}  // namespace pacta::domain
