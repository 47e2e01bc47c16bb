#include "render/explain.hpp"

#include <fmt/format.h>

#include "render/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

std::string indent(std::string_view text) {
  std::string out = "    ";
  for (const char c : text) out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out + "\n";
}

}  // namespace

std::string wrap(std::string_view text, std::size_t width) {
  std::string out, line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() && util::display_width(line) + 1 + util::display_width(word) > width) {
      out += line + "\n";
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (!line.empty()) out += line + "\n";
  return out;
}

std::string render_explanation(const findings::Rule& rule) {
  const std::string para = paragraph_mark(rule.paragraph);
  std::string out = fmt::format("{} ({}, {})\n", rule.id, to_string(rule.severity),
                                para.empty() ? std::string("a rule of the registry format")
                                             : fmt::format("{} of GB.349/INS/4", para));
  out += wrap(rule.summary, 78) + "\n";
  out += wrap(rule.explanation, 78) + "\n";
  out += "Accepted:\n" + indent(rule.passing) + "\n";
  out += "Reported:\n" + indent(rule.failing);
  if (!para.empty())
    out += fmt::format(
        "\nThe rule enforces {} of ILO Governing Body document GB.349/INS/4 (October 2023).\n",
        para);
  return out;
}

}  // namespace gcsj::render
