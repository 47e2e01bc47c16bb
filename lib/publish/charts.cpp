#include "publish/charts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "publish/html.hpp"
#include "util/utf8.hpp"

namespace gcsj::publish {
namespace {

constexpr int kWidth = 700;
constexpr int kLabelWidth = 310;
constexpr int kBarSpace = 330;
constexpr int kRow = 26;

// At most `limit` characters, cut on a code point, with an ellipsis.
std::string shortened(std::string_view text, std::size_t limit) {
  std::size_t i = 0, count = 0;
  while (i < text.size() && count < limit) {
    const std::size_t length = std::max<std::size_t>(1, util::utf8_sequence_length(text, i));
    i += length;
    ++count;
  }
  return i >= text.size() ? std::string(text) : std::string(text.substr(0, i)) + "…";
}

}  // namespace

std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars) {
  int largest = 1;
  for (const Bar& bar : bars) largest = std::max(largest, bar.value);
  std::string description;
  for (const Bar& bar : bars)
    description += fmt::format("{}{}: {}", description.empty() ? "" : "; ", bar.label, bar.value);
  const int height = static_cast<int>(bars.size()) * kRow + 8;

  std::string out = fmt::format("<figure class=\"chart\" id=\"{}\">\n", id);
  out += fmt::format(
      "<svg role=\"img\" aria-labelledby=\"{0}-title {0}-desc\" viewBox=\"0 0 {1} {2}\" "
      "width=\"{1}\" height=\"{2}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<title id=\"{0}-title\">{3}</title>\n<desc id=\"{0}-desc\">{4}</desc>\n",
      id, kWidth, height, escape(title), escape(description));
  int y = 4;
  for (const Bar& bar : bars) {
    const int length = bar.value == 0 ? 0 : std::max(2, bar.value * kBarSpace / largest);
    out += fmt::format(
        "<g class=\"bar\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"></rect>"
        "<text class=\"value\" x=\"{}\" y=\"{}\">{}</text></g>\n",
        kLabelWidth - 8, y + 17, escape(shortened(bar.label, 36)), kLabelWidth, y + 3, length,
        kRow - 8, kLabelWidth + length + 6, y + 17, bar.value);
    y += kRow;
  }
  out += "</svg>\n";
  out += fmt::format("<figcaption>{}</figcaption>\n", escape(title));
  out += "<details><summary>The figures as a table</summary>\n<table>\n";
  out += fmt::format("<caption>{}</caption>\n", escape(title));
  out +=
      "<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Count</th></tr></thead>\n<tbody>\n";
  for (const Bar& bar : bars) {
    const std::string label = bar.href.empty() ? escape(bar.label)
                                               : fmt::format("<a href=\"{}\">{}</a>",
                                                             escape(bar.href), escape(bar.label));
    out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n", label, bar.value);
  }
  out += "</tbody>\n</table>\n</details>\n</figure>\n";
  return out;
}

}  // namespace gcsj::publish
