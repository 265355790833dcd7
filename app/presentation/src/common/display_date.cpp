#include "pacta/presentation/common/display_date.h"

#include <cctype>

#include "pacta/domain/date.h"

namespace pacta::presentation {
namespace {

bool iso_date_at_start(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    // A day that exists: "2024-02-30" is shown as it is, never as "30/02/2024".
    return domain::parse_iso_date(text.substr(0, 10)).value.has_value();
}

}  // namespace

std::string display_date(std::string_view iso) {
    if (!iso_date_at_start(iso) || (iso.size() > 10 && iso[10] != 'T')) return std::string(iso);
    return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
}

std::string display_timestamp(std::string_view iso) {
    if (!iso_date_at_start(iso) || iso.size() < 19 || iso[10] != 'T') return std::string(iso);
    std::string out = display_date(iso.substr(0, 10)) + " " + std::string(iso.substr(11, 8));
    if (iso.back() == 'Z') out += " UTC";
    return out;
}

}  // namespace pacta::presentation
