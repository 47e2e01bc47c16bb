#pragma once
// Renderers of a validation report. Each returns the whole output as text; the caller prints it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct Report {
  const model::Registry& registry;
  const std::vector<findings::Finding>& findings;
  findings::Summary summary;
  model::Date as_of;
  findings::Severity fail_level = findings::Severity::error;
};

enum class Format { text, json, sarif, junit, github, gcc };
inline constexpr const char* kFormatNames[] = {"text", "json", "sarif", "junit", "github", "gcc"};
std::optional<Format> parse_format(std::string_view name);

struct TextOptions {
  bool color = false;
  bool quiet = false;  // finding lines only: no source excerpt, hint, related lines or summary
};

std::string render_text(const Report& report, const TextOptions& options);
std::string render_json(const Report& report);
std::string render_sarif(const Report& report);   // SARIF 2.1.0, for code scanning
std::string render_junit(const Report& report);   // one test case per file checked
std::string render_github(const Report& report);  // GitHub Actions workflow commands
std::string render_gcc(const Report& report);     // file:line:col: severity: message

// Any format: text uses `text_options`.
std::string render(Format format, const Report& report, const TextOptions& text_options);

// The first line of a finding, as compilers write it: FILE:LINE:COL: SEVERITY: MESSAGE [RULE] (¶P).
std::string finding_line(const Report& report, const findings::Finding& finding);

// "¶19(f)" for a paragraph, "" for a format rule.
std::string paragraph_mark(std::string_view paragraph);

}  // namespace gcsj::render
