#pragma once
// Reading and binding the typed columns the contract tables share (dates, money).

#include <optional>

#include "pacta/db/statement.h"
#include "pacta/domain/date.h"
#include "pacta/domain/money.h"

namespace pacta::db {

inline void bind_date(Statement& st, int index, const std::optional<domain::Date>& d) {
    if (!d) {
        st.bind_null(index);
    } else {
        st.bind(index, std::string_view(d->iso()));
    }
}

inline std::optional<domain::Date> date_column(const Statement& st, int index) {
    if (st.column_is_null(index)) return std::nullopt;
    return domain::parse_iso_date(st.column_text(index)).value;
}

inline domain::Money money_columns(const Statement& st, int minor, int currency) {
    return domain::Money(st.column_int(minor),
                         domain::currency_from_code(st.column_text(currency)).value_or(domain::Currency::MXN));
}

}  // namespace pacta::db
