#include "check/catalogue.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <vector>

#include "config/config_rules.hpp"
#include "load/csv_rules.hpp"
#include "load/format_rules.hpp"
#include "model/partner_state.hpp"

namespace gcsj::check {
namespace {

using findings::Reach;
using findings::Rule;

// The lists of the files that define rules, in the order `gcsj rules` lists them, and whether
// they judge a declined application. A new rule in an existing file needs nothing here; a new file
// of rules adds its list (scripts/add_rule.py does), and nothing counts them.
struct RuleFamily {
  std::span<const Rule* const> rules;
  // A declined application (v1.1) is judged by the file format and the keys and dates common to
  // every partner only: the rules of its category (¶19) and of commitments and actions (¶16,
  // ¶34-36) are not applied to it, since failing them is usually why it was declined.
  bool judges_declined = true;
};

const std::vector<RuleFamily>& families() {
  static const std::vector<RuleFamily> lists{
      {load::format::kFormatRules},                      // the file format (spec section 1)
      {rules::identity_rules()},                         // partners (spec section 2)
      {rules::status_rules()},                           //
      {rules::commitment_rules(), false},                //
      {rules::eligibility_state_rules(), false},         //
      {rules::where_based_rules()},                      // `country` is common to every partner
      {rules::eligibility_organization_rules(), false},  //
      {rules::action_rules(), false},                    //
      {rules::group_membership_rules()},                 // the Coordinating Group (section 3)
      {rules::group_director_general_rules()},           //
      {rules::group_term_rules()},                       //
      {rules::group_seat_rules()},                       //
      {rules::group_chair_rules()},                      //
      {rules::group_balance_rules()},                    //
      {rules::group_meeting_rules()},                    //
      {rules::forum_rules()},                            //
      {config::kConfigRules},                            // the .gcsj.yaml configuration
      {load::csv::kImportRules},                         // gcsj import: CSV files and rows
  };
  return lists;
}

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> all;
    for (const auto& family : families())
      all.insert(all.end(), family.rules.begin(), family.rules.end());
    return all;
  }();
  return rules;
}

void run_list(std::span<const Rule* const> list, const rules::Context& context, Reach reach,
              findings::FindingList& out) {
  for (const Rule* rule : list) {
    if (!rule->check || rule->reach != reach) continue;
    findings::Reporter reporter(out, *rule);
    rule->check(context, reporter);
  }
}

// The one place a declined application is left out of the rules that do not judge it: their
// document rules see the batch without it (a copy, made only for a batch that holds one). Their
// registry rules read the digests, and leave a declined one out themselves.
void run(const rules::Context& context, Reach reach, findings::FindingList& out) {
  const auto declined = [](const model::Partner& p) { return model::is_declined(p); };
  const bool any_declined = reach == Reach::document &&
                            std::any_of(context.partners.begin(), context.partners.end(), declined);
  std::vector<model::Partner> partners;
  if (any_declined)
    std::copy_if(context.partners.begin(), context.partners.end(), std::back_inserter(partners),
                 std::not_fn(declined));
  const rules::Context without_declined{context.registry,  context.as_of, context.reference,
                                        context.documents, partners,      context.groups};
  for (const RuleFamily& family : families())
    run_list(family.rules, any_declined && !family.judges_declined ? without_declined : context,
             reach, out);
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
  batch.of<model::Forum>() = registry.forums;
  return batch;
}

void run_rules(const rules::Context& context, findings::FindingList& out) {
  const model::Documents batch = all_documents(context.registry);
  run_document_rules({context.registry, context.as_of, context.reference, batch}, out);
  run_registry_rules(context, out);
}

}  // namespace gcsj::check
