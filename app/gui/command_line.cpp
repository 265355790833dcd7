#include "command_line.h"

#include "pacta/locale/catalog.h"
#include "pacta/version.h"

namespace pacta::gui {

CommandLineOutcome read_command_line(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    CommandLine line;
    for (const auto& argument : arguments) {
        if (argument == "--help" || argument == "-h") {
            out << locale::tr("Usage: pacta [--demo]\n"
                              "Pacta, contracts for services, their review and their payments.\n"
                              "\n"
                              "  --demo      open the demonstration office (its own database, never yours)\n"
                              "  --help      show this help and exit\n"
                              "  --version   show the version and exit\n"
                              "\n"
                              "Without options Pacta opens the database in your data folder. pacta-cli does the same\n"
                              "work from a terminal: pacta-cli --help.\n");
            return {std::nullopt, 0};
        }
        if (argument == "--version") {
            out << "pacta " << pacta::version << '\n';
            return {std::nullopt, 0};
        }
        if (argument == "--demo") {
            line.demo = true;
            continue;
        }
        err << "pacta: " << locale::fill(locale::tr("unknown option «{option}»; pacta --help lists them."),
                                         {{"option", argument}})
            << '\n';
        return {std::nullopt, 2};
    }
    return {line, 0};
}

}  // namespace pacta::gui
