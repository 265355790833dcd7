#include "pacta/presentation/common/record_list.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {

// A byte loop with the Latin-1 letters of Spanish decoded by hand, because it runs over every
// row of a list.
std::string search_fold(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            continue;
        }
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            char plain = 0;
            switch (next | 0x20) {  // 0x81 Á -> 0xA1 á, and so on
                case 0xA1: plain = 'a'; break;
                case 0xA9: plain = 'e'; break;
                case 0xAD: plain = 'i'; break;
                case 0xB3: plain = 'o'; break;
                case 0xBA: case 0xBC: plain = 'u'; break;
                case 0xB1: plain = 'n'; break;
                default: break;
            }
            if (plain != 0) {
                out.push_back(plain);
                ++i;
                continue;
            }
        }
        out.push_back(static_cast<char>(c));
    }
    return out;
}

namespace {

// "$1,234.50" -> "123450" padded, so amounts sort by value; "15/03/2024" -> "2024-03-15", so
// dates sort by day; other text as it is.
std::string sort_key(const std::string& cell) {
    const bool amount = !cell.empty() && (cell[0] == '$' || cell.rfind("S/", 0) == 0);
    if (!amount) return search_fold(display_sort_key(cell));
    std::string digits;
    for (char c : cell) {
        if (c >= '0' && c <= '9') digits.push_back(c);
    }
    return std::string(20 - std::min<std::size_t>(20, digits.size()), '0') + digits;
}

}  // namespace

void RecordList::set_rows(std::vector<std::vector<std::string>> rows) {
    rows_ = std::move(rows);
    folded_.clear();
    folded_.reserve(rows_.size());
    for (const auto& row : rows_) {
        std::string all;
        for (const auto& cell : row) {
            all += cell;
            all += ' ';
        }
        folded_.push_back(search_fold(all));
    }
    refresh();
}

void RecordList::set_search(const std::string& text) {
    search_words_.clear();
    std::istringstream in(search_fold(text));
    std::string word;
    while (in >> word) search_words_.push_back(word);
    refresh();
}

void RecordList::set_filter(std::size_t column, const std::string& value) {
    filters_.erase(std::remove_if(filters_.begin(), filters_.end(), [&](const auto& f) { return f.first == column; }),
                   filters_.end());
    if (!value.empty()) filters_.emplace_back(column, value);
    refresh();
}

void RecordList::set_period(std::size_t start_column, std::size_t end_column, const std::string& from,
                            const std::string& to) {
    period_.reset();
    if (!from.empty() || !to.empty()) period_ = Period{start_column, end_column, from, to};
    refresh();
}

void RecordList::sort_by(std::size_t column, bool ascending) {
    sort_column_ = column;
    ascending_ = ascending;
    sorted_ = true;
    refresh();
}

const std::string& RecordList::cell(std::size_t row, std::size_t column) const { return rows_.at(visible_.at(row)).at(column); }

std::vector<std::string> RecordList::values_of(std::size_t column) const {
    std::set<std::string> values;
    for (const auto& row : rows_) values.insert(row.at(column));
    return {values.begin(), values.end()};
}

void RecordList::refresh() {
    visible_.clear();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const bool found = std::all_of(search_words_.begin(), search_words_.end(),
                                       [&](const std::string& w) { return folded_[i].find(w) != std::string::npos; });
        const bool kept = std::all_of(filters_.begin(), filters_.end(),
                                      [&](const auto& f) { return rows_[i].at(f.first) == f.second; });
        const bool in_period = !period_ || [&] {
            const auto start = display_sort_key(rows_[i].at(period_->start_column));
            const auto end = display_sort_key(rows_[i].at(period_->end_column));
            // ISO dates compare as text (shown ones are turned back); a row without dates is
            // outside any period.
            if (start.empty()) return false;
            return (period_->to.empty() || start <= period_->to) && (period_->from.empty() || end.empty() || end >= period_->from);
        }();
        if (found && kept && in_period) visible_.push_back(i);
    }
    if (sorted_ && sort_column_ < columns_.size()) {
        std::vector<std::string> keys(rows_.size());
        for (const auto i : visible_) keys[i] = sort_key(rows_[i][sort_column_]);
        std::stable_sort(visible_.begin(), visible_.end(), [&](std::size_t a, std::size_t b) {
            return ascending_ ? keys[a] < keys[b] : keys[b] < keys[a];
        });
    }
}

}  // namespace pacta::presentation
