#pragma once
// Storage port: contracts, as drafted and stored, and the template versions they were made
// from.

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/date.h"
#include "pacta/domain/money.h"
#include "pacta/domain/schedule.h"
#include "pacta/domain/staff.h"

namespace pacta::domain {

// A new contract, or what a revision of a draft says.
struct NewContract {
    std::string institution_code;
    std::string template_code;
    int template_version = 1;
    std::string template_title;
    std::string template_source;  // the exact text, stored once per version
    std::string staff_key;        // CURP, DNI or foreign card
    std::string data_json;        // the data the contract is generated from
    Money total{0, Currency::MXN};
    std::optional<Date> signing_date, start, end;
    std::map<std::string, std::string> signatories;  // role -> signatory code
    Regime regime = Regime::honorarios;
    std::string unit_code;
    std::string budget_account;
    std::vector<Instalment> schedule;  // stored as pending instalments
    std::string amends;                // for an amendment: the original's folio
    // For a revision: the data the editor started from. When the stored data are no longer
    // these (someone saved meanwhile), the revision is refused (ConcurrentEdit).
    std::optional<std::string> replaces;
};

// Someone else saved the contract after the editor read it: nothing was written, and their
// change stays. Names who saved last and when (UTC, ISO 8601), from the audit trail.
class ConcurrentEdit : public std::runtime_error {
public:
    ConcurrentEdit(const std::string& folio, std::string who, std::string at)
        : std::runtime_error("contract " + folio + " was saved by " + who + " at " + at + " meanwhile"),
          folio_(folio),
          who_(std::move(who)),
          at_(std::move(at)) {}
    [[nodiscard]] const std::string& folio() const noexcept { return folio_; }
    [[nodiscard]] const std::string& who() const noexcept { return who_; }
    [[nodiscard]] const std::string& at() const noexcept { return at_; }

private:
    std::string folio_;
    std::string who_;
    std::string at_;
};

// A file written for a contract.
struct ContractFile {
    std::string kind;  // "completo" or "publico"
    std::string path;
    std::string sha256;
    std::string created_at;  // UTC
};

// A contract as stored: what it was generated from (the exact template version's text and
// the data) and what lists, checks and endings need.
struct StoredContract {
    std::string folio;
    std::string institution_code;
    std::string template_code;
    int template_version = 0;
    std::string template_source;
    std::string staff_key;  // CURP, DNI or foreign card
    std::string person;
    ContractState state = ContractState::borrador;
    std::string data_json;
    Money total{0, Currency::MXN};
    std::optional<Date> signing_date, start, end;
    std::string created_at;  // UTC
    std::map<std::string, std::string> signatories;  // role -> signatory code
    Regime regime = Regime::honorarios;
    std::string unit_code;
    std::string budget_account;
    std::vector<ContractFile> files;
    std::string drafted_by;
    std::string amends;                   // the original's folio, for an amendment
    std::vector<std::string> amendments;  // this contract's amendments, by folio
};

// A contract as lists show it.
struct ContractSummary {
    std::string folio;
    std::string institution_code;
    std::string person;
    std::string staff_key;
    std::string template_code;
    int template_version = 0;
    ContractState state = ContractState::borrador;
    Money total{0, Currency::MXN};
    std::optional<Date> start, end;
    std::string unit_code;
    std::string amends;  // the original's folio, for an amendment
};

// Guarantees: each write is one transaction with its audit row. Folios are unique:
// "<INSTITUTION>-<year>-<NNNN>", numbered per institution and signing year, or
// "<ORIGINAL>-CM<n>" for the n-th amendment. A template version's text never changes: a
// different text under a stored code and version is refused. Content is refused by the
// engine once the contract is approved.
class ContractDrafts {
public:
    virtual ~ContractDrafts() = default;
    // Stores the draft (and its template version, if new) with its schedule as pending
    // instalments, drafted by `actor`; returns its folio.
    virtual std::string create(const NewContract& draft, const std::string& actor) = 0;
    // Stores every draft or none, in one transaction (contracts recorded from a
    // spreadsheet); returns their folios in order.
    virtual std::vector<std::string> create_all(const std::vector<NewContract>& drafts, const std::string& actor) = 0;
    // Replaces what a draft or a contract returned with comments says (data, amount, dates,
    // regime, unit, account, signatories and its instalments, none of which may have moved)
    // in one transaction, audited (the schedule, when it changes, in a row of its own).
    // Throws once the contract is approved or an instalment has moved.
    virtual void revise(const std::string& folio, const NewContract& content, const std::string& actor) = 0;
    // Records a file written for the contract ("completo" or "publico") with its SHA-256.
    virtual void record_file(const std::string& folio, const ContractFile& file, const std::string& actor) = 0;
};

// Which contracts a list shows and in what order. Filters and sorting are the store's, so a
// screen reads only the rows in view whatever the office's size.
struct ContractQuery {
    enum class Order { newest, folio, person, state, total, start, end };
    std::vector<std::string> institutions;  // only these institutions' (empty: every one)
    std::string text;                       // words of the person's name or key, or a folio's start
    std::optional<ContractState> state;
    std::vector<ContractState> states;        // in any of these (with `state`, both apply)
    std::optional<Date> ending_from, ending_to;  // whose end date falls in these days
    std::string unit_code;
    // In force at some time between these dates (either may be open): started by `to` and
    // not ended before `from`.
    std::optional<Date> in_force_from, in_force_to;
    Order order = Order::newest;
    bool descending = false;  // for orders other than newest
};

class ContractCatalog {
public:
    virtual ~ContractCatalog() = default;
    // How many of the institutions' contracts (every one when empty) were made from each
    // template version, by (template code, version).
    [[nodiscard]] virtual std::map<std::pair<std::string, int>, std::size_t> count_by_template(
        const std::vector<std::string>& institutions) = 0;
    // The rows offset..offset+limit of the query's list.
    [[nodiscard]] virtual std::vector<ContractSummary> page(const ContractQuery& query, std::size_t offset,
                                                            std::size_t limit) = 0;
    [[nodiscard]] virtual std::size_t count(const ContractQuery& query) = 0;
    // How many of the institutions' contracts (every one when empty) are in each state.
    [[nodiscard]] virtual std::map<ContractState, std::size_t> count_by_state(
        const std::vector<std::string>& institutions) = 0;
    // The person's contracts (by CURP, DNI or foreign card), newest first.
    [[nodiscard]] virtual std::vector<ContractSummary> of_person(const std::string& staff_key) = 0;
    // The units contracts are charged to, sorted (a filter's choices).
    [[nodiscard]] virtual std::vector<std::string> units_in_use() = 0;
    [[nodiscard]] virtual std::optional<StoredContract> find(const std::string& folio) = 0;
    // The stored text of a template version (every version a contract was made from).
    [[nodiscard]] virtual std::optional<std::string> template_source(const std::string& code, int version) = 0;
    // The bytes of a file recorded for the contract (a generated file or a signed document)
    // with this SHA-256: on the office server, kept in the database; on one desk, the file at
    // its recorded path. Nullopt when none is recorded, or when the recorded file can no longer
    // be read with that hash (moved or changed on the desk since).
    [[nodiscard]] virtual std::optional<std::string> file_contents(const std::string& folio,
                                                                   const std::string& sha256) = 0;
};

}  // namespace pacta::domain
