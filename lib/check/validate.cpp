#include "check/validate.hpp"

#include <algorithm>
#include <tuple>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "refdata/reference_data.hpp"
#include "rules/rule.hpp"

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

// A coordinating-group document named on the command line replaces the one of the --registry
// context: it is a proposed roster to be judged against the registry's partners, not a second
// Group.
void prefer_selected_group(model::Registry& registry) {
  const auto selected = [&](const model::Group& g) { return registry.file(g.where.file).selected; };
  if (std::any_of(registry.groups.begin(), registry.groups.end(), selected))
    std::erase_if(registry.groups, [&](const model::Group& g) { return !selected(g); });
}

// Where to look for .gcsj.yaml: from the registry given as context, else from the first path.
std::optional<std::string> config_to_use(const ValidateOptions& options) {
  if (options.config_file) return options.config_file;
  if (!options.find_config) return std::nullopt;
  if (options.input.registry_dir) return config::find_config(*options.input.registry_dir);
  for (const auto& path : options.input.paths)
    if (path != "-") return config::find_config(path);
  return config::find_config(".");
}

}  // namespace

// The configuration's text; a few KiB in practice, so anything over 1 MiB, or a device (a
// `.gcsj.yaml` linked to /dev/zero), is refused rather than read without end.
std::optional<std::string> read_config_text(const std::string& path, std::string& text) {
  constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;
  std::error_code error;
  const auto type = std::filesystem::status(path, error).type();
  if (type != std::filesystem::file_type::regular && type != std::filesystem::file_type::fifo)
    return "the configuration is not a regular file";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "the configuration cannot be read";
  text.resize(kMaxConfigBytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxConfigBytes) return "the configuration is larger than 1 MiB";
  return std::nullopt;
}

void sort_findings(std::vector<findings::Finding>& findings, const model::Registry& registry) {
  std::stable_sort(findings.begin(), findings.end(), [&](const auto& a, const auto& b) {
    const std::string& file_a = registry.file(a.where.file).path;
    const std::string& file_b = registry.file(b.where.file).path;
    return std::tie(file_a, a.where.line, a.where.column, a.rule) <
           std::tie(file_b, b.where.line, b.where.column, b.rule);
  });
}

ValidateResult validate(const ValidateOptions& options) {
  ValidateResult result;
  const refdata::ReferenceData& reference = refdata::ReferenceData::bundled();
  load::LoadRequest request = options.input;
  // Each document is judged as it is read; only the registry-wide rules wait for the whole.
  request.check_documents =
      [&](const model::Registry& registry, std::span<const model::Partner> partners,
          std::span<const model::Group> groups, std::vector<findings::Finding>& out) {
        rules::run_document_rules({registry, options.as_of, reference, partners, groups}, out);
      };
  load::LoadResult loaded = load::load_registry(request);
  result.usage_errors = std::move(loaded.usage_errors);
  if (!result.usage_errors.empty()) return result;
  result.registry = std::move(loaded.registry);
  result.findings = std::move(loaded.findings);
  prefer_selected_group(result.registry);

  const rules::Context context{
      result.registry, options.as_of, reference, {}, result.registry.groups};
  rules::run_registry_rules(context, result.findings);

  if (const auto config_path = config_to_use(options)) {
    std::string text;
    if (auto problem = read_config_text(*config_path, text)) {
      result.usage_errors.push_back(*config_path + ": " + *problem);
      return result;
    }
    const auto id = static_cast<model::FileId>(result.registry.files.size());
    model::SourceFile& source = result.registry.files.emplace_back();
    source.path = *config_path;
    source.is_config = true;
    const config::Config config = config::read_config(id, std::move(text), result.findings);
    config::apply_config(config, result.registry, options.as_of, result.findings);
    result.config_file = config_path;
    if (config.fail_level) result.config_fail_level = config.fail_level->value;
  }

  std::erase_if(result.findings,
                [&](const auto& f) { return !concerns_selected_file(f, result.registry); });
  sort_findings(result.findings, result.registry);

  int files = 0, partners = 0;
  for (const auto& file : result.registry.files) {
    if (!file.selected || file.is_config) continue;
    ++files;
    partners += file.partner_documents;
  }
  result.summary = findings::count(result.findings, files, partners);
  return result;
}

}  // namespace gcsj::check
