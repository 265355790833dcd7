#include "revision_changes.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <set>

namespace pacta::pdf::detail {

namespace {

namespace pd = PoDoFo;

std::unique_ptr<pd::PdfMemDocument> load_revision(const std::string& bytes, std::size_t end) {
    auto doc = std::make_unique<pd::PdfMemDocument>();
    try {
        doc->LoadFromBuffer(bytes.data(), static_cast<long>(end));
    } catch (...) {
        return nullptr;
    }
    return doc;
}

std::string name_of(const pd::PdfDictionary& dict, const char* key) {
    const pd::PdfObject* value = dict.GetKey(pd::PdfName(key));
    return value != nullptr && value->IsName() ? value->GetName().GetName() : std::string();
}

std::string text_of(const pd::PdfObject* object) {
    std::string text;
    if (object != nullptr) object->ToString(text);
    return text;
}

// The raw (still encoded) bytes of a stream object; empty when it has none.
std::string stream_of(pd::PdfObject* object) {
    if (!object->HasStream()) return {};
    char* data = nullptr;
    pd::pdf_long length = 0;
    object->GetStream()->GetCopy(&data, &length);
    std::string out(data, static_cast<std::size_t>(std::max<pd::pdf_long>(length, 0)));
    pd::podofo_free(data);
    return out;
}

// The keys whose values differ between two versions of a dictionary.
std::set<std::string> changed_keys(const pd::PdfDictionary& before, const pd::PdfDictionary& after) {
    std::set<std::string> keys;
    for (const auto& [key, value] : before.GetKeys()) {
        if (text_of(after.GetKey(key)) != text_of(value)) keys.insert(key.GetName());
    }
    for (const auto& [key, value] : after.GetKeys()) {
        if (!before.HasKey(key)) keys.insert(key.GetName());
    }
    return keys;
}

bool within(const std::set<std::string>& keys, std::initializer_list<const char*> allowed) {
    return std::all_of(keys.begin(), keys.end(), [&](const std::string& k) {
        return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; });
    });
}

// What kind of object it is, for the reader.
LaterChange::Kind kind_of(const pd::PdfObject& object) {
    using K = LaterChange::Kind;
    if (!object.IsDictionary()) return K::other;
    const std::string type = name_of(object.GetDictionary(), "Type");
    if (type == "Page") return K::page;
    if (type == "Pages") return K::page_tree;
    if (type == "Catalog") return K::catalog;
    if (type == "Font" || type == "FontDescriptor") return K::font;
    if (object.HasStream()) return K::content;
    return K::other;
}

// Whether `after` (an object `before` had) changed only as signing changes it.
bool signing_change(pd::PdfObject& before, pd::PdfObject& after) {
    if (!before.IsDictionary() || !after.IsDictionary()) return false;
    if (stream_of(&before) != stream_of(&after)) return false;
    const auto& b = before.GetDictionary();
    const auto& a = after.GetDictionary();
    const auto keys = changed_keys(b, a);
    if (keys.empty()) return true;
    const std::string type = name_of(a, "Type");
    if (name_of(a, "FT") == "Sig" || name_of(b, "FT") == "Sig") return within(keys, {"V", "AP", "AS", "F", "Lock", "SV"});
    if (type == "Catalog") return within(keys, {"AcroForm", "DSS", "Perms", "Extensions"});
    if (a.HasKey(pd::PdfName("Fields"))) return within(keys, {"Fields", "SigFlags", "DR", "DA"});  // the AcroForm
    return false;
}

std::vector<LaterChange> changes_between(pd::PdfMemDocument& before, pd::PdfMemDocument& after) {
    std::vector<LaterChange> found;
    const auto note = [&](LaterChange::Kind kind, const pd::PdfObject& object) {
        if (found.size() < 8) found.push_back({kind, object.Reference().ObjectNumber()});
    };
    for (pd::PdfObject* object : after.GetObjects()) {
        if (object == nullptr) continue;
        if (object->IsDictionary()) {
            const std::string type = name_of(object->GetDictionary(), "Type");
            if (type == "XRef" || type == "ObjStm") continue;  // the file's own bookkeeping
        }
        pd::PdfObject* old = before.GetObjects().GetObject(object->Reference());
        if (old == nullptr) {
            // A new object matters only through a changed one that points to it, but a new
            // page is worth naming.
            if (kind_of(*object) == LaterChange::Kind::page) note(LaterChange::Kind::page_added, *object);
            continue;
        }
        if (!signing_change(*old, *object)) note(kind_of(*object), *object);
    }
    for (pd::PdfObject* object : before.GetObjects()) {
        if (object != nullptr && after.GetObjects().GetObject(object->Reference()) == nullptr) {
            note(LaterChange::Kind::removed, *object);
        }
    }
    return found;
}

}  // namespace

std::vector<std::vector<LaterChange>> revision_changes(const std::string& bytes, const std::vector<std::size_t>& ends,
                                                       std::size_t first) {
    std::vector<std::vector<LaterChange>> changes(ends.size());
    if (first >= ends.size()) return changes;
    auto previous = load_revision(bytes, ends[first]);
    for (std::size_t k = first + 1; k < ends.size(); ++k) {
        auto current = load_revision(bytes, ends[k]);
        if (!previous || !current) {
            changes[k] = {{LaterChange::Kind::unreadable_revision, static_cast<unsigned>(k + 1)}};
        } else {
            changes[k] = changes_between(*previous, *current);
        }
        previous = std::move(current);
    }
    return changes;
}

}  // namespace pacta::pdf::detail
