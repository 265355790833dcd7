#include "pacta/presentation/common/paged_list.h"

namespace pacta::presentation {

void PagedList::reload() {
    total_ = source_.total();
    requery();
}

void PagedList::requery() {
    count_ = source_.count(request_);
    window_.clear();
    first_ = 0;
}

void PagedList::set_search(const std::string& text) {
    if (text == request_.search) return;
    request_.search = text;
    requery();
}

void PagedList::set_filter(std::size_t column, const std::string& value) {
    if (value.empty()) {
        request_.filters.erase(column);
    } else {
        request_.filters[column] = value;
    }
    requery();
}

void PagedList::set_period(std::size_t, std::size_t, const std::string& from, const std::string& to) {
    request_.period_from = from;
    request_.period_to = to;
    requery();
}

void PagedList::sort_by(std::size_t column, bool ascending) {
    request_.sort_column = column;
    request_.ascending = ascending;
    requery();
}

const std::string& PagedList::cell(std::size_t row, std::size_t column) const {
    static const std::string none;
    if (row >= count_) return none;
    if (row < first_ || row >= first_ + window_.size()) {
        // A window around the row: scrolling either way stays inside it for a while.
        first_ = row > window_size / 4 ? row - window_size / 4 : 0;
        window_ = source_.rows(request_, first_, window_size);
        ++reads_;
        if (row >= first_ + window_.size()) return none;  // the store changed under us
    }
    const auto& cells = window_[row - first_];
    return column < cells.size() ? cells[column] : none;
}

}  // namespace pacta::presentation
