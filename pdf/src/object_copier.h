#pragma once
// Copies an object graph from one PoDoFo document into another (a font subset built once into
// every contract that uses it; a signature's appearance into the signed PDF).
#include <podofo/podofo.h>

#include <map>

namespace pacta::pdf::detail {

namespace pd = PoDoFo;

// Copies an object graph from one document into another, following references; streams
// are copied as they are stored (already compressed).
class ObjectCopier {
public:
    ObjectCopier(const pd::PdfVecObjects& from, pd::PdfVecObjects& to) : from_(from), to_(to) {}

    pd::PdfReference copy_indirect(const pd::PdfReference& ref) {
        const auto known = copied_.find(ref);
        if (known != copied_.end()) return known->second;
        const pd::PdfObject* src = from_.GetObject(ref);
        pd::PdfObject* dst = to_.CreateObject(pd::PdfVariant());
        copied_.emplace(ref, dst->Reference());
        static_cast<pd::PdfVariant&>(*dst) = copy_value(*src);
        if (src->HasStream()) {
            char* data = nullptr;
            pd::pdf_long length = 0;
            src->GetStream()->GetCopy(&data, &length);
            pd::PdfMemoryInputStream input(data, length);
            dst->GetStream()->SetRawData(&input, length);
            pd::podofo_free(data);
        }
        return dst->Reference();
    }

private:
    static bool holds_reference(const pd::PdfVariant& v) {
        if (v.IsReference()) return true;
        if (v.IsDictionary()) {
            for (const auto& [key, value] : v.GetDictionary().GetKeys()) {
                if (holds_reference(*value)) return true;
            }
        }
        if (v.IsArray()) {
            for (const auto& item : v.GetArray()) {
                if (holds_reference(item)) return true;
            }
        }
        return false;
    }

    pd::PdfVariant copy_value(const pd::PdfVariant& v) {
        // Most of a font (its widths array) holds no references: one plain copy will do.
        if (!holds_reference(v)) return v;
        if (v.IsReference()) return pd::PdfVariant(copy_indirect(v.GetReference()));
        if (v.IsDictionary()) {
            pd::PdfDictionary d;
            for (const auto& [key, value] : v.GetDictionary().GetKeys()) d.AddKey(key, pd::PdfObject(copy_value(*value)));
            return pd::PdfVariant(d);
        }
        if (v.IsArray()) {
            pd::PdfArray a;
            for (const auto& item : v.GetArray()) a.push_back(pd::PdfObject(copy_value(item)));
            return pd::PdfVariant(a);
        }
        return v;
    }

    const pd::PdfVecObjects& from_;
    pd::PdfVecObjects& to_;
    std::map<pd::PdfReference, pd::PdfReference> copied_;
};

}  // namespace pacta::pdf::detail
