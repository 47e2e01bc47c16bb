#pragma once
// Renderers of a validation report. Each returns the whole output as text; the caller prints it.

#include <string>
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
};

struct TextOptions {
  bool color = false;
  bool quiet = false;  // finding lines only: no source excerpt, hint, related lines or summary
};

std::string render_text(const Report& report, const TextOptions& options);
std::string render_json(const Report& report);

// "¶19(f)" for a paragraph, "" for a format rule.
std::string paragraph_mark(std::string_view paragraph);

}  // namespace gcsj::render
