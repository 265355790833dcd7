#include "pacta/domain/text_compare.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "pacta/domain/number_words.h"

namespace pacta::domain {

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

void push(std::vector<WordChange>& out, WordChange::Op op, const std::string& word) {
    if (!out.empty() && out.back().op == op) {
        out.back().text += ' ';
        out.back().text += word;
    } else {
        out.push_back({op, word});
    }
}

// Share of distinct words the two texts have in common (0..1).
double similarity(const std::string& a, const std::string& b) {
    std::set<std::string> wa, wb;
    for (auto& w : words_of(fold_spanish(a))) wa.insert(std::move(w));
    for (auto& w : words_of(fold_spanish(b))) wb.insert(std::move(w));
    if (wa.empty() && wb.empty()) return 1;
    std::size_t common = 0;
    for (const auto& w : wa) common += wb.count(w);
    return static_cast<double>(common) / static_cast<double>(wa.size() + wb.size() - common);
}

}  // namespace

std::vector<WordChange> compare_words(const std::string& a, const std::string& b) {
    const auto wa = words_of(a);
    const auto wb = words_of(b);
    // Common prefix and suffix first: most clauses differ in a few words.
    std::size_t prefix = 0;
    while (prefix < wa.size() && prefix < wb.size() && wa[prefix] == wb[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < wa.size() - prefix && suffix < wb.size() - prefix &&
           wa[wa.size() - 1 - suffix] == wb[wb.size() - 1 - suffix]) {
        ++suffix;
    }
    const std::size_t n = wa.size() - prefix - suffix;
    const std::size_t m = wb.size() - prefix - suffix;
    // lcs[i][j]: longest common subsequence of wa[prefix+i..] and wb[prefix+j..].
    std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] = wa[prefix + i] == wb[prefix + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::vector<WordChange> out;
    for (std::size_t k = 0; k < prefix; ++k) push(out, WordChange::Op::same, wa[k]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && wa[prefix + i] == wb[prefix + j]) {
            push(out, WordChange::Op::same, wa[prefix + i]);
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            // Deletions before insertions: "[-old-] {+new+}" reads as a replacement.
            push(out, WordChange::Op::deleted, wa[prefix + i]);
            ++i;
        } else {
            push(out, WordChange::Op::inserted, wb[prefix + j]);
            ++j;
        }
    }
    for (std::size_t k = wa.size() - suffix; k < wa.size(); ++k) push(out, WordChange::Op::same, wa[k]);
    return out;
}

std::vector<SegmentComparison> compare_segments(const std::vector<Segment>& a, const std::vector<Segment>& b) {
    std::vector<std::optional<std::size_t>> partner_of_b(b.size());
    std::vector<bool> a_taken(a.size(), false);
    // 1. Same key on both sides (clauses of templates and of contracts made from them).
    std::map<std::string, std::size_t> a_by_key;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!a[i].key.empty()) a_by_key.emplace(a[i].key, i);
    }
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (b[j].key.empty()) continue;
        if (const auto it = a_by_key.find(b[j].key); it != a_by_key.end() && !a_taken[it->second]) {
            partner_of_b[j] = it->second;
            a_taken[it->second] = true;
        }
    }
    // 2. The rest by the words they share, most similar pairs first.
    struct Pair {
        double score;
        std::size_t i, j;
    };
    std::vector<Pair> pairs;
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (partner_of_b[j]) continue;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a_taken[i] || (!a[i].key.empty() && !b[j].key.empty())) continue;
            const double s = similarity(a[i].text, b[j].text);
            if (s >= 0.5) pairs.push_back({s, i, j});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.score > y.score; });
    for (const auto& p : pairs) {
        if (a_taken[p.i] || partner_of_b[p.j]) continue;
        partner_of_b[p.j] = p.i;
        a_taken[p.i] = true;
    }
    // 3. Moved: the paired segments outside the longest run that keeps A's order (of equally
    // long runs, the one whose segments moved least: what jumped is what was moved).
    std::vector<std::size_t> order;  // B positions of paired segments, in B order
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (partner_of_b[j]) order.push_back(j);
    }
    auto displacement = [&](std::size_t x) {
        const auto i = static_cast<long>(*partner_of_b[order[x]]);
        const auto j = static_cast<long>(order[x]);
        return i > j ? i - j : j - i;
    };
    std::vector<std::size_t> length(order.size(), 1), previous(order.size(), order.size());
    std::vector<long> moved_by(order.size());
    for (std::size_t x = 0; x < order.size(); ++x) {
        moved_by[x] = displacement(x);
        for (std::size_t y = 0; y < x; ++y) {
            if (*partner_of_b[order[y]] >= *partner_of_b[order[x]]) continue;
            const bool longer = length[y] + 1 > length[x];
            const bool calmer = length[y] + 1 == length[x] && moved_by[y] + displacement(x) < moved_by[x];
            if (longer || calmer) {
                length[x] = length[y] + 1;
                previous[x] = y;
                moved_by[x] = moved_by[y] + displacement(x);
            }
        }
    }
    std::set<std::size_t> in_order;
    if (!order.empty()) {
        std::size_t best = 0;
        for (std::size_t x = 1; x < order.size(); ++x) {
            if (length[x] > length[best] || (length[x] == length[best] && moved_by[x] < moved_by[best])) best = x;
        }
        for (std::size_t x = best; x < order.size(); x = previous[x]) in_order.insert(order[x]);
    }
    // 4. In B's order; a deleted segment goes after the one that preceded it in A.
    std::map<std::size_t, std::vector<std::size_t>> deleted_after;  // B position (or npos) -> A positions
    std::vector<std::optional<std::size_t>> b_of_a(a.size());
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (partner_of_b[j]) b_of_a[*partner_of_b[j]] = j;
    }
    constexpr std::size_t before_all = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a_taken[i]) continue;
        std::size_t anchor = before_all;
        for (std::size_t k = i; k-- > 0;) {
            if (b_of_a[k]) {
                anchor = *b_of_a[k];
                break;
            }
        }
        deleted_after[anchor].push_back(i);
    }
    std::vector<SegmentComparison> out;
    auto add_deleted = [&](std::size_t anchor) {
        for (const auto i : deleted_after[anchor]) {
            SegmentComparison c;
            c.kind = SegmentComparison::Kind::deleted;
            c.in_a = i;
            c.title = a[i].title;
            c.words = {{WordChange::Op::deleted, a[i].text}};
            out.push_back(std::move(c));
        }
    };
    add_deleted(before_all);
    for (std::size_t j = 0; j < b.size(); ++j) {
        SegmentComparison c;
        c.in_b = j;
        c.title = b[j].title;
        if (partner_of_b[j]) {
            const auto i = *partner_of_b[j];
            c.in_a = i;
            if (a[i].title != b[j].title) c.title_a = a[i].title;
            c.moved = !in_order.contains(j);
            c.words = compare_words(a[i].text, b[j].text);
            const bool same = std::all_of(c.words.begin(), c.words.end(),
                                          [](const WordChange& w) { return w.op == WordChange::Op::same; });
            c.kind = same ? SegmentComparison::Kind::unchanged : SegmentComparison::Kind::changed;
        } else {
            c.kind = SegmentComparison::Kind::inserted;
            c.words = {{WordChange::Op::inserted, b[j].text}};
        }
        out.push_back(std::move(c));
        add_deleted(j);
    }
    return out;
}

}  // namespace pacta::domain
