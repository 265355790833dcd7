#include "pacta/presentation/session/office_place.h"

#include <cctype>

#include "pacta/locale/catalog.h"

namespace pacta::presentation {

using locale::fill;
using locale::tr;

namespace {

// libpq's quoting: in single quotes, with backslash before a quote or a backslash.
std::string libpq_value(std::string_view value) {
    std::string out = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string trimmed(std::string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])) != 0) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])) != 0) --end;
    return std::string(text.substr(begin, end - begin));
}

// «host» and «port» from «host:port» (an IPv6 address in brackets keeps its colons).
std::pair<std::string, std::string> host_and_port(const std::string& server) {
    const auto colon = server.rfind(':');
    const bool bracketed = !server.empty() && server.front() == '[';
    if (colon == std::string::npos || (bracketed && server.find(']') > colon)) {
        return {bracketed ? server.substr(1, server.size() - 2) : server, ""};
    }
    std::string host = server.substr(0, colon);
    if (bracketed && host.size() >= 2) host = host.substr(1, host.size() - 2);
    return {host, server.substr(colon + 1)};
}

}  // namespace

std::string place_problem(const OfficePlace& place) {
    if (place.kind == OfficePlace::Kind::this_computer) return {};
    const std::string server = trimmed(place.server);
    const std::string database = trimmed(place.database);
    if (server.empty()) return tr("write the office server's name or address, as its administrator gave it.");
    if (database.empty()) return tr("write the name of the office's database on the server (often «pacta»).");
    for (const char c : server + database) {
        if (std::isspace(static_cast<unsigned char>(c)) != 0 || c == '\'' || c == '\\' || c == '=') {
            return tr("the server and the database are written without spaces, quotes or «=»; check them.");
        }
    }
    const auto [host, port] = host_and_port(server);
    if (host.empty()) return tr("write the office server's name or address, as its administrator gave it.");
    if (!port.empty()) {
        bool digits = port.size() <= 5;
        for (const char c : port) digits = digits && std::isdigit(static_cast<unsigned char>(c)) != 0;
        if (!digits || std::stoi(port) == 0 || std::stoi(port) > 65535) {
            return fill(tr("«{port}» is not a port number; write the server as name:port, for example "
                           "servidor.oficina:5432."),
                        {{"port", port}});
        }
    }
    return {};
}

std::string server_conninfo(const OfficePlace& place) {
    const auto [host, port] = host_and_port(trimmed(place.server));
    std::string out = "host=" + libpq_value(host);
    if (!port.empty()) out += " port=" + libpq_value(port);
    return out + " dbname=" + libpq_value(trimmed(place.database));
}

std::string place_setting(const OfficePlace& place) {
    if (place.kind == OfficePlace::Kind::this_computer) return "equipo";
    return "servidor|" + trimmed(place.server) + "|" + trimmed(place.database);
}

std::optional<OfficePlace> place_from_setting(std::string_view line) {
    if (line == "equipo") return OfficePlace{};
    if (line.rfind("servidor|", 0) != 0) return std::nullopt;
    const auto rest = line.substr(9);
    const auto bar = rest.find('|');
    if (bar == std::string_view::npos || rest.find('|', bar + 1) != std::string_view::npos) return std::nullopt;
    return OfficePlace{OfficePlace::Kind::office_server, std::string(rest.substr(0, bar)), std::string(rest.substr(bar + 1))};
}

}  // namespace pacta::presentation
