#include "charts/bar_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gcsj::charts {
namespace {

std::string escape(std::string_view text) {
  return util::escape_markup(text);
}

constexpr int kWidth = 700;
constexpr int kLabelWidth = 310;
constexpr int kBarSpace = 330;
constexpr int kRow = 26;

constexpr int kLineHeight = 15;
constexpr std::size_t kLabelColumns = 40;

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();
       i += std::max<std::size_t>(1, util::utf8_sequence_length(text, i)))
    ++count;
  return count;
}

// A label as lines of at most `columns` code points, broken at spaces (a longer word stands
// alone on its line): the full title of a domain or a priority, never cut short.
std::vector<std::string> wrapped(std::string_view text, std::size_t columns) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t space = text.find(' ', start);
    if (space == std::string_view::npos) space = text.size();
    const std::string_view word = text.substr(start, space - start);
    if (!line.empty() && code_points(line) + 1 + code_points(word) > columns) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!word.empty()) line += (line.empty() ? "" : " ") + std::string(word);
    start = space + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace

std::string bar_svg(std::string_view id, std::string_view title, const std::vector<Bar>& bars,
                    const i18n::Translator& tr) {
  int largest = 1;
  for (const Bar& bar : bars) largest = std::max(largest, bar.value);
  // "Governments: 14; Employers' organizations: 8": a list whose punctuation is the language's
  // (French puts a space before the colon and the semicolon).
  std::string description;
  for (const Bar& bar : bars) {
    std::string item =
        i18n::msg("{label}: {value}", i18n::arg("label", bar.label), i18n::arg("value", bar.value))
            .in(tr);
    description = description.empty() ? std::move(item)
                                      : i18n::msg("{list}; {item}", i18n::arg("list", description),
                                                  i18n::arg("item", item))
                                            .in(tr);
  }
  std::vector<std::vector<std::string>> labels;
  int height = 8;
  for (const Bar& bar : bars) {
    labels.push_back(wrapped(bar.label, kLabelColumns));
    height += kRow + (static_cast<int>(labels.back().size()) - 1) * kLineHeight;
  }

  std::string out = fmt::format(
      "<svg role=\"img\" aria-labelledby=\"{0}-title {0}-desc\" viewBox=\"0 0 {1} {2}\" "
      "width=\"{1}\" height=\"{2}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<title id=\"{0}-title\">{3}</title>\n<desc id=\"{0}-desc\">{4}</desc>\n",
      id, kWidth, height, escape(title), escape(description));
  int y = 4;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const int extra = (static_cast<int>(labels[i].size()) - 1) * kLineHeight;
    const int length = bar.value == 0 ? 0 : std::max(2, bar.value * kBarSpace / largest);
    std::string label;
    for (std::size_t line = 0; line < labels[i].size(); ++line)
      label += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", kLabelWidth - 8,
                           line == 0 ? 0 : kLineHeight, escape(labels[i][line]));
    const int bar_y = y + 3 + extra / 2;
    out += fmt::format(
        "<g class=\"bar\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"></rect>"
        "<text class=\"value\" x=\"{}\" y=\"{}\">{}</text></g>\n",
        kLabelWidth - 8, y + 17, label, kLabelWidth, bar_y, length, kRow - 8,
        kLabelWidth + length + 6, bar_y + 14, bar.value);
    y += kRow + extra;
  }
  return out + "</svg>\n";
}

}  // namespace gcsj::charts
