#include "render/rules/explain.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/json_writer.hpp"
#include "render/validate/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

std::string indent(std::string_view text) {
  std::string out = "    ";
  for (const char c : text) out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out + "\n";
}

// `text` followed by spaces to `width` columns (fmt pads by code units, not by columns).
std::string padded(std::string_view text, std::size_t width) {
  const std::size_t columns = util::display_width(text);
  return std::string(text) + std::string(columns < width ? width - columns : 0, ' ');
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

namespace {

// Where the comment of an example's line begins (after `# `), or npos: a line that is a comment
// (`# six members in seat: employers`, indented or not) or a value followed by one
// (`status: admitted   # no admission date`). po/update.py finds the same comments.
std::size_t comment_start(std::string_view line) {
  const std::size_t first = line.find_first_not_of(' ');
  if (first != std::string_view::npos && line.substr(first).starts_with("# ")) return first + 2;
  const std::size_t hash = line.find(" # ");
  return hash == std::string_view::npos ? hash : hash + 3;
}

// An example's YAML (or CSV) as written, its comments in the reader's language: po/update.py
// extracts them under this context, so the example stays valid YAML in every language.
std::string with_comments_translated(std::string_view yaml, const i18n::Translator& tr) {
  std::string out;
  for (std::size_t start = 0; start < yaml.size();) {
    const std::size_t end = std::min(yaml.find('\n', start), yaml.size());
    const std::string_view line = yaml.substr(start, end - start);
    const std::size_t at = comment_start(line);
    if (at == std::string_view::npos) {
      out += line;
    } else {
      std::string_view comment = line.substr(at);
      while (!comment.empty() && comment.back() == ' ') comment.remove_suffix(1);
      out += line.substr(0, at);
      out += tr.ctx("a comment in a rule's YAML example", comment);
    }
    if (end < yaml.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string render_explanation(const findings::Rule& rule, const i18n::Translator& tr) {
  using i18n::arg;
  using i18n::msg;
  const std::string para = paragraph_mark(rule.paragraph);
  std::string out =
      fmt::format("{} ({}, {})\n", rule.id, severity_word(tr, rule.severity),
                  para.empty() ? std::string(tr("a rule of the registry format"))
                               : msg("{paragraph} of GB.349/INS/4", arg("paragraph", para)).in(tr));
  out += wrap(tr(rule.summary), 78) + "\n";
  out += wrap(tr(rule.explanation), 78) + "\n";
  out +=
      fmt::format("{}\n{}\n", tr("Accepted:"), indent(with_comments_translated(rule.passing, tr)));
  out += fmt::format("{}\n{}", tr("Reported:"), indent(with_comments_translated(rule.failing, tr)));
  if (!para.empty())
    out +=
        "\n" + wrap(msg("The rule enforces {paragraph} of ILO Governing Body document GB.349/INS/4 "
                        "(October 2023).",
                        arg("paragraph", para))
                        .in(tr),
                    78);
  return out;
}

std::string render_rules_text(std::span<const findings::Rule* const> rules,
                              const i18n::Translator& tr) {
  // The columns are as wide as the language's words need.
  std::size_t severity_width = 0;
  for (const auto severity :
       {findings::Severity::error, findings::Severity::warning, findings::Severity::note})
    severity_width = std::max(severity_width, util::display_width(severity_word(tr, severity)));
  const std::string_view format_word = tr.ctx("a rule's paragraph", "format");
  const std::size_t paragraph_width = std::max<std::size_t>(7, util::display_width(format_word));
  std::string out;
  for (const auto* rule : rules) {
    const std::string para = paragraph_mark(rule->paragraph);
    out += fmt::format("{:<34} {} {} {}\n", rule->id,
                       padded(severity_word(tr, rule->severity), severity_width + 1),
                       padded(para.empty() ? format_word : std::string_view(para), paragraph_width),
                       tr(rule->summary));
  }
  return out;
}

std::string render_rules_json(std::span<const findings::Rule* const> rules,
                              const i18n::Translator& tr) {
  JsonWriter json;
  json.begin_array();
  for (const auto* rule : rules) {
    json.begin_object();
    json.key("id").value(rule->id);
    json.key("severity").value(to_string(rule->severity));
    json.key("paragraph").string_or_null(rule->paragraph);
    json.key("summary").value(tr(rule->summary));
    json.key("explanation").value(tr(rule->explanation));
    json.key("summary_en").value(rule->summary);
    json.key("explanation_en").value(rule->explanation);
    json.key("language").value(tr.code());
    json.key("passing").value(rule->passing);
    json.key("failing").value(rule->failing);
    json.end_object();
  }
  json.end_array();
  return json.str();
}

}  // namespace gcsj::render
