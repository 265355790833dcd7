#include "acroform_fields.h"

namespace pacta::pdf::detail {

namespace {

namespace pd = PoDoFo;

void walk(pd::PdfMemDocument& doc, pd::PdfObject* node, const std::string& parent, int depth,
          std::vector<SignatureField>& out) {
    if (node == nullptr || depth > 16) return;
    if (node->IsReference()) node = doc.GetObjects().GetObject(node->GetReference());
    if (node == nullptr || !node->IsDictionary()) return;
    const auto& dict = node->GetDictionary();
    std::string name = parent;
    if (const auto* t = dict.GetKey(pd::PdfName("T")); t != nullptr && t->IsString()) {
        name = (parent.empty() ? "" : parent + ".") + t->GetString().GetStringUtf8();
    }
    const auto* ft = dict.GetKey(pd::PdfName("FT"));
    if (ft != nullptr && ft->IsName() && ft->GetName() == pd::PdfName("Sig")) {
        const auto* v = dict.GetKey(pd::PdfName("V"));
        unsigned value = 0;
        if (v != nullptr && v->IsReference()) value = v->GetReference().ObjectNumber();
        if (v != nullptr && !v->IsReference()) value = ~0U;  // a direct signature: signed, but no object
        out.push_back({node, name, value});
    }
    if (const auto* kids = node->GetIndirectKey(pd::PdfName("Kids")); kids != nullptr && kids->IsArray()) {
        for (const auto& kid : kids->GetArray()) walk(doc, const_cast<pd::PdfObject*>(&kid), name, depth + 1, out);
    }
}

}  // namespace

std::vector<SignatureField> signature_fields_of(pd::PdfMemDocument& doc) {
    std::vector<SignatureField> out;
    pd::PdfObject* form = doc.GetCatalog()->GetIndirectKey(pd::PdfName("AcroForm"));
    if (form == nullptr || !form->IsDictionary()) return out;
    pd::PdfObject* fields = form->GetIndirectKey(pd::PdfName("Fields"));
    if (fields == nullptr || !fields->IsArray()) return out;
    for (auto& field : fields->GetArray()) walk(doc, &field, "", 0, out);
    return out;
}

}  // namespace pacta::pdf::detail
