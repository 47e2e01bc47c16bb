#pragma once
// The rules about the Coordinating Group (spec section 3), defined in the files named below.

#include "rules/rule.hpp"

namespace gcsj::rules::group {

// group_membership_rules.cpp (¶21, ¶23, ¶25)
extern const Rule kOneGroup;
extern const Rule kMemberPartnerExists;
extern const Rule kSeatPartnerCategory;
extern const Rule kTermWithinPartnership;
extern const Rule kDirectorGeneralExOfficio;
extern const Rule kMemberTerms;
extern const Rule kMemberRegion;
extern const Rule kMemberRegionUncertain;
extern const Rule kOneSeatPerCountry;
extern const Rule kOneSeatPerPerson;

// group_term_rules.cpp (¶23, ¶25)
extern const Rule kTermLength;
extern const Rule kTermOrder;
extern const Rule kTermRenewalLimit;
extern const Rule kFirstTermNominator;
extern const Rule kRenewalNominator;
extern const Rule kTermExpiring;

// group_composition_rules.cpp (¶24, ¶25, ¶26)
extern const Rule kSeatCapacity;
extern const Rule kSeatVacant;
extern const Rule kInvitedSeatVacant;
extern const Rule kGovernmentSeatsTotal;
extern const Rule kGovernmentRegionCoverage;
extern const Rule kChairRoles;
extern const Rule kChairMissing;
extern const Rule kMemberLevel;
extern const Rule kGenderBalance;
extern const Rule kMeetingFrequency;

}  // namespace gcsj::rules::group
