#pragma once
// A window of a long list kept from the store: the rows around the one a control asks for
// (a couple of hundred), fetched again when it asks for one outside them. A screen over
// 400,000 rows so holds a few hundred, and scrolling reads a page at a time.

#include <cstddef>
#include <functional>
#include <vector>

namespace pacta::presentation {

template <class Row>
class RowWindow {
public:
    // Rows offset..offset+limit of the list, in its order.
    using Fetch = std::function<std::vector<Row>(std::size_t offset, std::size_t limit)>;

    explicit RowWindow(std::size_t size = 200) : size_(size < 2 ? 2 : size) {}

    // A new list of `count` rows (after a filter, an order or a change): nothing kept.
    void reset(std::size_t count, Fetch fetch) {
        count_ = count;
        fetch_ = std::move(fetch);
        rows_.clear();
        first_ = 0;
    }
    [[nodiscard]] std::size_t count() const { return count_; }

    // The row at `index`, fetching its window when not kept; nullptr past the list's end (it
    // may have shrunk in the store since it was counted).
    const Row* find(std::size_t index) {
        if (index >= count_ || !fetch_) return nullptr;
        if (index < first_ || index >= first_ + rows_.size()) {
            // A quarter before, the rest after: scrolling down is the common direction.
            first_ = index > size_ / 4 ? index - size_ / 4 : 0;
            rows_ = fetch_(first_, size_);
            ++fetches_;
        }
        const std::size_t at = index - first_;
        return at < rows_.size() ? &rows_[at] : nullptr;
    }
    // How many windows were read (tests see the screen read pages, not the list).
    [[nodiscard]] std::size_t fetches() const { return fetches_; }
    [[nodiscard]] std::size_t kept() const { return rows_.size(); }

private:
    std::size_t size_;
    std::size_t count_ = 0;
    Fetch fetch_;
    std::vector<Row> rows_;
    std::size_t first_ = 0;
    std::size_t fetches_ = 0;
};

}  // namespace pacta::presentation
