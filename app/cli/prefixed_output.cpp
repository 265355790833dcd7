#include "prefixed_output.h"

namespace pacta::cli {

PrefixedOutput::Buffer::int_type PrefixedOutput::Buffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (at_line_start_) {
        const auto size = static_cast<std::streamsize>(prefix_.size());
        if (target_->sputn(prefix_.data(), size) != size) return traits_type::eof();
    }
    at_line_start_ = traits_type::to_char_type(c) == '\n';
    return target_->sputc(traits_type::to_char_type(c));
}

PrefixedOutput::PrefixedOutput(std::ostream& target, std::string prefix)
    : target_(target), buffer_(target.rdbuf(), std::move(prefix)), stream_(&buffer_) {}

PrefixedOutput::~PrefixedOutput() {
    if (buffer_.mid_line()) stream_.put('\n');
    target_.flush();
}

}  // namespace pacta::cli
