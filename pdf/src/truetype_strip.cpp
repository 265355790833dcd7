#include "truetype_strip.h"

#include <podofo/podofo.h>

#include <cstdint>
#include <map>
#include <vector>

namespace pacta::pdf {

namespace {

std::uint16_t u16(std::string_view d, std::size_t at) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(d[at]) << 8) | static_cast<unsigned char>(d[at + 1]));
}

std::uint32_t u32(std::string_view d, std::size_t at) {
    return (static_cast<std::uint32_t>(u16(d, at)) << 16) | u16(d, at + 2);
}

void put16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v >> 8));
    out.push_back(static_cast<char>(v & 0xFF));
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v >> 16));
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
}

void set32(std::string& out, std::size_t at, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) out[at + static_cast<std::size_t>(k)] = static_cast<char>((v >> (24 - 8 * k)) & 0xFF);
}

std::uint32_t checksum(std::string_view data) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < data.size(); i += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            word = (word << 8) | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0u);
        }
        sum += word;
    }
    return sum;
}

// One glyph without its instructions; empty optional when the record is malformed.
std::optional<std::string> strip_glyph(std::string_view g) {
    if (g.size() < 10) return std::string(g);
    const auto contours = static_cast<std::int16_t>(u16(g, 0));
    if (contours >= 0) {
        const std::size_t ends = 10 + 2 * static_cast<std::size_t>(contours);
        if (ends + 2 > g.size()) return std::nullopt;
        const std::size_t length = u16(g, ends);
        if (ends + 2 + length > g.size()) return std::nullopt;
        std::string out(g.substr(0, ends));
        put16(out, 0);
        out.append(g.substr(ends + 2 + length));
        return out;
    }
    // Composite glyph: walk the components, drop the trailing instructions.
    std::string out(g.substr(0, 10));
    std::size_t at = 10;
    while (true) {
        if (at + 4 > g.size()) return std::nullopt;
        std::uint16_t flags = u16(g, at);
        std::size_t size = 4 + ((flags & 0x0001) ? 4 : 2);
        if (flags & 0x0008) size += 2;
        else if (flags & 0x0040) size += 4;
        else if (flags & 0x0080) size += 8;
        if (at + size > g.size()) return std::nullopt;
        const bool more = (flags & 0x0020) != 0;
        flags = static_cast<std::uint16_t>(flags & ~0x0100u);  // WE_HAVE_INSTRUCTIONS
        put16(out, flags);
        out.append(g.substr(at + 2, size - 2));
        at += size;
        if (!more) break;
    }
    return out;
}

}  // namespace

