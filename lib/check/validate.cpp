#include "check/validate.hpp"

#include <algorithm>
#include <tuple>

#include <filesystem>
#include <iterator>
#include <optional>
#include <string>

#include "check/catalogue.hpp"
#include "config/config.hpp"
#include "config/subjects.hpp"
#include "load/document_kinds.hpp"
#include "refdata/reference_data.hpp"
#include "util/progress.hpp"

namespace gcsj::check {
namespace {

// A finding belongs in the report when it is located in a file that was asked about, or
// involves one through a related location (spec section 4, --registry).
bool concerns_selected_file(const findings::Finding& finding, const model::Registry& registry) {
  if (registry.file(finding.where.file).selected) return true;
  return std::any_of(
      finding.related.begin(), finding.related.end(),
      [&](const findings::Related& r) { return registry.file(r.where.file).selected; });
}

// Where to look for .gcsj.yaml: from the registry given as context, else from the first path.
util::Expected<std::optional<std::string>> config_to_use(const ValidateOptions& options) {
  if (options.config_given) return std::optional<std::string>(options.config_given->name);
  if (options.config_file) return options.config_file;
  if (!options.find_config) return std::optional<std::string>();
  if (options.input.registry_dir) return config::find_config(*options.input.registry_dir);
  for (const auto& path : options.input.paths)
    if (path != "-") return config::find_config(path);
  return config::find_config(".");
}

}  // namespace

util::Expected<ConfigText> read_configuration(const ValidateOptions& options,
                                              load::LoadRequest& request) {
  const auto config_path = config_to_use(options);
  if (!config_path) return config_path.error();
  ConfigText config{*config_path, {}};
  if (!config.path) return config;
  auto text = options.config_given ? util::Expected<std::string>(options.config_given->text)
                                   : config::read_config_text(*config.path);
  if (!text) return text.error();
  config.text = std::move(*text);
  findings::FindingList reported_later;
  for (const auto& glob : config::read_config(0, config.text, reported_later).exclude)
    request.exclude.push_back(glob.value);
  return config;
}

namespace {

// The configuration as a file of the registry, so its findings have a place, read again into its
// model there; its reading findings go to `found`.
config::Config add_configuration(const ValidateOptions& options, ConfigText config,
                                 model::Registry& registry, findings::FindingList& found) {
  const auto id = static_cast<model::FileId>(registry.files.size());
  model::SourceFile& source = registry.files.emplace_back();
  source.path = *config.path;
  source.is_config = true;
  if (options.config_given) {  // read from git: shown from its text, never from a path
    source.held = true;
    source.text = config.text;
  } else if (options.config_file) {  // named with --config: trusted, even through a link
    std::error_code error;
    source.open_path = std::filesystem::weakly_canonical(*config.path, error).string();
  }
  return config::read_config(id, std::move(config.text), found);
}

// The counts of the run: the findings by severity, and the files and partners asked about.
findings::Summary summarize(const ValidateResult& result, int excluded) {
  int files = 0, partners = 0;
  for (const auto& file : result.registry.files) {
    if (!file.selected || file.is_config) continue;
    ++files;
    partners += file.partner_documents;
  }
  findings::Summary summary = findings::count(result.findings, files, partners);
  summary.excluded = excluded;
  return summary;
}

}  // namespace

void sort_findings(std::vector<findings::Finding>& findings, const model::Registry& registry) {
  std::stable_sort(findings.begin(), findings.end(), [&](const auto& a, const auto& b) {
    const std::string& file_a = registry.file(a.where.file).path;
    const std::string& file_b = registry.file(b.where.file).path;
    return std::tie(file_a, a.where.line, a.where.column, a.rule) <
           std::tie(file_b, b.where.line, b.where.column, b.rule);
  });
}

load::DocumentCheck document_check(const ValidateOptions& options) {
  const refdata::ReferenceData& reference = refdata::ReferenceData::bundled();
  util::Progress& progress = util::progress_or_none(options.input.progress);
  return [&options, &reference, &progress](const model::Registry& registry,
                                           const model::Documents& batch,
                                           findings::FindingList& out) {
    const rules::Context context{registry, options.as_of, reference, batch};
    // What each finding is about, known here for the findings only counted past the limit.
    const config::SubjectIndex subjects(context.partners, context.groups);
    out.set_subject_of([&](const model::Location& where) { return subjects.subject_of(where); });
    run_document_rules(context, out);
    out.set_subject_of({});
    // The caller's own look at the documents (export makes its rows as they stream in).
    if (options.input.check_documents) options.input.check_documents(registry, batch, out);
    progress.advance(util::Stage::documents_judged,
                     context.partners.size() + context.groups.size());
  };
}

util::Expected<ValidateResult> validate(const ValidateOptions& options) {
  load::LoadRequest request = options.input;
  auto config_text = read_configuration(options, request);
  if (!config_text) return config_text.error();
  // Each document is judged as it is read; only the registry-wide rules wait for the whole.
  request.check_documents = document_check(options);
  // Begun before the loader begins reading: the files read are the work shown, the documents
  // judged meanwhile beside them.
  util::progress_or_none(options.input.progress).begin(util::Stage::documents_judged);
  auto loaded = load::load_registry(request);
  if (!loaded) return loaded.error();
  // A coordinating-group document named on the command line replaces the one of the --registry
  // context: it is a proposed roster to be judged against the registry's partners.
  load::prefer_selected(loaded->registry, request.kinds);
  return judge(options, std::move(*config_text), std::move(loaded->registry),
               std::move(loaded->findings), loaded->excluded);
}

util::Expected<ValidateResult> judge(const ValidateOptions& options, ConfigText config_text,
                                     model::Registry registry, findings::FindingList found,
                                     int excluded) {
  ValidateResult result;
  const refdata::ReferenceData& reference = refdata::ReferenceData::bundled();
  const std::optional<std::string> config_path = config_text.path;
  result.registry = std::move(registry);

  const rules::Context context{result.registry, options.as_of, reference};
  // Each finding's subject, found once: for the waivers and for --base (findings/baseline.hpp).
  const config::SubjectIndex subjects(result.registry);
  found.set_subject_of([&](const model::Location& where) { return subjects.subject_of(where); });
  run_registry_rules(context, found);
  found.set_subject_of({});

  std::optional<config::Config> config;
  if (config_path)
    config = add_configuration(options, std::move(config_text), result.registry, found);
  // The findings of the rules, with a finding for each rule whose findings in a file were too many
  // to keep; the configuration then tunes them all alike.
  result.findings = found.take();
  config::assign_subjects(subjects, result.findings);
  if (config) {
    const auto applied = config::apply_config(*config, catalogue(), result.registry, subjects,
                                              options.as_of, result.findings);
    if (!applied) return applied.error();
    result.config_file = config_path;
    if (config->fail_level) result.config_fail_level = config->fail_level->value;
  }

  std::erase_if(result.findings,
                [&](const auto& f) { return !concerns_selected_file(f, result.registry); });
  sort_findings(result.findings, result.registry);
  result.summary = summarize(result, excluded);
  return result;
}

}  // namespace gcsj::check
