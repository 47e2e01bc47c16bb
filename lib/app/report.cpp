#include "app/report.hpp"

#include <optional>

#include "app/format_choice.hpp"
#include "app/output_file.hpp"
#include "app/registry_view.hpp"
#include "charts/report_charts.hpp"
#include "i18n/message.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "render/view_formats.hpp"
#include "util/file_io.hpp"

namespace gcsj::app {

namespace {

// The report's directory: `report.md` and the charts it refers to, written as `publish` writes a
// site (reused, not copied: a new directory, or one gcsj wrote, replaced whole, never through a
// link inside the registry read).
Expected<void> write_report_directory(const std::string& markdown, const figures::Figures& figures,
                                      const model::Registry& registry, const i18n::Translator& tr,
                                      const ReportRequest& request) {
  const auto charts = charts::report_charts(figures, registry, tr);
  std::vector<publish::SiteFile> files;
  files.push_back({"report.md", markdown + "\n" + charts::charts_markdown(charts, tr)});
  for (const auto& chart : charts) files.push_back({chart.path, chart.svg});
  if (const auto safe =
          util::refuse_links_inside(request.out_dir, untrusted_directories({request.path}));
      !safe)
    return output(safe.error());
  if (const auto written = publish::write_site(files, request.out_dir); !written)
    return output(written.error());
  return {};
}

}  // namespace

Expected<Printed> report(const ReportRequest& request, const Warn& warn) {
  const auto format = format_named(render::report_formats(), request.format, "report");
  if (!format) return format.error();
  if (!request.out_dir.empty() && (*format)->name != "markdown")
    return usage(util::Error{"--out writes the Markdown report and its charts: leave out -f"});
  std::optional<model::Date> since;
  if (!request.since.empty()) {
    const auto parsed = date_option("--since", request.since);
    if (!parsed) return parsed.error();
    since = *parsed;
  }
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  if (since && *since > *as_of)
    return usage(i18n::msg("--since {since} is after the as-of date {as_of}",
                           i18n::arg("since", since->iso()), i18n::arg("as_of", as_of->iso())));
  const auto opened = open_view(request.path, *as_of, request.lang, request.input);
  if (!opened) return opened.error();
  const i18n::Translator& tr = *opened->tr;
  const check::ValidateResult& result = opened->loaded;
  warn_about_errors(result, request.path, tr, warn);
  const figures::Figures figures = figures::compute_figures(
      result.registry, {*as_of, since, request.within_days}, refdata::ReferenceData::bundled());
  std::string text = (*format)->render({figures, tr}, {});
  if (!request.out_dir.empty()) {
    if (auto written = write_report_directory(text, figures, result.registry, tr, request);
        !written)
      return written.error();
    text.clear();
  }
  return Printed{std::move(text), Outcome::clean, {request.path}};
}

}  // namespace gcsj::app
