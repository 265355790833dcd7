#pragma once
// The text a PDF carries outside its pages: the Info dictionary, the XMP metadata, form
// fields, annotations, bookmarks and any other string object. What a public version must not
// hide personal data in (page text is poppler's job: it knows the fonts' encodings).

#include <string>
#include <vector>

namespace pacta::pdf {

struct PdfString {
    enum class Kind { info, xmp, form_field, annotation, embedded_file, other };
    Kind kind = Kind::other;
    std::string text;  // UTF-8
};

struct PdfStrings {
    bool readable = false;
    std::string problem;  // why not (English, for logs)
    std::vector<PdfString> strings;
};

// Read in a child process with memory and time limits: the bytes may come from anywhere.
[[nodiscard]] PdfStrings read_pdf_strings(const std::string& bytes);

// The same in this process, for a PDF Pacta has just written itself: no fork, which a
// threaded batch must avoid (a child forked while another thread holds an allocator lock
// can wait for it forever).
[[nodiscard]] PdfStrings read_own_pdf_strings(const std::string& bytes);

}  // namespace pacta::pdf
