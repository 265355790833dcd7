#include "pacta/document/leak_check.h"

#include <algorithm>
#include <set>

#include "pacta/domain/utf8.h"

namespace pacta::document {

namespace {

// Latin-1 letters U+00C0..U+00FF without their accents, in lower case ("" for × and ÷).
constexpr std::string_view latin1_folded[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// What a code point adds to a token; empty when it separates tokens. `drop` for marks that
// join the previous letter (a decomposed accent).
std::string_view fold(char32_t c, std::string& buffer, bool& drop) {
    drop = false;
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            buffer.assign(1, static_cast<char>(c));
            return buffer;
        }
        return {};
    }
    if (c >= 0xC0 && c <= 0xFF) return latin1_folded[c - 0xC0];
    if (c >= 0x300 && c <= 0x36F) {
        drop = true;  // combining accents
        return {};
    }
    if (c == 0xFB01) return "fi";  // ligatures PDF text extraction leaves
    if (c == 0xFB02) return "fl";
    if (c < 0xC0 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xFFFD || c == 0xFEFF) return {};
    buffer = domain::encode_utf8(c);  // letters of other scripts stay as they are
    return buffer;
}

}  // namespace

std::vector<std::string> folded_tokens(std::string_view text) {
    std::vector<std::string> tokens;
    std::string current;
    std::string buffer;
    for (const char32_t c : domain::decode_utf8(text)) {
        bool drop = false;
        const auto piece = fold(c, buffer, drop);
        if (drop) continue;
        if (piece.empty()) {
            if (!current.empty()) tokens.push_back(std::move(current));
            current.clear();
        } else {
            current += piece;
        }
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
}

bool contains_tokens(const std::vector<std::string>& haystack, const std::vector<std::string>& needle) {
    if (needle.empty() || needle.size() > haystack.size()) return false;
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

bool worth_looking_for(const std::vector<std::string>& needle) {
    std::size_t chars = 0;
    for (const auto& t : needle) chars += t.size();
    return chars >= 4;
}

namespace {

const PersonalValue* value_labelled(const Document& doc, const std::string& label) {
    for (const auto& pv : doc.personal_values) {
        if (pv.label == label) return &pv;
    }
    return nullptr;
}

// The last `n` tokens of the text before runs[i] and the first `n` after it, up to the
// nearest other personal run: the words a reader sees around the redaction.
std::pair<std::vector<std::string>, std::vector<std::string>> context(const Runs& runs, std::size_t i, std::size_t n) {
    std::string before, after;
    for (std::size_t j = i; j-- > 0 && runs[j].personal_label.empty();) before.insert(0, runs[j].text);
    for (std::size_t j = i + 1; j < runs.size() && runs[j].personal_label.empty(); ++j) after += runs[j].text;
    auto b = folded_tokens(before);
    auto a = folded_tokens(after);
    if (b.size() > n) b.erase(b.begin(), b.end() - static_cast<std::ptrdiff_t>(n));
    if (a.size() > n) a.resize(n);
    return {std::move(b), std::move(a)};
}

// Low-entropy values as printed: "de nacionalidad mexicana" is a leak, "Instituto Mexicano"
// is not.
void printed_patterns(const Document& doc, const Runs& runs, std::vector<std::pair<std::string, std::vector<std::string>>>& out) {
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].personal_label.empty()) continue;
        const auto* pv = value_labelled(doc, runs[i].personal_label);
        if (pv != nullptr && pv->identifying) continue;
        const auto value = folded_tokens(runs[i].text);
        if (value.empty()) continue;
        auto [before, after] = context(runs, i, 2);
        if (!before.empty()) {
            auto pattern = before;
            pattern.insert(pattern.end(), value.begin(), value.end());
            out.emplace_back(runs[i].personal_label, std::move(pattern));
        }
        if (!after.empty()) {
            auto pattern = value;
            pattern.insert(pattern.end(), after.begin(), after.end());
            out.emplace_back(runs[i].personal_label, std::move(pattern));
        }
    }
}

void printed_patterns(const Document& doc, const std::vector<Block>& blocks,
                      std::vector<std::pair<std::string, std::vector<std::string>>>& out) {
    for (const auto& b : blocks) {
        printed_patterns(doc, b.runs, out);
        for (const auto& item : b.items) printed_patterns(doc, item, out);
        printed_patterns(doc, b.children, out);
    }
}

}  // namespace

std::vector<Leak> find_leaks(const Document& doc, const std::vector<TextSource>& sources) {
    // label and token sequence of everything to look for
    std::vector<std::pair<std::string, std::vector<std::string>>> needles;
    for (const auto& pv : doc.personal_values) {
        if (!pv.identifying) continue;
        for (const auto& form : pv.forms) {
            auto tokens = folded_tokens(form);
            if (worth_looking_for(tokens)) needles.emplace_back(pv.label, std::move(tokens));
        }
    }
    printed_patterns(doc, doc.blocks, needles);

    std::vector<Leak> leaks;
    std::set<std::pair<std::string, std::string>> reported;
    for (const auto& source : sources) {
        const auto haystack = folded_tokens(source.text);
        for (const auto& [label, needle] : needles) {
            if (reported.count({label, source.where}) == 0 && contains_tokens(haystack, needle)) {
                reported.insert({label, source.where});
                leaks.push_back({label, source.where});
            }
        }
    }
    return leaks;
}

}  // namespace pacta::document
