#pragma once
// The rules about partners (spec section 2), one object each, defined in the files named below.

#include "rules/rule.hpp"

namespace gcsj::rules::partner {

// identity_rules.cpp
extern const Rule kMissingKey;
extern const Rule kIdFormat;
extern const Rule kDuplicateId;
extern const Rule kFileNameMatchesId;

// status_rules.cpp (¶18)
extern const Rule kStatusDates;
extern const Rule kDateOrder;

// commitment_rules.cpp (¶16, ¶18)
extern const Rule kAdherenceDeclared;
extern const Rule kAdvocateUphold;
extern const Rule kContribute;
extern const Rule kActionsRequired;

// action_rules.cpp (¶16, ¶34-36)
extern const Rule kActionDomains;
extern const Rule kActionPriorities;
extern const Rule kActionSdgs;
extern const Rule kActionCountries;
extern const Rule kActionWithPartner;

// eligibility_states.cpp (¶19(a), ¶19(b))
extern const Rule kGovernmentCountry;
extern const Rule kGovernmentIloMember;
extern const Rule kOneGovernmentPerCountry;
extern const Rule kSocialPartnerScope;
extern const Rule kSocialPartnerNational;

// eligibility_organizations.cpp (¶19(c)-(g))
extern const Rule kInternationalOrganizationType;
extern const Rule kInternationalOrganizationReview;
extern const Rule kRegionalOrganizationType;
extern const Rule kEnterpriseType;
extern const Rule kEnterpriseChannel;
extern const Rule kNgoInternational;
extern const Rule kNgoAccreditation;
extern const Rule kAcademicPartnership;

}  // namespace gcsj::rules::partner
