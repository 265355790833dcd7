// md4c turns the expanded Markdown into the document model; markers.h carries what
// Markdown cannot express.
#include <md4c.h>

#include <charconv>
#include <optional>
#include <stdexcept>

#include "expansion.h"
#include "markers.h"

namespace pacta::document::detail {

namespace {

std::string decode_entity(std::string_view entity) {
    if (entity == "&amp;") return "&";
    if (entity == "&lt;") return "<";
    if (entity == "&gt;") return ">";
    if (entity == "&quot;") return "\"";
    if (entity == "&nbsp;") return "\u00A0";
    return std::string(entity);
}

Run line_break() {
    Run r;
    r.text = "\n";
    return r;
}

class Builder {
public:
    explicit Builder(const Expansion& e) : expansion_(e) {}

    std::vector<Block> run() {
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML;
        parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return self(u).enter_block(t, d); };
        parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) { return self(u).leave_block(t, d); };
        parser.enter_span = [](MD_SPANTYPE t, void*, void* u) { return self(u).span(t, true); };
        parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return self(u).span(t, false); };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) { return self(u).text(t, s, n); };
        const std::string& md = expansion_.markdown;
        if (md_parse(md.data(), static_cast<MD_SIZE>(md.size()), &parser, this) != 0) {
            throw std::runtime_error("md4c could not parse the expanded template");
        }
        close_clause();
        return std::move(blocks_);
    }

