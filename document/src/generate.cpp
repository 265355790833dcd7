#include "pacta/document/generate.h"

#include "expansion.h"
#include "pacta/document/data_check.h"

namespace pacta::document {

std::string plain_text(const Runs& runs) {
    std::string out;
    for (const auto& r : runs) out += r.text;
    return out;
}

Generation generate(const Template& tmpl, const DataValue& data) {
    Generation result;
    DataCheck checked = check_data(tmpl, data);
    result.findings = std::move(checked.findings);
    result.data = std::move(checked.data);
    if (domain::has_errors(result.findings)) return result;
    try {
        const auto expansion = detail::expand(tmpl, result.data);
        Document doc;
        doc.template_id = tmpl.info.id;
        doc.template_version = tmpl.info.version;
        doc.title = tmpl.info.title;
        // @autor and @asunto name a field or give the text itself.
        auto resolve = [&](const std::string& v) {
            const DataValue* found = tmpl.field(v) != nullptr ? result.data.find(v) : nullptr;
            return found != nullptr && found->is_text() ? found->text() : v;
        };
        doc.author = resolve(tmpl.info.author);
        doc.subject = resolve(tmpl.info.subject);
        doc.country = tmpl.info.country;
        doc.paper = tmpl.info.paper;
        doc.initials_box = tmpl.info.initials_box;
        doc.blocks = detail::build_blocks(expansion);
        result.document = std::move(doc);
    } catch (const domain::RuleError& e) {
        result.findings.push_back(e.finding());
    }
    return result;
}

}  // namespace pacta::document
