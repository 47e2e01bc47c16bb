#include "check/compare.hpp"

#include <deque>
#include <unordered_map>

namespace gcsj::check {
namespace {

// The change's own configuration (the nearest .gcsj.yaml above PATH), when it differs from the
// one applied: named so that a reviewer sees a change that tries to tune its own check. A linked
// one is never applied (nor followed), so it is always named.
std::optional<std::string> differing_own_config(const ValidateOptions& head,
                                                const std::optional<config::NamedConfig>& applied) {
  if (head.input.paths.empty()) return std::nullopt;
  const auto found = config::locate_config(head.input.paths.front());
  if (!found) return std::nullopt;
  if (found->link) return found->shown;
  const auto text = config::read_config_text(found->shown);
  if (applied && text && *text == applied->text) return std::nullopt;
  return found->shown;
}

}  // namespace

void match_findings(Comparison& comparison, findings::Severity fail_level) {
  const auto& head = comparison.head;
  const auto& base = comparison.base;
  // For each key, the base's findings of that key still unmatched, in report order: those that
  // failed the run, and those that did not.
  struct Waiting {
    std::deque<std::size_t> failing;
    std::deque<std::size_t> other;
  };
  std::unordered_map<std::string, Waiting> waiting;
  for (std::size_t i = 0; i < base.findings.size(); ++i) {
    const auto& f = base.findings[i];
    auto& of_key = waiting[findings::baseline_key(f, base.registry.file(f.where.file).path)];
    (findings::fails(f, fail_level) ? of_key.failing : of_key.other).push_back(i);
  }
  std::vector<bool> matched(base.findings.size(), false);
  const auto take = [&](std::deque<std::size_t>& from) {
    if (from.empty()) return false;
    matched[from.front()] = true;
    from.pop_front();
    return true;
  };
  comparison.states.assign(head.findings.size(), findings::BaselineState::introduced);
  // The failing findings first, so that none of them loses its failing match to one that does
  // not fail.
  for (const bool failing : {true, false}) {
    for (std::size_t i = 0; i < head.findings.size(); ++i) {
      const auto& f = head.findings[i];
      if (findings::fails(f, fail_level) != failing) continue;
      const auto it =
          waiting.find(findings::baseline_key(f, head.registry.file(f.where.file).path));
      if (it == waiting.end()) continue;
      const bool found =
          failing ? take(it->second.failing) : take(it->second.other) || take(it->second.failing);
      if (found) comparison.states[i] = findings::BaselineState::unchanged;
    }
  }
  comparison.introduced = comparison.unchanged = 0;
  for (const auto state : comparison.states)
    ++(state == findings::BaselineState::unchanged ? comparison.unchanged : comparison.introduced);
  comparison.resolved.clear();
  for (std::size_t i = 0; i < base.findings.size(); ++i)
    if (!matched[i]) comparison.resolved.push_back(base.findings[i]);
}

util::Expected<Comparison> validate_change(const ValidateOptions& head, const BaseVersion& base,
                                           const FailLevel& fail_level) {
  ValidateOptions head_options = head;
  ValidateOptions base_options = head;
  const bool configured = head.config_file.has_value() || !head.find_config || head.config_given;
  Comparison comparison;
  if (!configured) {
    // The base version's configuration judges both: the reviewed one, not the change's.
    head_options.config_given = base_options.config_given = base.config;
    head_options.find_config = base_options.find_config = false;
    comparison.own_config = differing_own_config(head, base.config);
  }
  base_options.input.source = base.files.get();
  base_options.input.paths.clear();
  base_options.input.registry_dir.reset();
  base_options.input.stdin_file.reset();
  base_options.input.allow_empty = true;  // an older version may hold no registry file yet
  auto head_result = validate(head_options);
  if (!head_result) return head_result.error();
  auto base_result = validate(base_options);
  if (!base_result) return base_result.error();
  comparison.head = std::move(*head_result);
  comparison.base = std::move(*base_result);
  const auto configured_level = comparison.head.config_fail_level;
  match_findings(comparison, fail_level ? fail_level(configured_level)
                                        : configured_level.value_or(findings::Severity::error));
  return comparison;
}

}  // namespace gcsj::check
