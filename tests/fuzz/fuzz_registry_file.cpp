// libFuzzer target: one registry file's bytes through the loader, every rule and every renderer
// (gcsj changes included).
// Built by the `fuzz` preset (clang); run for a bounded time by .ci/run. A crash, a sanitizer
// report or a timeout is a bug: add the input to tests/fixtures/fuzz-regressions/.

#include <cstddef>
#include <cstdint>
#include <string>

#include "check/catalogue.hpp"
#include "check/validate.hpp"
#include "figures/figures.hpp"
#include "load/registry_loader.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "render/changes/changes_report.hpp"
#include "render/report/progress_report.hpp"
#include "render/validate/formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gcsj;
  model::Registry registry;
  registry.complete = true;
  model::SourceFile& source = registry.files.emplace_back();
  source.path = "fuzz.yaml";
  source.is_stdin = true;  // the renderers read its lines from memory
  source.text.assign(reinterpret_cast<const char*>(data), size);
  findings::FindingList found;
  load::load_text(0, source.text, registry, found);
  const rules::Context context{registry, model::Date{2026, 11, 29},
                               refdata::ReferenceData::bundled()};
  check::run_rules(context, found);
  std::vector<findings::Finding> findings = found.take();
  check::sort_findings(findings, registry);
  const auto summary = findings::count(findings, 1, static_cast<int>(registry.partners.size()));
  const render::Validation validation{
      registry, findings, summary, context.as_of, findings::Severity::error, check::catalogue()};
  for (const auto& format : render::output_formats()) (void)format.render(validation, {});
  // The progress report and the portal read the same model.
  const auto figures =
      gcsj::figures::compute_figures(registry, {context.as_of}, refdata::ReferenceData::bundled());
  (void)render::render_progress_markdown(figures);
  (void)render::render_progress_json(figures);
  (void)publish::build_site(registry, figures, refdata::ReferenceData::bundled());
  // What changed, over a long period: every kind of event the registry can give.
  const auto changes = gcsj::changes::compute_changes(
      registry, model::Date{2000, 1, 1}, context.as_of, refdata::ReferenceData::bundled());
  const render::ChangesView view{registry, changes, "fuzz.yaml", context.as_of};
  (void)render::render_changes_text(view);
  (void)render::render_changes_markdown(view);
  (void)render::render_changes_json(view);
  return 0;
}
