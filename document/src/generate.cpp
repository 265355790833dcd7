#include "pacta/document/generate.h"

#include "expansion.h"
#include "pacta/document/data_check.h"
#include "pacta/document/personal_values.h"

#include <algorithm>

namespace pacta::document {

std::string plain_text(const Runs& runs) {
    std::string out;
    for (const auto& r : runs) out += r.text;
    return out;
}

namespace {

void add_printed_forms(Document& doc, const Runs& runs) {
    for (const auto& run : runs) {
        if (run.personal_label.empty()) continue;
        for (auto& pv : doc.personal_values) {
            if (pv.label != run.personal_label) continue;
            if (std::find(pv.forms.begin(), pv.forms.end(), run.text) == pv.forms.end()) pv.forms.push_back(run.text);
            break;
        }
    }
}

void add_printed_forms(Document& doc, const std::vector<Block>& blocks) {
    for (const auto& b : blocks) {
        add_printed_forms(doc, b.runs);
        for (const auto& item : b.items) add_printed_forms(doc, item);
        add_printed_forms(doc, b.children);
    }
}

// A filter can print a value otherwise ("20 DE AGOSTO DE 1931"): what was printed is looked
// for too.
void add_printed_forms(Document& doc) { add_printed_forms(doc, doc.blocks); }

}  // namespace

Generation generate(const Template& tmpl, const DataValue& data, const domain::BusinessCalendar* calendar) {
    Generation result;
    DataCheck checked = check_data(tmpl, data, calendar);
    result.findings = std::move(checked.findings);
    result.data = std::move(checked.data);
    if (domain::has_errors(result.findings)) return result;
    auto personal = personal_values(tmpl, result.data);
    for (auto& f : personal_values_elsewhere(tmpl, result.data, personal)) result.findings.push_back(std::move(f));
    if (domain::has_errors(result.findings)) return result;
    try {
        const auto expansion = detail::expand(tmpl, result.data, calendar);
        for (const auto& f : expansion.findings) result.findings.push_back(f);
        if (domain::has_errors(result.findings)) return result;
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
        doc.personal_values = std::move(personal);
        add_printed_forms(doc);
        result.document = std::move(doc);
    } catch (const domain::RuleError& e) {
        result.findings.push_back(e.finding());
    }
    return result;
}

}  // namespace pacta::document
