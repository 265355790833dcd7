#include "template_syntax.h"

#include "pacta/domain/utf8.h"

namespace pacta::document::detail {

std::vector<std::string> split_words_of(const std::string& content) {
    std::vector<std::string> words;
    std::size_t k = 0;
    while (k < content.size()) {
        while (k < content.size() && is_space(content[k])) ++k;
        if (k >= content.size()) break;
        if (content[k] == '"') {
            const auto close = content.find('"', k + 1);
            const auto stop = close == std::string::npos ? content.size() : close;
            words.push_back("\"" + content.substr(k + 1, stop - k - 1));
            k = stop + 1;
        } else {
            const auto start = k;
            while (k < content.size() && !is_space(content[k])) ++k;
            words.push_back(content.substr(start, k - start));
        }
    }
    return words;
}

SourceText::SourceText(std::string_view text, std::string name) : text_(text), name_(std::move(name)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

std::pair<int, int> SourceText::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(it - line_starts_.begin());
    const std::size_t start = line_starts_[line - 1];
    const auto column = domain::decode_utf8(text_.substr(start, offset - start)).size() + 1;
    return {static_cast<int>(line), static_cast<int>(column)};
}

std::size_t SourceText::offset_of(int line, int column) const {
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return text_.size();
    std::size_t at = line_starts_[static_cast<std::size_t>(line) - 1];
    for (int c = 1; c < column && at < text_.size() && text_[at] != '\n'; ++c) {
        ++at;
        while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

domain::Finding& SourceText::error(std::string code, std::size_t offset) {
    const auto [line, column] = position(offset);
    findings_.emplace_back(std::move(code), domain::Severity::error, name_);
    auto& f = findings_.back();
    f.with("line", std::to_string(line)).with("column", std::to_string(column));
    const std::size_t start = line_starts_[static_cast<std::size_t>(line) - 1];
    std::size_t end = text_.find('\n', start);
    if (end == std::string_view::npos) end = text_.size();
    add_excerpt(f, text_.substr(start, end - start), column);
    return f;
}

namespace {

void shift(Expr& e, std::size_t offset) {
    e.offset += offset;
    for (auto& a : e.args) shift(a, offset);
}

}  // namespace

std::optional<Expr> SourceText::expression(std::string_view source, std::size_t offset) {
    auto parsed = parse_expression(source);
    if (!parsed.expr) {
        error(parsed.error.empty() ? "template.bad_expression" : parsed.error, offset + parsed.error_offset)
            .with("value", parsed.error_value);
        return std::nullopt;
    }
    shift(*parsed.expr, offset);
    return parsed.expr;
}

void add_excerpt(domain::Finding& finding, std::string_view line_text, int column) {
    constexpr int before = 30;
    constexpr int after = 30;
    const std::u32string chars = domain::decode_utf8(line_text);
    const int at = std::max(column - 1, 0);
    const int from = std::max(at - before, 0);
    const int to = std::min<int>(at + after, static_cast<int>(chars.size()));
    if (from >= to) return;
    std::u32string piece = chars.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from));
    for (auto& c : piece) {
        if (c == U'\t' || c == U'\r') c = U' ';
    }
    std::string excerpt = (from > 0 ? "…" : "") + domain::encode_utf8(piece) + (to < static_cast<int>(chars.size()) ? "…" : "");
    const int caret = at - from + (from > 0 ? 1 : 0);
    finding.with("excerpt", excerpt).with("caret", std::to_string(caret));
}

namespace {

std::size_t distance(std::u32string_view a, std::u32string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string nearest_name(std::string_view wrong, const std::vector<std::string>& candidates) {
    const std::u32string w = domain::decode_utf8(wrong);
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(1, w.size() / 3) + 1;
    for (const auto& c : candidates) {
        const std::size_t d = distance(w, domain::decode_utf8(c));
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

}  // namespace pacta::document::detail
