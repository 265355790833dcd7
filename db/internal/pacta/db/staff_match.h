#pragma once
// Which people a search box's text finds, as SQL every staff, contract and payments search
// shares.
#include <functional>
#include <string>

namespace pacta::db {

// Binds a value and returns its placeholder ("?7").
using BindValue = std::function<std::string(const std::string&)>;

// A SELECT of one column, `id`: the people for whom every word of `text` starts a word of
// their names, unit or carné (the text index, without accents or case) or starts their CURP,
// RFC, DNI or RUC (each on its own index). Empty when the text has no word; past 16
// different words, the rest are not looked for.
[[nodiscard]] std::string staff_ids_matching(const std::string& text, const BindValue& bind);

}  // namespace pacta::db
