#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "config/config.hpp"
#include "config/config_rules.hpp"
#include "config/subjects.hpp"
#include "model/enum_names.hpp"
#include "util/suggest.hpp"

namespace gcsj::config {
namespace {

using findings::Finding;
using findings::Rule;
using i18n::arg;
using i18n::msg;
using RuleList = std::span<const Rule* const>;

const Rule* rule_named(RuleList rules, std::string_view id) {
  const auto it =
      std::find_if(rules.begin(), rules.end(), [id](const Rule* rule) { return rule->id == id; });
  return it == rules.end() ? nullptr : *it;
}

i18n::Message rule_hint(std::string_view id, RuleList rules) {
  std::vector<std::string_view> ids;
  for (const auto* rule : rules) ids.push_back(rule->id);
  const std::string close = util::closest_match(id, ids);
  return close.empty() ? msg("`gcsj rules` lists the rule ids")
                       : msg("did you mean `{suggestion}`?", arg("suggestion", close));
}

i18n::Message no_such_rule(std::string_view id) {
  return msg("no rule has the id `{rule}`", arg("rule", id));
}

// The configuration cannot be used: it tries to hide what gcsj could not read.
util::Error locked(const model::Registry& registry, const model::Location& where,
                   std::string_view rule, std::string_view attempt) {
  return util::Error{fmt::format(
      "{}:{}:{}: `{}` is a rule of the file format: a configuration cannot {} it, since its "
      "findings mean that part of the registry was not read as written",
      registry.file(where.file).path, where.line, where.column, rule, attempt)};
}

// How many subjects a waiver names (it must name exactly one), and whether one is empty.
int subjects_named(const WaiverEntry& w) {
  return w.partner.has_value() + w.member.has_value() + w.seat.has_value() +
         (w.group.has_value() && w.group->value);
}

bool blank(const model::Field<std::string>& field) {
  return field && field->value.find_first_not_of(" \t") == std::string::npos;
}

// What a waiver is for, as a phrase: "the waiver of `rule` for {subject}".
i18n::Message subject_text(const WaiverEntry& w) {
  // TRANSLATORS: the subject of a waiver, in "the waiver of `rule` for {subject} ...".
  if (w.partner) return msg("partner `{partner}`", arg("partner", w.partner->value));
  if (w.member) return msg("member {member}", arg("member", w.member->value));
  if (w.seat && w.region)
    return msg("the `{seat}` seats of `{region}`", arg("seat", model::enum_name(w.seat->value)),
               arg("region", model::enum_name(w.region->value)));
  if (w.seat) return msg("the `{seat}` seat", arg("seat", model::enum_name(w.seat->value)));
  return msg("the Coordinating Group");
}

// The finding of a complete waiver whose subject does not exist, or nothing when it does.
std::optional<i18n::Message> missing_subject(const WaiverEntry& w, const SubjectIndex& subjects) {
  const auto rule = arg("rule", w.rule->value);
  if (w.partner && !subjects.has_partner(w.partner->value))
    return msg("the waiver of `{rule}` covers no finding: no partner has the id `{partner}`", rule,
               arg("partner", w.partner->value));
  if (w.member && !subjects.has_member(w.member->value))
    return msg(
        "the waiver of `{rule}` covers no finding: no member of the Coordinating Group is named "
        "{member}",
        rule, arg("member", w.member->value));
  if ((w.seat || w.group) && !subjects.has_group())
    return msg("the waiver of `{rule}` covers no finding: the registry has no Coordinating Group",
               rule);
  return std::nullopt;
}

// The findings of one rule, grouped by the partner and the member they are about.
struct RuleFindings {
  std::vector<std::size_t> all;
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_partner;
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_member;
  std::vector<std::size_t> in_group;
};

// The configuration's own findings, added to the registry's once every waiver is applied.
class ConfigFindings {
 public:
  void add(const Rule& rule, model::Location where, i18n::Message message,
           i18n::Message hint = {}) {
    findings::add_finding(findings_, rule, where, std::move(message), std::move(hint));
  }
  std::vector<Finding>& list() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

// Severity overrides, later entries winning. A locked rule may be named only to keep it an
// error, and may never be waived: either is an Error, as the configuration would hide what gcsj
// could not read.
util::Expected<void> apply_overrides(const Config& config, RuleList rules,
                                     const model::Registry& registry,
                                     std::vector<Finding>& reported, ConfigFindings& out) {
  std::map<std::string_view, std::optional<findings::Severity>> overrides;
  for (const auto& o : config.overrides) {
    const Rule* rule = rule_named(rules, o.rule);
    if (!rule) {
      out.add(kUnknownRule, o.where, no_such_rule(o.rule), rule_hint(o.rule, rules));
      continue;
    }
    if (rule->locked && o.severity != findings::Severity::error)
      return locked(registry, o.where, rule->id, o.severity ? "lower" : "turn off");
    overrides[o.rule] = o.severity;
  }
  for (const WaiverEntry& w : config.waivers)
    if (w.rule)
      if (const Rule* rule = rule_named(rules, w.rule->value); rule && rule->locked)
        return locked(registry, w.rule->where, rule->id, "waive");

  std::erase_if(reported, [&](const Finding& f) {
    const auto it = overrides.find(f.rule);
    return it != overrides.end() && !it->second;
  });
  for (Finding& f : reported)
    if (const auto it = overrides.find(f.rule); it != overrides.end()) f.severity = *it->second;
  return {};
}

// The findings of each rule by subject (each finding's subject was found once, by validate()).
// A `group: true` waiver covers the findings about the Group as a whole, never those located
// in one member's entry; a summary of findings about several subjects has none of them.
std::unordered_map<std::string_view, RuleFindings> index_by_subject(
    const std::vector<Finding>& reported) {
  std::unordered_map<std::string_view, RuleFindings> by_rule;
  for (std::size_t i = 0; i < reported.size(); ++i) {
    const findings::Subject& subject = reported[i].subject;
    RuleFindings& of_rule = by_rule[reported[i].rule];
    of_rule.all.push_back(i);
    if (subject.several) continue;
    if (!subject.partner.empty()) of_rule.by_partner[subject.partner].push_back(i);
    if (!subject.member.empty()) of_rule.by_member[subject.member].push_back(i);
    if (subject.in_group && !subject.in_member) of_rule.in_group.push_back(i);
  }
  return by_rule;
}

// The findings a waiver may cover: those of its rule about its subject (a seat's are filtered
// by seat and region when they are waived).
const std::vector<std::size_t>& candidates_of(
    const WaiverEntry& w, const std::unordered_map<std::string_view, RuleFindings>& by_rule) {
  static const std::vector<std::size_t> none;
  const auto found = by_rule.find(w.rule->value);
  if (found == by_rule.end()) return none;
  const RuleFindings& of_rule = found->second;
  const auto lookup = [&](const auto& map, std::string_view key) -> const auto& {
    const auto it = map.find(key);
    return it == map.end() ? none : it->second;
  };
  if (w.partner) return lookup(of_rule.by_partner, w.partner->value);
  if (w.member) return lookup(of_rule.by_member, w.member->value);
  if (w.group) return of_rule.in_group;
  if (w.seat) return of_rule.all;
  return none;
}

// Applies one waiver: a finding of the configuration when it is incomplete, names an unknown
// rule, has expired or covers nothing; otherwise marks the findings it covers as waived.
void apply_waiver(const WaiverEntry& w, RuleList rules, const model::Date& as_of,
                  const SubjectIndex& subjects,
                  const std::unordered_map<std::string_view, RuleFindings>& by_rule,
                  std::vector<Finding>& reported, ConfigFindings& out) {
  if (!w.rule || !w.reason || !w.approved_by || !w.expires || subjects_named(w) != 1 ||
      blank(w.partner) || blank(w.member) || blank(w.reason) || blank(w.approved_by) ||
      (w.region && !w.seat)) {
    out.add(kWaiverIncomplete, w.where,
            msg("a waiver needs `rule`, exactly one subject (`partner`, `member`, `seat` with an "
                "optional `region`, or `group: true`), `reason`, `approved_by` and `expires`, "
                "none of them empty"));
    return;
  }
  if (!rule_named(rules, w.rule->value)) {
    out.add(kUnknownRule, w.rule->where, no_such_rule(w.rule->value),
            rule_hint(w.rule->value, rules));
    return;
  }
  if (w.expires->value < as_of) {
    out.add(
        kWaiverExpired, w.expires->where,
        msg("the waiver of `{rule}` for {subject} expired on {date}", arg("rule", w.rule->value),
            arg("subject", subject_text(w)), arg("date", w.expires->value)),
        msg("renew it with a new approval, or remove it"));
    return;
  }
  if (auto missing = missing_subject(w, subjects)) {
    out.add(kWaiverUnused, w.where, std::move(*missing),
            msg("the partner id or member name may be misspelt, or the subject gone"));
    return;
  }
  int covered = 0;
  for (const std::size_t i : candidates_of(w, by_rule)) {
    Finding& f = reported[i];
    if (f.waived) continue;
    if (w.seat && (!f.seat || f.seat->seat != w.seat->value ||
                   (w.region && f.seat->region != w.region->value)))
      continue;
    f.waived = findings::Waiver{w.reason->value, w.approved_by->value, w.expires->value.iso()};
    ++covered;
  }
  if (covered == 0)
    out.add(kWaiverUnused, w.where,
            msg("the waiver of `{rule}` for {subject} covers no finding",
                arg("rule", w.rule->value), arg("subject", subject_text(w))),
            msg("the problem may be fixed; remove the waiver"));
}

}  // namespace

util::Expected<void> apply_config(const Config& config, RuleList rules,
                                  const model::Registry& registry, const SubjectIndex& subjects,
                                  const model::Date& as_of, std::vector<Finding>& reported) {
  ConfigFindings config_findings;
  if (auto applied = apply_overrides(config, rules, registry, reported, config_findings); !applied)
    return applied.error();
  if (!config.waivers.empty()) {
    const auto by_rule = index_by_subject(reported);
    for (const WaiverEntry& w : config.waivers)
      apply_waiver(w, rules, as_of, subjects, by_rule, reported, config_findings);
  }
  reported.insert(reported.end(), config_findings.list().begin(), config_findings.list().end());
  return {};
}

util::Expected<void> apply_config(const Config& config, RuleList rules,
                                  const model::Registry& registry, const model::Date& as_of,
                                  std::vector<Finding>& reported) {
  return apply_config(config, rules, registry, SubjectIndex(registry), as_of, reported);
}

}  // namespace gcsj::config
