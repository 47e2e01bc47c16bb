#include "publish/charts.hpp"

#include <fmt/format.h>

#include "publish/html.hpp"

namespace gcsj::publish {

std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars,
                      const i18n::Translator& tr) {
  std::string out = fmt::format("<figure class=\"chart\" id=\"{}\">\n", id);
  out += charts::bar_svg(id, title, bars, tr);
  out += fmt::format("<figcaption>{}</figcaption>\n", escape(title));
  out += fmt::format("<details><summary>{}</summary>\n<table>\n",
                     escape(tr("The figures as a table")));
  out += fmt::format("<caption>{}</caption>\n", escape(title));
  out += fmt::format(
      "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
      escape(tr.ctx("heading of a chart's table", "Item")),
      escape(tr.ctx("heading of a chart's table", "Count")));
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
