#include "line_binding.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace pacta::pdf::detail {

namespace {

bool is_month(std::string t) {
    static constexpr std::string_view months[] = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                                                  "agosto", "septiembre", "setiembre", "octubre", "noviembre",
                                                  "diciembre"};
    for (auto& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return std::find(std::begin(months), std::end(months), t) != std::end(months);
}

bool digits(const std::string& t, std::size_t min, std::size_t max) {
    return t.size() >= min && t.size() <= max &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_of(const std::string& t) { return t == "de" || t == "DE"; }

}  // namespace

std::vector<bool> bound_words(const std::vector<std::string>& ws, const std::vector<bool>& hard_break_after) {
    static constexpr std::string_view signs[] = {"N.º", "Nº", "N°", "S/", "$", "US$", "Art.", "art."};
    std::vector<bool> glue(ws.size(), false);
    for (std::size_t i = 1; i < ws.size(); ++i) {
        if (std::find(std::begin(signs), std::end(signs), ws[i - 1]) != std::end(signs)) glue[i] = true;
    }
    // «15 de marzo» and, when it follows, «de 2025» (a comma or period may end the year).
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!digits(ws[i], 1, 2) || !is_of(ws[i + 1]) || !is_month(ws[i + 2])) continue;
        glue[i + 1] = glue[i + 2] = true;
        if (i + 4 < ws.size()) {
            std::string year = ws[i + 4];
            while (!year.empty() && !(year.back() >= '0' && year.back() <= '9')) year.pop_back();
            if (is_of(ws[i + 3]) && digits(year, 4, 4)) glue[i + 3] = glue[i + 4] = true;
        }
    }
    for (std::size_t i = 1; i < ws.size(); ++i) {
        if (hard_break_after[i - 1]) glue[i] = false;
    }
    return glue;
}

}  // namespace pacta::pdf::detail
