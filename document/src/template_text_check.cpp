#include "template_text_check.h"

#include <string>

#include "pacta/domain/clean_text.h"

namespace pacta::document::detail {

std::optional<domain::Finding> disallowed_in_template(std::string_view text, std::string_view name) {
    std::size_t line_number = 1;
    for (std::size_t start = 0; start <= text.size(); ++line_number) {
        const auto end = std::min(text.find('\n', start), text.size());
        // A carriage return ends a Windows line; anywhere else it is refused like any control.
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (const auto found = domain::find_disallowed_character(line, false)) {
            domain::Finding f("template.disallowed_character", domain::Severity::error, std::string(name));
            f.with("line", std::to_string(line_number))
                .with("column", std::to_string(found->position))
                .with("character", domain::code_point_name(found->code_point));
            return f;
        }
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace pacta::document::detail