std::optional<std::string> strip_truetype_hints(std::string_view font) {
    if (font.size() < 12 || (u32(font, 0) != 0x00010000 && u32(font, 0) != 0x74727565)) return std::nullopt;
    const std::size_t count = u16(font, 4);
    if (12 + 16 * count > font.size()) return std::nullopt;
    std::map<std::string, std::string_view> tables;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t rec = 12 + 16 * i;
        const std::string tag(font.substr(rec, 4));
        const std::size_t offset = u32(font, rec + 8);
        const std::size_t length = u32(font, rec + 12);
        if (offset + length > font.size()) return std::nullopt;
        tables[tag] = font.substr(offset, length);
    }
    if (!tables.count("head") || !tables.count("maxp") || !tables.count("loca") || !tables.count("glyf")) {
        return std::nullopt;
    }
    const std::string_view head = tables["head"];
    const std::string_view loca = tables["loca"];
    const std::string_view glyf = tables["glyf"];
    if (head.size() < 54 || tables["maxp"].size() < 6) return std::nullopt;
    const bool long_loca = u16(head, 50) == 1;
    const std::size_t glyphs = u16(tables["maxp"], 4);
    if (loca.size() < (glyphs + 1) * (long_loca ? 4 : 2)) return std::nullopt;
    auto offset_of = [&](std::size_t i) -> std::size_t { return long_loca ? u32(loca, 4 * i) : 2u * u16(loca, 2 * i); };

    std::string new_glyf;
    std::string new_loca;
    for (std::size_t i = 0; i < glyphs; ++i) {
        put32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));
        const std::size_t start = offset_of(i);
        const std::size_t end = offset_of(i + 1);
        if (end < start || end > glyf.size()) return std::nullopt;
        if (end == start) continue;
        auto g = strip_glyph(glyf.substr(start, end - start));
        if (!g) return std::nullopt;
        new_glyf += *g;
        while (new_glyf.size() % 4 != 0) new_glyf.push_back('\0');
    }
    put32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));

    std::string new_head(head);
    new_head[50] = 0;
    new_head[51] = 1;  // long loca offsets
    set32(new_head, 8, 0);  // checkSumAdjustment, set below

    tables.erase("fpgm");
    tables.erase("prep");
    tables.erase("cvt ");
    tables.erase("hdmx");
    tables.erase("LTSH");
    tables.erase("VDMX");
    std::map<std::string, std::string> out_tables;
    for (const auto& [tag, data] : tables) out_tables[tag] = std::string(data);
    out_tables["glyf"] = std::move(new_glyf);
    out_tables["loca"] = std::move(new_loca);
    out_tables["head"] = std::move(new_head);

    // Offset table, table directory (sorted by tag), then the tables, each 4-byte aligned.
    const auto n = static_cast<std::uint16_t>(out_tables.size());
    std::uint16_t power = 1, log2 = 0;
    while (power * 2 <= n) {
        power = static_cast<std::uint16_t>(power * 2);
        ++log2;
    }
    std::string out;
    put32(out, 0x00010000);
    put16(out, n);
    put16(out, static_cast<std::uint16_t>(power * 16));
    put16(out, log2);
    put16(out, static_cast<std::uint16_t>(n * 16 - power * 16));
    std::size_t offset = 12 + 16 * out_tables.size();
    std::size_t head_offset = 0;
    for (const auto& [tag, data] : out_tables) {
        out += tag;
        put32(out, checksum(data));
        put32(out, static_cast<std::uint32_t>(offset));
        put32(out, static_cast<std::uint32_t>(data.size()));
        if (tag == "head") head_offset = offset;
        offset += (data.size() + 3) / 4 * 4;
    }
    for (const auto& [tag, data] : out_tables) {
        out += data;
        while (out.size() % 4 != 0) out.push_back('\0');
    }
    set32(out, head_offset + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

namespace pd = PoDoFo;

void strip_embedded_font_hints(pd::PdfMemDocument& doc, pd::PdfObject& type0) {
    auto& objects = doc.GetObjects();
    auto deref = [&](pd::PdfObject* o) { return o != nullptr && o->IsReference() ? objects.GetObject(o->GetReference()) : o; };
    pd::PdfObject* descendants = deref(type0.GetDictionary().GetKey("DescendantFonts"));
    if (descendants == nullptr || !descendants->IsArray() || descendants->GetArray().empty()) return;
    pd::PdfObject* cid = deref(&descendants->GetArray()[0]);
    pd::PdfObject* descriptor = cid != nullptr ? deref(cid->GetDictionary().GetKey("FontDescriptor")) : nullptr;
    pd::PdfObject* file = descriptor != nullptr ? deref(descriptor->GetDictionary().GetKey("FontFile2")) : nullptr;
    if (file == nullptr || !file->HasStream()) return;
    char* data = nullptr;
    pd::pdf_long length = 0;
    file->GetStream()->GetFilteredCopy(&data, &length);
    const auto stripped = strip_truetype_hints(std::string_view(data, static_cast<std::size_t>(length)));
    pd::podofo_free(data);
    if (!stripped) return;
    file->GetStream()->Set(stripped->data(), static_cast<pd::pdf_long>(stripped->size()));
    file->GetDictionary().AddKey(pd::PdfName("Length1"), pd::PdfObject(static_cast<pd::pdf_int64>(stripped->size())));
}

}  // namespace pacta::pdf
