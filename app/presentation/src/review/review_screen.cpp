#include "pacta/presentation/review/review_screen.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/payments/payment_schedule.h"

#include <functional>
#include <map>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template.h"
#include "pacta/domain/text_compare.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/review/comparison.h"
#include "pacta/presentation/review/review_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

// The generated document of a template text and its data; nullopt when either fails.
std::optional<document::Document> generate(const std::string& source, const std::string& code, const std::string& data) {
    const auto tmpl = document::parse_template(source, code);
    const auto values = document::parse_json_data(data, code);
    if (!tmpl.value || !values.value) return std::nullopt;
    auto generated = generate_with_rules(*tmpl.value, *values.value);
    return generated.document;
}

std::string clause_text(const document::Block& clause) {
    std::string out;
    for (const auto& child : clause.children) {
        if (!child.runs.empty()) out += document::plain_text(child.runs) + "\n";
        for (const auto& item : child.items) out += "• " + document::plain_text(item) + "\n";
    }
    return out;
}

}  // namespace

void ReviewViewModel::load(const std::string& folio) {
    session_.require(d::Permission::read_records, "revision " + folio);
    source_ = catalog_.find(folio);
    if (!source_) throw ServiceError(fill(tr("there is no contract «{folio}»."), {{"folio", folio}}));
    folio_ = folio;
    const auto doc = generate(source_->template_source, source_->template_code, source_->data_json);
    if (!doc) throw ServiceError(tr("the contract cannot be generated again from its stored template and data."));
    clauses_.clear();
    for (const auto& b : doc->blocks) {
        if (b.kind == document::Block::Kind::clause) clauses_.push_back({b.clause_key, b.clause_ordinal, clause_text(b), 0, locale::clause_key_label(b.clause_key)});
    }
    comment_list_ = ReviewService(session_, comments_, contracts_).list(folio);
    for (auto& clause : clauses_) {
        for (const auto& c : comment_list_) {
            if (c.clause_key == clause.key && !c.resolved) ++clause.open_comments;
        }
    }
    items_ = ChecklistService(session_, checklist_, contracts_).for_contract(folio);
    error_.clear();
}

std::vector<std::string> ReviewViewModel::comment_lines() const {
    std::map<std::string, std::string> ordinals;
    for (const auto& c : clauses_) ordinals[c.key] = c.ordinal;
    std::vector<std::string> out;
    for (const auto& c : comment_list_) {
        const auto at = ordinals.find(c.clause_key);
        std::string line = (at != ordinals.end() ? at->second : locale::clause_key_label(c.clause_key)) + " · " + c.author + ", " +
                           display_timestamp(c.created_at).substr(0, 10) + ": " + c.text;
        if (c.resolved) {
            line += "  → " + fill(tr("resolved by {who}: {how}"), {{"who", c.resolved_by}, {"how", c.resolution}});
        }
        out.push_back(std::move(line));
    }
    return out;
}

bool ReviewViewModel::attempt(const std::function<void()>& action) {
    if (!presentation::attempt(error_, action)) return false;
    load(folio_);
    return true;
}

bool ReviewViewModel::comment(std::size_t clause, const std::string& text) {
    if (clause >= clauses_.size()) return false;
    // Said in the window's words (the service's refusal names pacta-cli's --texto).
    if (text.find_first_not_of(" \n\t") == std::string::npos) {
        error_ = tr("write the comment first.");
        return false;
    }
    std::vector<ClauseName> names;
    for (const auto& c : clauses_) names.push_back({c.key, c.ordinal});
    return attempt([&] { (void)ReviewService(session_, comments_, contracts_).comment(folio_, clauses_[clause].key, text, names); });
}

bool ReviewViewModel::resolve(std::size_t comment, const std::string& resolution) {
    if (comment >= comment_list_.size()) return false;
    const auto id = comment_list_[comment].id;
    return attempt([&] { ReviewService(session_, comments_, contracts_).resolve(id, resolution); });
}

bool ReviewViewModel::check(std::size_t item) {
    if (item >= items_.size()) return false;
    const int position = items_[item].position;
    return attempt([&] { ChecklistService(session_, checklist_, contracts_).check(folio_, position); });
}

bool ReviewViewModel::may_edit_checklist() const {
    return session_.user().may(d::Permission::draft_clauses);
}

bool ReviewViewModel::add_point(const std::string& text) {
    if (!source_) return false;
    if (text.find_first_not_of(" \n\t") == std::string::npos) {
        error_ = tr("write the point first.");
        return false;
    }
    const auto code = source_->template_code;
    return attempt([&] { (void)ChecklistService(session_, checklist_, contracts_).add(code, text); });
}

bool ReviewViewModel::retire_point(std::size_t item) {
    if (!source_ || item >= items_.size()) return false;
    const auto code = source_->template_code;
    const int position = items_[item].position;
    return attempt([&] { ChecklistService(session_, checklist_, contracts_).retire(code, position); });
}

std::string ReviewViewModel::approval_blocker() {
    return ReviewService(session_, comments_, contracts_).approval_blocker(folio_, checklist_).value_or("");
}

std::vector<RedlinePiece> ReviewViewModel::redline() {
    if (!source_) return {};
    const auto note = [](std::string text) { return std::vector<RedlinePiece>{{RedlinePiece::Style::plain, std::move(text)}}; };
    std::map<std::string, std::string> texts;
    for (const auto& c : library_.approved()) texts[c.key] = c.text;
    if (texts.empty()) {
        return note(tr("the clause library has no approved clause yet; a legal reviewer adds and approves them in "
                       "«Templates and clauses»."));
    }
    const auto contract = generate(source_->template_source, source_->template_code, source_->data_json);
    const auto approved = generate(with_clause_texts(source_->template_source, texts), source_->template_code,
                                   source_->data_json);
    if (!contract || !approved) return note(tr("the approved wording cannot be generated with this contract's data."));
    const auto result = d::compare_segments(segments_of(*approved), segments_of(*contract));
    return comparison_pieces(result, tr("the approved clause library"), folio_);
}

}  // namespace pacta::presentation
