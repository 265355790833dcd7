// A local RFC 3161 timestamp authority for the end-to-end tests: `tsa_responder DIR` answers
// timestamp requests on a loopback port with `openssl ts -reply -config DIR/tsa.cnf`, writes
// its address to DIR/url, and serves until its standard input closes.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "loopback_http.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: tsa_responder DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    int n = 0;
    pacta::test::LoopbackHttp server([&](const std::string& query) -> pacta::test::HttpReply {
        const std::string base = dir + "/consulta-" + std::to_string(++n);
        std::ofstream(base + ".tsq", std::ios::binary) << query;
        const std::string command = "openssl ts -reply -config " + dir + "/tsa.cnf -queryfile " + base + ".tsq -out " +
                                    base + ".tsr >/dev/null 2>&1";
        if (std::system(command.c_str()) != 0) return {500, "text/plain", "openssl ts -reply failed", false};
        std::ifstream in(base + ".tsr", std::ios::binary);
        std::ostringstream reply;
        reply << in.rdbuf();
        return {200, "application/timestamp-reply", reply.str(), false};
    });
    if (!server.listening()) return 1;
    std::ofstream(dir + "/url") << server.url() << '\n';
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    server.stop();
    return 0;
}
