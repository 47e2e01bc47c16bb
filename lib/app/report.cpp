#include "app/report.hpp"

#include <optional>

#include "app/format_choice.hpp"
#include "app/registry_view.hpp"
#include "i18n/message.hpp"
#include "refdata/reference_data.hpp"
#include "render/view_formats.hpp"

namespace gcsj::app {

Expected<Printed> report(const ReportRequest& request, const Warn& warn) {
  const auto format = format_named(render::report_formats(), request.format, "report");
  if (!format) return format.error();
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
  return Printed{(*format)->render({figures, tr}, {}), Outcome::clean, {request.path}};
}

}  // namespace gcsj::app
