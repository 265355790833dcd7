#include "pacta/presentation/common/display_date.h"

#include <cctype>
#include <ctime>

#include "pacta/domain/date.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {
namespace {

bool digits_at(std::string_view text, std::initializer_list<std::size_t> positions) {
    for (const std::size_t i : positions) {
        if (i >= text.size() || std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    return true;
}

bool iso_date_at_start(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !digits_at(text, {0, 1, 2, 3, 5, 6, 8, 9})) return false;
    // A day that exists: "2024-02-30" is shown as it is, never as "30/02/2024".
    return domain::parse_iso_date(text.substr(0, 10)).value.has_value();
}

int number(std::string_view digits) {
    int n = 0;
    for (const char c : digits) n = n * 10 + (c - '0');
    return n;
}

}  // namespace

std::string display_date(std::string_view iso) {
    if (!iso_date_at_start(iso) || (iso.size() > 10 && iso[10] != 'T')) return std::string(iso);
    return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
}

std::string display_timestamp(std::string_view iso) {
    if (!iso_date_at_start(iso) || iso.size() < 19 || iso[10] != 'T' || iso[13] != ':' || iso[16] != ':' ||
        !digits_at(iso, {11, 12, 14, 15, 17, 18})) {
        return std::string(iso);
    }
    if (iso.back() != 'Z') return display_date(iso.substr(0, 10)) + " " + std::string(iso.substr(11, 8));
    std::tm utc{};
    utc.tm_year = number(iso.substr(0, 4)) - 1900;
    utc.tm_mon = number(iso.substr(5, 2)) - 1;
    utc.tm_mday = number(iso.substr(8, 2));
    utc.tm_hour = number(iso.substr(11, 2));
    utc.tm_min = number(iso.substr(14, 2));
    utc.tm_sec = number(iso.substr(17, 2));
    const std::time_t when = timegm(&utc);
    std::tm local{};
    if (when == static_cast<std::time_t>(-1) || localtime_r(&when, &local) == nullptr) return std::string(iso);
    char text[32];
    std::strftime(text, sizeof text, "%d/%m/%Y %H:%M:%S", &local);
    return text;
}

std::string display_month(std::string_view iso_month) {
    if (iso_month.size() != 7 || iso_month[4] != '-' || !digits_at(iso_month, {0, 1, 2, 3, 5, 6})) {
        return std::string(iso_month);
    }
    const int month = number(iso_month.substr(5, 2));
    if (month < 1 || month > 12) return std::string(iso_month);
    static const char* const names[] = {
        locale::noop_tr_context("month", "January"),   locale::noop_tr_context("month", "February"),
        locale::noop_tr_context("month", "March"),     locale::noop_tr_context("month", "April"),
        locale::noop_tr_context("month", "May"),       locale::noop_tr_context("month", "June"),
        locale::noop_tr_context("month", "July"),      locale::noop_tr_context("month", "August"),
        locale::noop_tr_context("month", "September"), locale::noop_tr_context("month", "October"),
        locale::noop_tr_context("month", "November"),  locale::noop_tr_context("month", "December")};
    return locale::fill(locale::tr("{month} {year}"),
                        {{"month", locale::tr_context("month", names[month - 1])},
                         {"year", std::string(iso_month.substr(0, 4))}});
}

std::string display_sort_key(std::string_view cell) {
    if (cell.size() >= 10 && cell[2] == '/' && cell[5] == '/' && digits_at(cell, {0, 1, 3, 4, 6, 7, 8, 9})) {
        return std::string(cell.substr(6, 4)) + "-" + std::string(cell.substr(3, 2)) + "-" +
               std::string(cell.substr(0, 2)) + std::string(cell.substr(10));
    }
    return std::string(cell);
}

}  // namespace pacta::presentation
