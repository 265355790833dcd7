#include "pacta/presentation/templates/data_skeleton.h"

#include <nlohmann/json.hpp>

#include "pacta/document/json_data.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace {

using json = nlohmann::ordered_json;
using document::FieldType;
using locale::tr;

json empty_value(FieldType type) {
    return type == FieldType::lista || type == FieldType::registros ? json::array() : json("");
}

// Puts `field` at its nested path; a name on the way that is a registros field leads into
// its one record. A path that runs through a value already placed (a template declaring
// both "a" and "a.b") is left out rather than guessed.
void place(json& root, const document::Template& tmpl, const document::FieldSpec& field) {
    json* at = &root;
    std::string so_far;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = field.path.find('.', start);
        const std::string name = field.path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        so_far += (so_far.empty() ? "" : ".") + name;
        if (!at->is_object()) return;
        if (dot == std::string::npos) {
            if (!at->contains(name)) (*at)[name] = empty_value(field.type);
            return;
        }
        json& next = (*at)[name];
        const auto* spec = tmpl.field(so_far);
        if (spec != nullptr && spec->type == FieldType::registros) {
            if (next.is_null()) next = json::array();
            if (!next.is_array()) return;
            if (next.empty()) next.push_back(json::object());
            at = &next.front();
        } else {
            if (next.is_null()) next = json::object();
            at = &next;
        }
        start = dot + 1;
    }
}

}  // namespace

std::string field_help(const document::FieldSpec& field) {
    const std::string required =
        field.required_if ? locale::fill(tr("required if {condition}"), {{"condition", field.required_if_text}})
                          : (field.required ? tr("required") : tr("optional"));
    std::string help = field.label + " — " + std::string(document::field_type_name(field.type)) + ", " + required;
    if (field.personal) help += ", " + tr("personal");
    if (!field.help.empty()) help += ": " + field.help;
    return help;
}

std::string data_skeleton(const document::Template& tmpl) {
    json root = json::object();
    json help = json::object();
    for (const auto& field : tmpl.fields) {
        place(root, tmpl, field);
        help[field.path] = field_help(field);
    }
    root[std::string(document::help_key)] = std::move(help);
    return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace pacta::presentation
