#include "render/validate/formats.hpp"

#include <array>

namespace gcsj::render {

// Each defined in the file of its name; declared here only, as this table is their one caller.
std::string render_text(const Validation&, const TextOptions&);
std::string render_json(const Validation&, const TextOptions&);
std::string render_sarif(const Validation&, const TextOptions&);
std::string render_junit(const Validation&, const TextOptions&);
std::string render_github(const Validation&, const TextOptions&);
std::string render_gcc(const Validation&, const TextOptions&);
std::string render_markdown(const Validation&, const TextOptions&);

namespace {

constexpr std::array kFormats{
    OutputFormat{"text", render_text, "for people: each finding with its source line and a caret"},
    OutputFormat{"json", render_json, "one JSON object (the contract's report)"},
    OutputFormat{"sarif", render_sarif, "SARIF 2.1.0, for code scanning"},
    OutputFormat{"junit", render_junit, "JUnit XML, one test case per file checked"},
    OutputFormat{"github", render_github, "GitHub Actions workflow annotations"},
    OutputFormat{"gcc", render_gcc,
                 "FILE:LINE:COL: SEVERITY: MESSAGE, for editors' problem matchers"},
    OutputFormat{"markdown", render_markdown,
                 "a verdict and tables, for a pull-request comment or a job summary"},
};

}  // namespace

std::span<const OutputFormat> output_formats() {
  return kFormats;
}

const OutputFormat* find_format(std::string_view name) {
  return find_format(output_formats(), name);
}

}  // namespace gcsj::render