private:
    static Builder& self(void* user) { return *static_cast<Builder*>(user); }

    std::vector<Block>& target() { return clause_open_ ? blocks_.back().children : blocks_; }

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_H:
                current_ = Block{};
                current_.kind = Block::Kind::heading;
                current_.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
                collecting_ = &current_.runs;
                break;
            case MD_BLOCK_P:
                if (list_depth_ > 0) {
                    // A paragraph inside a list item: keep the item's runs, one line per paragraph.
                    if (collecting_ != nullptr && !collecting_->empty()) collecting_->push_back(line_break());
                    break;
                }
                current_ = Block{};
                current_.kind = Block::Kind::paragraph;
                collecting_ = &current_.runs;
                break;
            case MD_BLOCK_UL:
            case MD_BLOCK_OL:
                if (list_depth_++ == 0) {
                    list_ = Block{};
                    list_.kind = Block::Kind::list;
                    if (type == MD_BLOCK_OL) {
                        list_.list_style = ListStyle::number;
                        list_.list_start = static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start);
                    }
                }
                break;
            case MD_BLOCK_LI:
                if (list_depth_ == 1) {
                    list_.items.emplace_back();
                    collecting_ = &list_.items.back();
                } else if (collecting_ != nullptr) {
                    collecting_->push_back(line_break());  // nested items continue the outer one
                }
                break;
            default: break;
        }
        return 0;
    }

    int leave_block(MD_BLOCKTYPE type, void*) {
        switch (type) {
            case MD_BLOCK_H:
                close_personal();
                target().push_back(std::move(current_));
                collecting_ = nullptr;
                break;
            case MD_BLOCK_P:
                if (list_depth_ > 0) break;
                close_personal();
                finish_paragraph();
                collecting_ = nullptr;
                break;
            case MD_BLOCK_UL:
            case MD_BLOCK_OL:
                if (--list_depth_ == 0) {
                    finish_list();
                    collecting_ = nullptr;
                }
                break;
            default: break;
        }
        return 0;
    }

    int span(MD_SPANTYPE type, bool enter) {
        if (type == MD_SPAN_STRONG) bold_ += enter ? 1 : -1;
        if (type == MD_SPAN_EM) italic_ += enter ? 1 : -1;
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR* s, MD_SIZE size) {
        if (collecting_ == nullptr) return 0;
        switch (type) {
            case MD_TEXT_BR: append("\n"); break;
            case MD_TEXT_SOFTBR: append(" "); break;
            case MD_TEXT_ENTITY: append(decode_entity(std::string_view(s, size))); break;
            case MD_TEXT_NULLCHAR: break;
            default: append_marked(std::string_view(s, size)); break;
        }
        return 0;
    }

    // Splits text at the personal-data markers, which may arrive across several callbacks:
    // between them is the index of the value in Expansion::personal_values.
    void append_marked(std::string_view s) {
        while (!s.empty()) {
            if (reading_index_) {
                const auto end = s.find(marker::personal_end);
                index_text_ += std::string(s.substr(0, end));
                if (end == std::string_view::npos) return;
                reading_index_ = false;
                if (const auto index = parse_index(index_text_); index && *index < expansion_.personal_values.size()) {
                    const auto& p = expansion_.personal_values[*index];
                    append(p.value, p.label);
                }
                index_text_.clear();
                s.remove_prefix(end + marker::personal_end.size());
                continue;
            }
            const auto begin = s.find(marker::personal_begin);
            append(s.substr(0, begin));
            if (begin == std::string_view::npos) return;
            reading_index_ = true;
            index_text_.clear();
            s.remove_prefix(begin + marker::personal_begin.size());
        }
    }

    void append(std::string_view s, const std::string& label = {}) {
        if (s.empty()) return;
        const bool bold = bold_ > 0;
        const bool italic = italic_ > 0;
        if (!collecting_->empty()) {
            Run& last = collecting_->back();
            if (last.bold == bold && last.italic == italic && last.personal_label == label && last.text != "\n" &&
                s != "\n") {
                last.text += s;
                return;
            }
        }
        Run run;
        run.text = std::string(s);
        run.bold = bold;
        run.italic = italic;
        run.personal_label = label;
        collecting_->push_back(std::move(run));
    }

    void close_personal() {
        reading_index_ = false;
        index_text_.clear();
    }

    static std::optional<std::size_t> parse_index(std::string_view digits) {
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
        return value;
    }

    // The index between two markers ("\uE0141\uE015" -> 1); nullopt when it is not one.
    static std::optional<std::size_t> index_between(const std::string& text, std::string_view open,
                                                    std::string_view close) {
        const auto a = text.find(open);
        const auto b = a == std::string::npos ? a : text.find(close, a + open.size());
        if (b == std::string::npos) return std::nullopt;
        return parse_index(std::string_view(text).substr(a + open.size(), b - a - open.size()));
    }

    void finish_paragraph() {
        const std::string plain = plain_text(current_.runs);
        if (plain == marker::clause_end) {
            close_clause();
            return;
        }
        if (plain == marker::page_break) {
            Block b;
            b.kind = Block::Kind::page_break;
            target().push_back(std::move(b));
            return;
        }
        if (plain.rfind(marker::signatures_begin, 0) == 0) {
            const auto index = index_between(plain, marker::signatures_begin, marker::signatures_end);
            if (index && *index < expansion_.signature_blocks.size()) {
                Block b;
                b.kind = Block::Kind::signatures;
                b.signatories = expansion_.signature_blocks[*index];
                target().push_back(std::move(b));
            }
            return;
        }
        if (plain.rfind(marker::clause_begin, 0) == 0) {
            const auto index = index_between(plain, marker::clause_begin, marker::clause_index_end);
            if (index && *index < expansion_.clauses.size()) open_clause(expansion_.clauses[*index]);
            return;
        }
        if (!current_.runs.empty()) target().push_back(std::move(current_));
    }

    void finish_list() {
        if (!list_.items.empty() && !list_.items.front().empty() &&
            list_.items.front().front().text.rfind(marker::lettered_item, 0) == 0) {
            list_.list_style = ListStyle::letter;
        }
        for (auto& item : list_.items) {
            if (!item.empty() && item.front().text.rfind(marker::lettered_item, 0) == 0) {
                item.front().text.erase(0, marker::lettered_item.size());
            }
        }
        target().push_back(std::move(list_));
    }

    void open_clause(const ClauseInfo& info) {
        close_clause();
        Block clause;
        clause.kind = Block::Kind::clause;
        clause.clause_key = info.key;
        clause.clause_number = info.number;
        clause.clause_ordinal = info.ordinal;
        clause.clause_heading = info.heading;
        clause.clause_heading_own_line = info.own_line;
        blocks_.push_back(std::move(clause));
        clause_open_ = true;
    }

    void close_clause() { clause_open_ = false; }

    const Expansion& expansion_;
    std::vector<Block> blocks_;
    Block current_;
    Block list_;
    Runs* collecting_ = nullptr;
    int list_depth_ = 0;
    int bold_ = 0;
    int italic_ = 0;
    bool clause_open_ = false;
    bool reading_index_ = false;
    std::string index_text_;
};

}  // namespace

std::vector<Block> build_blocks(const Expansion& expansion) { return Builder(expansion).run(); }

}  // namespace pacta::document::detail
