#include "loopback_http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>

namespace pacta::test {

namespace {

// The value of header `name` (case-insensitive) in `head`, "" when absent.
std::string header(const std::string& head, const std::string& name) {
    std::string lower = head;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto at = lower.find("\r\n" + name + ":");
    if (at == std::string::npos) return {};
    auto from = at + 3 + name.size();
    while (from < head.size() && head[from] == ' ') ++from;
    return head.substr(from, head.find("\r\n", from) - from);
}

// Waits up to `ms` for `fd` to be readable; false on timeout.
bool readable(int fd, int ms) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, ms) > 0;
}

const char* reason(int status) {
    switch (status) {
        case 200: return "OK";
        case 404: return "Not Found";
        case 500: return "Internal Server Error";
        default: return "Status";
    }
}

}  // namespace

LoopbackHttp::LoopbackHttp(Handler handler) : handler_(std::move(handler)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener_ < 0) return;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // the kernel picks a free port
    socklen_t length = sizeof address;
    if (::bind(listener_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 || ::listen(listener_, 8) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(listener_);
        listener_ = -1;
        return;
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { run(); });
}

LoopbackHttp::~LoopbackHttp() { stop(); }

std::string LoopbackHttp::url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/tsa"; }

void LoopbackHttp::set_handler(Handler handler) { handler_ = std::move(handler); }

std::string LoopbackHttp::last_content_type() const { return served_ > 0 ? last_content_type_ : std::string(); }

void LoopbackHttp::stop() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    if (listener_ >= 0) ::close(listener_);
    listener_ = -1;
}

void LoopbackHttp::run() {
    while (!stopping_) {
        if (!readable(listener_, 50)) continue;
        const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0) continue;
        serve(connection);
        ::close(connection);
    }
}

void LoopbackHttp::serve(int connection) {
    // The request: headers, then as many body bytes as Content-Length says (capped).
    std::string request;
    std::array<char, 4096> buffer{};
    std::size_t head_end = std::string::npos;
    std::size_t wanted = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
        if (head_end != std::string::npos && request.size() >= head_end + 4 + wanted) break;
        if (!readable(connection, 100)) continue;
        const auto n = ::recv(connection, buffer.data(), buffer.size(), 0);
        if (n <= 0) return;
        request.append(buffer.data(), static_cast<std::size_t>(n));
        if (head_end == std::string::npos && (head_end = request.find("\r\n\r\n")) != std::string::npos) {
            wanted = std::min<std::size_t>(std::strtoul(header(request.substr(0, head_end), "content-length").c_str(), nullptr, 10),
                                           1U << 20);
        }
    }
    if (head_end == std::string::npos) return;
    last_content_type_ = header(request.substr(0, head_end), "content-type");
    const HttpReply reply = handler_(request.substr(head_end + 4, wanted));
    ++served_;
    if (reply.silent) {
        while (!stopping_) ::usleep(20'000);
        return;
    }
    std::string out = "HTTP/1.1 " + std::to_string(reply.status) + " " + reason(reply.status) +
                      "\r\nContent-Type: " + reply.content_type + "\r\nContent-Length: " + std::to_string(reply.body.size()) +
                      "\r\nConnection: close\r\n\r\n" + reply.body;
    for (std::size_t sent = 0; sent < out.size();) {
        const auto n = ::send(connection, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return;
        sent += static_cast<std::size_t>(n);
    }
}

}  // namespace pacta::test
