#pragma once
// The charts of `gcsj report --out DIR`: the portal's own charts (lib/charts) as SVG files the
// Markdown report refers to by relative paths, with their alt text in the report's language, so
// the report renders with its figures in any Markdown viewer and through pandoc to a Word
// document. The same figures and language give the same bytes.

#include <string>
#include <vector>

#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "model/registry.hpp"

namespace gcsj::charts {

struct ChartFile {
  std::string path;   // relative to the report's directory: "charts/partners-by-category.svg"
  std::string title;  // plain text, in the report's language: the image's alt text and caption
  std::string svg;    // a standalone SVG file
};

// The charts of the report on `figures`: partners by category and by region, actions by domain,
// by priority and by status, and the seats of the Coordinating Group when the registry has one.
// The registry's partners name the members of the seat chart.
std::vector<ChartFile> report_charts(const figures::Figures& figures,
                                     const model::Registry& registry, const i18n::Translator& tr);

// The section of the Markdown report that shows them: a heading, then each image alone in its
// paragraph (which pandoc makes a figure captioned by its alt text).
std::string charts_markdown(const std::vector<ChartFile>& charts, const i18n::Translator& tr);

// `svg` (an `<svg>` element of lib/charts) as a file of its own: the XML declaration, and the
// colours and fonts the portal's stylesheet gives, as presentation attributes, which a viewer
// without CSS (a word processor) reads.
std::string standalone_svg(std::string_view svg);

}  // namespace gcsj::charts
