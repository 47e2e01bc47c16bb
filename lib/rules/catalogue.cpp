#include <algorithm>
#include <array>

#include "rules/config_rules.hpp"
#include "rules/format_rules.hpp"
#include "rules/group_rules.hpp"
#include "rules/partner_rules.hpp"
#include "rules/rule.hpp"

namespace gcsj::rules {
namespace {

// Every rule gcsj knows, in the order `gcsj rules` lists them. Adding a rule means adding it here.
constexpr std::array kCatalogue{
    // The file format (spec section 1): applied by the loader.
    &format::kYamlSyntax,
    &format::kEncoding,
    &format::kInputLimit,
    &format::kUnreadableFile,
    &format::kEmptyFile,
    &format::kAlias,
    &format::kMergeKey,
    &format::kTag,
    &format::kDuplicateKey,
    &format::kUnknownKey,
    &format::kWrongType,
    &format::kAmbiguousBoolean,
    &format::kInvalidDate,
    &format::kInvalidValue,
    &format::kMissingKind,
    // Partners (spec section 2).
    &partner::kMissingKey,
    &partner::kIdFormat,
    &partner::kDuplicateId,
    &partner::kFileNameMatchesId,
    &partner::kAdherenceDeclared,
    &partner::kStatusDates,
    &partner::kDateOrder,
    &partner::kAdvocateUphold,
    &partner::kContribute,
    &partner::kActionsRequired,
    &partner::kGovernmentCountry,
    &partner::kGovernmentIloMember,
    &partner::kOneGovernmentPerCountry,
    &partner::kSocialPartnerScope,
    &partner::kSocialPartnerNational,
    &partner::kInternationalOrganizationType,
    &partner::kInternationalOrganizationReview,
    &partner::kRegionalOrganizationType,
    &partner::kEnterpriseType,
    &partner::kEnterpriseChannel,
    &partner::kNgoInternational,
    &partner::kNgoAccreditation,
    &partner::kAcademicPartnership,
    &partner::kActionDomains,
    &partner::kActionPriorities,
    &partner::kActionSdgs,
    &partner::kActionCountries,
    &partner::kActionWithPartner,
    // The Coordinating Group (spec section 3).
    &group::kOneGroup,
    &group::kMemberPartnerExists,
    &group::kSeatPartnerCategory,
    &group::kTermWithinPartnership,
    &group::kDirectorGeneralExOfficio,
    &group::kMemberTerms,
    &group::kMemberRegion,
    &group::kMemberRegionUncertain,
    &group::kOneSeatPerCountry,
    &group::kOneSeatPerPerson,
    &group::kTermLength,
    &group::kTermOrder,
    &group::kTermRenewalLimit,
    &group::kFirstTermNominator,
    &group::kRenewalNominator,
    &group::kTermExpiring,
    &group::kSeatCapacity,
    &group::kSeatVacant,
    &group::kInvitedSeatVacant,
    &group::kGovernmentSeatsTotal,
    &group::kGovernmentRegionCoverage,
    &group::kChairRoles,
    &group::kChairMissing,
    &group::kMemberLevel,
    &group::kGenderBalance,
    &group::kMeetingFrequency,
    // The .gcsj.yaml configuration.
    &config::kUnknownRule,
    &config::kWaiverIncomplete,
    &config::kWaiverExpired,
    &config::kWaiverUnused,
};

}  // namespace

findings::Finding& Reporter::add(const Rule& rule, model::Location where, std::string message,
                                 std::string hint) {
  findings::Finding& f = out_.emplace_back();
  f.severity = rule.severity;
  f.rule = rule.id;
  f.paragraph = rule.paragraph;
  f.where = where;
  f.message = std::move(message);
  f.hint = std::move(hint);
  return f;
}

std::span<const Rule* const> catalogue() {
  return kCatalogue;
}

const Rule* find_rule(std::string_view id) {
  const auto it = std::find_if(kCatalogue.begin(), kCatalogue.end(),
                               [id](const Rule* rule) { return rule->id == id; });
  return it == kCatalogue.end() ? nullptr : *it;
}

void run_document_rules(const Context& context, std::vector<findings::Finding>& out) {
  Reporter reporter(out);
  for (const Rule* rule : kCatalogue)
    if (rule->check && rule->reach == Reach::document) rule->check(context, reporter);
}

void run_registry_rules(const Context& context, std::vector<findings::Finding>& out) {
  Reporter reporter(out);
  for (const Rule* rule : kCatalogue)
    if (rule->check && rule->reach == Reach::registry) rule->check(context, reporter);
}

std::vector<findings::Finding> run_rules(const Context& context) {
  std::vector<findings::Finding> out;
  Context documents = context;
  documents.partners = context.registry.partners;
  documents.groups = context.registry.groups;
  run_document_rules(documents, out);
  run_registry_rules(context, out);
  return out;
}

}  // namespace gcsj::rules
