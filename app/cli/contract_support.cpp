#include "contract_support.h"

#include "pacta/presentation/installed_templates.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;

std::string text_at(const document::DataValue& data, const std::string& path) {
    const auto* v = data.find(path);
    return v != nullptr && v->is_text() ? v->text() : std::string();
}

}  // namespace

std::optional<TemplateWithSource> load_template_with_source(const std::string& id_or_path, const Console& console) {
    fs::path template_path = id_or_path;
    if (!fs::exists(template_path)) {
        const auto bundled = presentation::installed_templates().template_path(id_or_path);
        if (!bundled) {
            console.error(fill(tr("there is no template «{id}»; «pacta-cli plantillas» lists them, or give the path of a "
                                  "template file."),
                               {{"id", id_or_path}}));
            return std::nullopt;
        }
        template_path = *bundled;
    }
    auto source = document::read_file(template_path).value_or("");
    auto parsed = document::parse_template(source, template_path.filename().string());
    if (!console.report_all(parsed.findings) || !parsed.value) return std::nullopt;
    return TemplateWithSource{std::move(*parsed.value), std::move(source)};
}

db::ContractContent content_of(const document::Template& tmpl, const document::DataValue& generated,
                               const std::string& inputs_json) {
    db::ContractContent c;
    c.data_json = inputs_json;
    // The contract's amount is its template's first amount field.
    for (const auto& f : tmpl.fields) {
        if (f.type != document::FieldType::importe) continue;
        if (auto money = domain::parse_money(text_at(generated, f.path), tmpl.info.currency).value) {
            c.total_minor = money->minor_units();
        }
        break;
    }
    c.signing_date = text_at(generated, "firma.fecha");
    c.start_date = text_at(generated, "vigencia.inicio");
    c.end_date = text_at(generated, "vigencia.fin");
    return c;
}

std::optional<document::Generation> regenerate(const db::ContractRecord& record, const Console& console) {
    // The exact template version the contract was made from, as stored.
    auto tmpl = document::parse_template(record.template_source, record.template_code);
    auto data = document::parse_json_data(record.data_json, record.folio);
    if (!console.report_all(tmpl.findings) || !console.report_all(data.findings) || !tmpl.value || !data.value) {
        return std::nullopt;
    }
    auto generated = document::generate(*tmpl.value, *data.value);
    if (!console.report_all(generated.findings)) return std::nullopt;
    return generated;
}

document::RenderOptions render_options(const std::optional<domain::Institution>& institution,
                                       const document::Document& doc, bool public_version) {
    document::RenderOptions render;
    render.public_version = public_version;
    if (institution) {
        render.legend = institution->public_legend;
        if (const auto at = render.legend.find("{etiqueta}"); at != std::string::npos) render.legend.replace(at, 10, "{label}");
        render.legal_basis = institution->legal_basis.empty() ? document::default_legal_basis(doc.country)
                                                              : institution->legal_basis;
    }
    return render;
}

}  // namespace pacta::cli
