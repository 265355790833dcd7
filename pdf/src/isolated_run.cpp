#include "isolated_run.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace pacta::pdf::detail {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool address_sanitizer = true;
#else
constexpr bool address_sanitizer = false;
#endif
#else
constexpr bool address_sanitizer = false;
#endif

bool write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const auto written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

}  // namespace

IsolatedResult run_isolated(const std::function<std::string()>& work, const IsolatedLimits& limits) {
    IsolatedResult result;
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
        result.problem = std::string("pipe: ") + std::strerror(errno);
        return result;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        result.problem = std::string("fork: ") + std::strerror(errno);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        return result;
    }
    if (child == 0) {
        ::close(pipe_fds[0]);
        // AddressSanitizer reserves terabytes of shadow address space at start: an address
        // limit would stop it, so the sanitizer build relies on its own hard_rss_limit_mb.
        if (!address_sanitizer) {
            const rlimit memory{limits.memory_bytes, limits.memory_bytes};
            ::setrlimit(RLIMIT_AS, &memory);
        }
        const rlimit cpu{limits.cpu_seconds, limits.cpu_seconds + 1};
        ::setrlimit(RLIMIT_CPU, &cpu);
        // A wall-clock limit as well: forked from a threaded process, the child could wait on a
        // lock another thread held at the fork, using no CPU at all.
        ::alarm(limits.cpu_seconds * 2 + 5);
        int status = 0;
        try {
            const std::string output = work();
            if (!write_all(pipe_fds[1], output.data(), output.size())) status = 2;
        } catch (...) {
            status = 3;
        }
        ::close(pipe_fds[1]);
        // No destructors, no atexit handlers of the parent's state: only leave.
        ::_exit(status);
    }
    ::close(pipe_fds[1]);
    char chunk[4096];
    for (;;) {
        const auto got = ::read(pipe_fds[0], chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        result.output.append(chunk, static_cast<std::size_t>(got));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        result.finished = true;
    } else if (WIFSIGNALED(status)) {
        result.problem = std::string("the reader stopped with signal ") + std::to_string(WTERMSIG(status)) +
                         (WTERMSIG(status) == SIGXCPU ? " (CPU limit)" : "");
        result.output.clear();
    } else {
        result.problem = "the reader failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
        result.output.clear();
    }
    return result;
}

void put(std::string& out, const std::string& text) {
    out += std::to_string(text.size());
    out += ':';
    out += text;
}

void put(std::string& out, std::size_t number) { put(out, std::to_string(number)); }

std::string PipeReader::text() {
    const auto colon = in.find(':', at);
    if (!ok || colon == std::string::npos || colon == at || colon - at > 12) {
        ok = false;
        return {};
    }
    std::size_t size = 0;
    for (std::size_t k = at; k < colon; ++k) {
        if (in[k] < '0' || in[k] > '9') {
            ok = false;
            return {};
        }
        size = size * 10 + static_cast<std::size_t>(in[k] - '0');
    }
    if (colon + 1 + size > in.size()) {
        ok = false;
        return {};
    }
    at = colon + 1 + size;
    return in.substr(colon + 1, size);
}

std::size_t PipeReader::number() {
    const auto t = text();
    std::size_t n = 0;
    for (const char c : t) n = n * 10 + static_cast<std::size_t>(c - '0');
    return n;
}

}  // namespace pacta::pdf::detail
