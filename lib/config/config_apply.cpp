#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "config/config.hpp"
#include "config/config_rules.hpp"
#include "util/suggest.hpp"

namespace gcsj::config {
namespace {

using findings::Finding;

// The partner or Group member whose document entry holds `where`: the last one starting at or
// before it in the same file. Empty strings when none does.
struct Subject {
  std::string partner;
  std::string member;
};

Subject subject_of(const model::Location& where, const model::Registry& registry) {
  Subject subject;
  model::Location best{where.file, 0, 0};
  for (const auto& partner : registry.digests) {
    if (partner.where.file != where.file || partner.where > where || partner.where < best) continue;
    best = partner.where;
    subject.partner = partner.id ? partner.id->value : "";
  }
  for (const auto& group : registry.groups) {
    if (group.where.file != where.file || group.where > where || group.where < best) continue;
    subject.partner.clear();
    for (const auto& member : group.members)
      if (member.where <= where && member.name) subject.member = member.name->value;
  }
  return subject;
}

std::string rule_hint(std::string_view id, std::span<const findings::Rule* const> rules) {
  std::vector<std::string_view> ids;
  for (const auto* rule : rules) ids.push_back(rule->id);
  const std::string close = util::closest_match(id, ids);
  return close.empty() ? "`gcsj rules` lists the rule ids"
                       : fmt::format("did you mean `{}`?", close);
}

bool complete(const WaiverEntry& w) {
  return w.rule && (w.partner.has_value() != w.member.has_value()) && w.reason && w.approved_by &&
         w.expires;
}

bool knows(std::span<const findings::Rule* const> rules, std::string_view id) {
  return std::any_of(rules.begin(), rules.end(), [id](const auto* rule) { return rule->id == id; });
}

}  // namespace

void apply_config(const Config& config, std::span<const findings::Rule* const> rules,
                  const model::Registry& registry, const model::Date& as_of,
                  std::vector<Finding>& reported) {
  std::vector<Finding> config_findings;
  const auto report = [&](const findings::Rule& rule, model::Location where, std::string message,
                          std::string hint = {}) {
    findings::add_finding(config_findings, rule, where, std::move(message), std::move(hint));
  };

  // Severity overrides, later entries winning.
  std::map<std::string_view, std::optional<findings::Severity>> overrides;
  for (const auto& o : config.overrides) {
    if (!knows(rules, o.rule)) {
      report(kUnknownRule, o.where, fmt::format("no rule has the id `{}`", o.rule),
             rule_hint(o.rule, rules));
      continue;
    }
    overrides[o.rule] = o.severity;
  }
  std::erase_if(reported, [&](const Finding& f) {
    const auto it = overrides.find(f.rule);
    return it != overrides.end() && !it->second;
  });
  for (Finding& f : reported)
    if (const auto it = overrides.find(f.rule); it != overrides.end()) f.severity = *it->second;

  // Waivers: each covers the findings of its rule located in its partner's or member's entry.
  for (const WaiverEntry& w : config.waivers) {
    if (!complete(w)) {
      report(kWaiverIncomplete, w.where,
             "a waiver needs `rule`, one of `partner` or `member`, `reason`, `approved_by` and "
             "`expires`");
      continue;
    }
    if (!knows(rules, w.rule->value)) {
      report(kUnknownRule, w.rule->where, fmt::format("no rule has the id `{}`", w.rule->value),
             rule_hint(w.rule->value, rules));
      continue;
    }
    if (w.expires->value < as_of) {
      report(kWaiverExpired, w.expires->where,
             fmt::format("the waiver of `{}` for {} expired on {}", w.rule->value,
                         w.partner ? fmt::format("partner `{}`", w.partner->value)
                                   : fmt::format("member {}", w.member->value),
                         w.expires->value.iso()),
             "renew it with a new approval, or remove it");
      continue;
    }
    int covered = 0;
    for (Finding& f : reported) {
      if (f.rule != w.rule->value || f.waived) continue;
      const Subject subject = subject_of(f.where, registry);
      const bool matches =
          w.partner ? subject.partner == w.partner->value : subject.member == w.member->value;
      if (!matches) continue;
      f.waived = findings::Waiver{w.reason->value, w.approved_by->value, w.expires->value.iso()};
      ++covered;
    }
    if (covered == 0)
      report(kWaiverUnused, w.where,
             fmt::format("the waiver of `{}` covers no finding", w.rule->value),
             "the problem may be fixed, or the partner id or member name misspelt");
  }
  reported.insert(reported.end(), config_findings.begin(), config_findings.end());
}

}  // namespace gcsj::config
