#pragma once
// The document model a template produces: what a contract says and how it is structured,
// independent of the output format. The text and HTML renderers read it now; the PDF
// layout and the GUI preview read the same model.

#include <string>
#include <vector>

namespace pacta::document {

// A comparison's marks: words inserted (underlined) or deleted (struck through).
enum class Mark { none, inserted, deleted };

struct Run {
    std::string text;  // "\n" alone is a hard line break
    bool bold = false;
    bool italic = false;
    // Non-empty when the text is personal data (or derived from it): the label the public
    // version shows in its place ("CURP", "Fecha de nacimiento").
    std::string personal_label;
    Mark mark = Mark::none;

    friend bool operator==(const Run&, const Run&) = default;
};

using Runs = std::vector<Run>;

enum class ListStyle { bullet, number, letter };

struct Signatory {
    std::string name;
    std::string title;     // may hold line breaks ("\n")
    std::string caption;   // "POR EL PROGRAMA", shown above the name; may be empty
    std::string field;     // stable signature-field name: "firma_prestador"
    std::string identity;  // "DNI N.º 10117410", may be empty
    // The identity number's label when it is personal: the public version shows it instead.
    std::string identity_label;
};

struct Block {
    enum class Kind { heading, paragraph, list, clause, page_break, signatures };
    Kind kind = Kind::paragraph;

    int level = 0;                 // heading level 1..6
    Runs runs;                     // heading and paragraph text
    ListStyle list_style = ListStyle::bullet;
    int list_start = 1;
    std::vector<Runs> items;       // list items
    std::string clause_key;        // clause: its key ("confidencialidad")
    int clause_number = 0;         //         1-based position in the contract
    std::string clause_ordinal;    //         "DÉCIMA PRIMERA"
    std::string clause_heading;    //         as the template's style writes it: "PRIMERA.-"
    bool clause_heading_own_line = false;  // a line of its own, kept with what follows
    std::vector<Block> children;   // clause: its paragraphs and lists
    std::vector<Signatory> signatories;
};

// A personal value of the contract, in every form a reader could meet it, for checking that a
// public version holds none of them (leak_check.h). Identifying values (CURP, RFC, DNI, RUC,
// CLABE, address, telephone, e-mail, birth date) are looked for everywhere; low-entropy ones
// («mexicano», «soltera») only where the contract printed them.
struct PersonalValue {
    std::string label;  // "CURP", as the public version's legend names it
    std::string field;  // "prestador.curp"
    bool identifying = false;
    std::vector<std::string> forms;  // "1931-08-20", "20/08/1931", "20 de agosto de 1931"
};

struct Document {
    std::string template_id;
    int template_version = 0;
    std::string title;
    std::string author;   // the institution, for the PDF's metadata
    std::string subject;
    std::string country;  // "MX" or "PE"
    std::string paper;    // "carta" or "a4"
    bool initials_box = true;
    std::vector<Block> blocks;
    std::vector<PersonalValue> personal_values;
};

// The plain text of a run sequence, ignoring styles.
[[nodiscard]] std::string plain_text(const Runs& runs);

}  // namespace pacta::document
