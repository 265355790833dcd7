#include "pacta/domain/number_words.h"

#include <map>
#include <sstream>

#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

const std::map<std::string, std::uint64_t>& small_numbers() {
    static const std::map<std::string, std::uint64_t> words = [] {
        std::map<std::string, std::uint64_t> m = {
            {"cero", 0},          {"un", 1},            {"uno", 1},           {"una", 1},
            {"dos", 2},           {"tres", 3},          {"cuatro", 4},        {"cinco", 5},
            {"seis", 6},          {"siete", 7},         {"ocho", 8},          {"nueve", 9},
            {"diez", 10},         {"once", 11},         {"doce", 12},         {"trece", 13},
            {"catorce", 14},      {"quince", 15},       {"dieciseis", 16},    {"diecisiete", 17},
            {"dieciocho", 18},    {"diecinueve", 19},   {"veinte", 20},       {"veintiun", 21},
            {"veintiuno", 21},    {"veintiuna", 21},    {"veintidos", 22},    {"veintitres", 23},
            {"veinticuatro", 24}, {"veinticinco", 25},  {"veintiseis", 26},   {"veintisiete", 27},
            {"veintiocho", 28},   {"veintinueve", 29},  {"treinta", 30},      {"cuarenta", 40},
            {"cincuenta", 50},    {"sesenta", 60},      {"setenta", 70},      {"ochenta", 80},
            {"noventa", 90},      {"cien", 100},        {"ciento", 100},      {"doscientos", 200},
            {"doscientas", 200},  {"trescientos", 300}, {"trescientas", 300}, {"cuatrocientos", 400},
            {"cuatrocientas", 400}, {"quinientos", 500}, {"quinientas", 500}, {"seiscientos", 600},
            {"seiscientas", 600}, {"setecientos", 700}, {"setecientas", 700}, {"ochocientos", 800},
            {"ochocientas", 800}, {"novecientos", 900}, {"novecientas", 900},
        };
        return m;
    }();
    return words;
}

}  // namespace

std::string fold_spanish(std::string_view text) {
    std::string out;
    for (char32_t c : decode_utf8(to_lower_es(text))) out += encode_utf8(without_accent(c));
    return out;
}

std::optional<std::uint64_t> parse_cardinal_words(std::string_view words, std::string* unknown) {
    std::istringstream in(fold_spanish(words));
    std::uint64_t result = 0;   // millions and up, already multiplied
    std::uint64_t section = 0;  // below a million
    std::uint64_t current = 0;  // below a thousand
    bool any = false;
    std::string word;
    while (in >> word) {
        while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
        if (word.empty() || word == "y" || word == "de") continue;
        if (const auto it = small_numbers().find(word); it != small_numbers().end()) {
            current += it->second;
        } else if (word == "mil") {
            section += (current == 0 ? 1 : current) * 1000;
            current = 0;
        } else if (word == "millon" || word == "millones") {
            const std::uint64_t below = section + current;
            result += (below == 0 ? 1 : below) * 1'000'000;
            section = current = 0;
        } else if (word == "billon" || word == "billones") {
            const std::uint64_t below = result + section + current;
            result = (below == 0 ? 1 : below) * 1'000'000'000'000;
            section = current = 0;
        } else {
            if (unknown != nullptr) *unknown = word;
            return std::nullopt;
        }
        any = true;
    }
    if (!any) {
        if (unknown != nullptr) unknown->clear();
        return std::nullopt;
    }
    return result + section + current;
}

}  // namespace pacta::domain
