#include "operations_file.h"

#include <algorithm>
#include <istream>

#include "command_line_split.h"
#include "pacta/locale/catalog.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

std::string problem_text(SplitProblem problem) {
    switch (problem) {
        case SplitProblem::unclosed_single_quote:
            return tr("the single quote opened here is never closed");
        case SplitProblem::unclosed_double_quote:
            return tr("the double quote opened here is never closed");
        case SplitProblem::trailing_backslash:
            return tr("the line ends in a backslash that escapes nothing");
    }
    return {};
}

bool is_option(const std::string& word, const std::string& name) {
    return word == "--" + name || word.rfind("--" + name + "=", 0) == 0;
}

// The subcommand: the first word after the command that is neither an option nor the value
// of one of `valued` (so «usuario --usuario crear listar» is «listar»).
std::string subcommand(const std::vector<std::string>& words, const std::vector<std::string>& valued) {
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.rfind("--", 0) != 0) return word;
        const bool takes_next = std::any_of(valued.begin(), valued.end(),
                                            [&](const std::string& name) { return word == "--" + name; });
        if (takes_next) ++i;
    }
    return {};
}

std::string global_option_refusal(const std::string& option) {
    return fill(tr("«--{option}» goes on the command line of «pacta-cli lote», not in the file: every line works on "
                   "the same database with the same login."),
                {{"option", option}});
}

}  // namespace

std::optional<std::string> refusal_in_lote(const std::vector<std::string>& words) {
    for (const char* global : {"db", "usuario"}) {
        if (is_option(words.front(), global)) return global_option_refusal(global);
    }
    const std::string& command = words.front();
    if (command == "lote") return tr("a lote file cannot run another «lote».");
    if (command == "demo") return tr("«demo» works on a database of its own; run it on its own.");
    if (command == "respaldo" && subcommand(words, {}) == "restaurar") {
        return tr("«respaldo restaurar» replaces the database the other lines work on; run it on its own.");
    }
    if (command == "usuario") {
        const std::string sub = subcommand(words, {"usuario", "rol", "institucion"});
        if (sub == "crear" || sub == "restablecer") {
            return fill(tr("«usuario {subcommand}» asks for a new password, which a lote file cannot give; run it on "
                           "its own."),
                        {{"subcommand", sub}});
        }
        return std::nullopt;  // here --usuario names the account, not who is working
    }
    // After the command, --usuario would change who is working, but the lote logs in once.
    if (std::any_of(words.begin() + 1, words.end(), [](const std::string& w) { return is_option(w, "usuario"); })) {
        return global_option_refusal("usuario");
    }
    return std::nullopt;
}

OperationsFile read_operations(std::istream& in, const std::string& name) {
    OperationsFile file;
    std::string text;
    for (std::size_t number = 1; std::getline(in, text); ++number) {
        // A byte-order mark, as Windows Notepad saves UTF-8.
        if (number == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
        const auto first = text.find_first_not_of(" \t\r");
        if (first == std::string::npos || text[first] == '#') continue;
        auto split = split_command_line(text);  // never empty: the line has a non-blank character
        if (split.error) {
            file.problems.push_back(fill(tr("{file}, line {line}, column {column}: {problem}"),
                                         {{"file", name},
                                          {"line", std::to_string(number)},
                                          {"column", std::to_string(split.error->column)},
                                          {"problem", problem_text(split.error->problem)}}));
            continue;
        }
        if (const auto why = refusal_in_lote(split.words)) {
            file.problems.push_back(
                fill(tr("{file}, line {line}: {problem}"), {{"file", name}, {"line", std::to_string(number)}, {"problem", *why}}));
            continue;
        }
        file.operations.push_back({number, std::move(split.words)});
    }
    return file;
}

}  // namespace pacta::cli
