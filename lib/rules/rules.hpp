#pragma once
// The rules of the Coalition: what a check function sees (Context), and the rules each file of
// lib/rules defines, one list per file. lib/check/catalogue.cpp puts them in one list with the
// rules of the file format (lib/load) and of the configuration (lib/config).

#include <span>

#include "findings/rule.hpp"
#include "model/date.hpp"
#include "model/documents.hpp"
#include "model/registry.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::rules {

using findings::Reach;
using findings::Reporter;
using findings::Rule;
using findings::Severity;
using RuleList = std::span<const Rule* const>;

// What a rule sees. Document rules judge `documents`, the documents being checked, a list per
// kind (a few at a time while a large registry streams in): `partners` and `groups` are its lists
// of the two kinds the rules read today, and a rule of another kind reads
// `context.documents.of<Kind>()`. Registry rules judge `registry` once it is whole: its digests,
// its groups and its references.
struct Context {
  const model::Registry& registry;
  model::Date as_of;
  const refdata::ReferenceData& reference;
  const model::Documents& documents = model::Documents::none();
  std::span<const model::Partner> partners = documents.of<model::Partner>();
  std::span<const model::Group> groups = documents.of<model::Group>();
};

// The rules of each file, in the order `gcsj rules` lists them.
RuleList identity_rules();           // identity_rules.cpp: keys, ids, file names
RuleList status_rules();             // status_rules.cpp: ¶18
RuleList commitment_rules();         // commitment_rules.cpp: ¶16
RuleList eligibility_state_rules();  // eligibility_states.cpp: ¶19(a), (b)
RuleList where_based_rules();        // eligibility_states.cpp: `country` of every partner (v1.1)
RuleList eligibility_organization_rules();  // eligibility_organizations.cpp: ¶19(c)-(g)
RuleList action_rules();                    // action_rules.cpp: ¶16(c), ¶34-36
RuleList group_membership_rules();          // group_membership_rules.cpp: ¶21, ¶23, ¶25
RuleList group_director_general_rules();    // group_director_general_rules.cpp: ¶23, ¶25(a)
RuleList group_term_rules();                // group_term_rules.cpp: ¶23
RuleList group_seat_rules();                // group_seat_rules.cpp: ¶25 seats and vacancies
RuleList group_chair_rules();               // group_chair_rules.cpp: ¶25(a), (c)-(e) chairs
RuleList group_balance_rules();             // group_balance_rules.cpp: ¶26
RuleList group_meeting_rules();             // group_meeting_rules.cpp: ¶24
RuleList forum_rules();                     // forum_rules.cpp

}  // namespace gcsj::rules
