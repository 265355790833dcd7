#pragma once
// What one line of a lote file prints: every line of its output starts with a prefix
// («línea 12: »), on standard output as on standard error, so a person can tell which
// operation printed what.

#include <ostream>
#include <streambuf>
#include <string>

namespace pacta::cli {

class PrefixedOutput {
public:
    PrefixedOutput(std::ostream& target, std::string prefix);
    // Ends a line left unfinished and flushes, so the next operation starts on a line of its
    // own and standard output and error stay in order on a terminal.
    ~PrefixedOutput();
    PrefixedOutput(const PrefixedOutput&) = delete;
    PrefixedOutput& operator=(const PrefixedOutput&) = delete;

    [[nodiscard]] std::ostream& stream() { return stream_; }

private:
    class Buffer : public std::streambuf {
    public:
        Buffer(std::streambuf* target, std::string prefix) : target_(target), prefix_(std::move(prefix)) {}
        [[nodiscard]] bool mid_line() const { return !at_line_start_; }

    protected:
        int_type overflow(int_type c) override;
        int sync() override { return target_->pubsync(); }

    private:
        std::streambuf* target_;
        std::string prefix_;
        bool at_line_start_ = true;
    };

    std::ostream& target_;
    Buffer buffer_;
    std::ostream stream_;
};

}  // namespace pacta::cli
