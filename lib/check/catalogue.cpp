#include "check/catalogue.hpp"

#include <algorithm>
#include <initializer_list>
#include <vector>

#include "config/config_rules.hpp"
#include "load/format_rules.hpp"

namespace gcsj::check {
namespace {

using findings::Reach;
using findings::Rule;

// The lists of the files that define rules, in the order `gcsj rules` lists them. A new rule in
// an existing file needs nothing here; a new file of rules adds its list (scripts/add_rule.py
// does), and nothing counts them.
const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    const std::initializer_list<std::span<const Rule* const>> lists{
        load::format::kFormatRules,               // the file format (spec section 1)
        rules::identity_rules(),                  // partners (spec section 2)
        rules::status_rules(),                    //
        rules::commitment_rules(),                //
        rules::eligibility_state_rules(),         //
        rules::eligibility_organization_rules(),  //
        rules::action_rules(),                    //
        rules::group_membership_rules(),          // the Coordinating Group (spec section 3)
        rules::group_director_general_rules(),    //
        rules::group_term_rules(),                //
        rules::group_seat_rules(),                //
        rules::group_chair_rules(),               //
        rules::group_balance_rules(),             //
        rules::group_meeting_rules(),             //
        config::kConfigRules,                     // the .gcsj.yaml configuration
    };
    std::vector<const Rule*> all;
    for (const auto& list : lists) all.insert(all.end(), list.begin(), list.end());
    return all;
  }();
  return rules;
}

void run(const rules::Context& context, Reach reach, findings::FindingList& out) {
  for (const Rule* rule : all_rules()) {
    if (!rule->check || rule->reach != reach) continue;
    findings::Reporter reporter(out, *rule);
    rule->check(context, reporter);
  }
}

}  // namespace

std::span<const Rule* const> catalogue() {
  return all_rules();
}

const Rule* find_rule(std::string_view id) {
  const auto& rules = all_rules();
  const auto it =
      std::find_if(rules.begin(), rules.end(), [id](const Rule* rule) { return rule->id == id; });
  return it == rules.end() ? nullptr : *it;
}

void run_document_rules(const rules::Context& context, findings::FindingList& out) {
  run(context, Reach::document, out);
}

void run_registry_rules(const rules::Context& context, findings::FindingList& out) {
  run(context, Reach::registry, out);
}

model::Documents all_documents(const model::Registry& registry) {
  model::Documents batch = registry.other_documents;
  batch.of<model::Partner>().assign(registry.partners.begin(), registry.partners.end());
  batch.of<model::Group>() = registry.groups;
  return batch;
}

void run_rules(const rules::Context& context, findings::FindingList& out) {
  const model::Documents batch = all_documents(context.registry);
  run_document_rules({context.registry, context.as_of, context.reference, batch}, out);
  run_registry_rules(context, out);
}

}  // namespace gcsj::check
