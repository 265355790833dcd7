#pragma once
// The state of a list screen, for a virtual list control: rows of text, an incremental
// accent- and case-insensitive search, one filter per column, sorting, and counts. Built for
// 100,000 rows: the control asks for the cells it shows, nothing more.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pacta/presentation/common/list_model.h"

namespace pacta::presentation {

// Lower case without accents, ñ as n: what people type in a search box.
[[nodiscard]] std::string search_fold(const std::string& text);

class RecordList : public ListModel {
public:
    explicit RecordList(std::vector<std::string> columns) : columns_(std::move(columns)) {}

    // Replaces every row; each row has one cell per column. Search and sorting are kept.
    void set_rows(std::vector<std::vector<std::string>> rows);

    // Rows whose cells contain every word of `text`, accents and case aside ("martinez
    // enfermeria" finds "Martínez ... Enfermería").
    void set_search(const std::string& text) override;
    // Only rows whose cell in `column` equals `value` exactly; an empty value clears it.
    void set_filter(std::size_t column, const std::string& value) override;
    // Only rows whose period (ISO dates in `start_column`..`end_column`) overlaps from..to;
    // an empty bound is open, an empty end date means "no end". Both empty clear it.
    void set_period(std::size_t start_column, std::size_t end_column, const std::string& from,
                    const std::string& to) override;
    // Dates (AAAA-MM-DD) and text sort as text; amounts are compared by their digits.
    void sort_by(std::size_t column, bool ascending) override;

    [[nodiscard]] const std::vector<std::string>& columns() const override { return columns_; }
    [[nodiscard]] std::size_t count() const override { return visible_.size(); }
    [[nodiscard]] std::size_t total() const override { return rows_.size(); }
    [[nodiscard]] const std::string& cell(std::size_t row, std::size_t column) const override;
    // The index in the rows given to set_rows of the row shown at `row`.
    [[nodiscard]] std::size_t source_index(std::size_t row) const { return visible_.at(row); }
    // The distinct values of a column, sorted, for a filter's choices.
    [[nodiscard]] std::vector<std::string> values_of(std::size_t column) const override;

private:
    void refresh();

    std::vector<std::string> columns_;
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::string> folded_;  // each row's cells, folded, for the search
    std::vector<std::string> search_words_;
    std::vector<std::pair<std::size_t, std::string>> filters_;
    struct Period {
        std::size_t start_column = 0, end_column = 0;
        std::string from, to;
    };
    std::optional<Period> period_;
    std::size_t sort_column_ = 0;
    bool ascending_ = true;
    bool sorted_ = false;
    std::vector<std::size_t> visible_;
};

}  // namespace pacta::presentation
