#pragma once
// A tiny HTTP/1.1 responder on 127.0.0.1 for tests: a thread accepts connections one at a
// time, reads one POST each (headers and a Content-Length body), and answers what the
// handler returns. Stopped, its port is closed: a client then gets «connection refused».
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <thread>

namespace pacta::test {

struct HttpReply {
    int status = 200;
    std::string content_type = "application/octet-stream";
    std::string body;
    bool silent = false;  // read the request, never answer (until stopped): a hung server
};

class LoopbackHttp {
public:
    using Handler = std::function<HttpReply(const std::string& request_body)>;
    explicit LoopbackHttp(Handler handler);
    ~LoopbackHttp();
    LoopbackHttp(const LoopbackHttp&) = delete;
    LoopbackHttp& operator=(const LoopbackHttp&) = delete;

    [[nodiscard]] bool listening() const { return listener_ >= 0; }
    [[nodiscard]] std::string url() const;  // "http://127.0.0.1:<port>/tsa"
    void set_handler(Handler handler);      // only while no request is being served
    void stop();
    [[nodiscard]] std::size_t served() const { return served_; }
    // The Content-Type header of the last request ("" when none yet).
    [[nodiscard]] std::string last_content_type() const;

private:
    void run();
    void serve(int connection);

    Handler handler_;
    int listener_ = -1;
    unsigned short port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<std::size_t> served_{0};
    std::string last_content_type_;  // written by the thread before served_ is raised
    std::thread thread_;
};

}  // namespace pacta::test
