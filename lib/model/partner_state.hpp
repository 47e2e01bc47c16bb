#pragma once
// A partner's state on a date, and its category and type, asked the same way of a whole Partner
// and of the PartnerDigest that `gcsj validate` keeps of it: every rule and every view calls
// these, so "admitted on D" means one thing everywhere (spec section 2, "State on a date").

#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/partner_digest.hpp"

namespace gcsj::model {

// What Partner and PartnerDigest share: optional located values of these keys.
template <class P>
concept PartnerRecord = requires(const P& p) {
  p.category;
  p.status;
  p.admitted;
  p.withdrawn;
};

// A declined application (v1.1): never a partner on any date, whatever dates it carries.
template <PartnerRecord P>
bool is_declined(const P& partner) {
  return partner.status && partner.status->value == Status::declined;
}

// Admitted on `date`: its `admitted` date is on or before it and it has not withdrawn by then.
template <PartnerRecord P>
bool is_admitted_on(const P& partner, const Date& date) {
  if (is_declined(partner)) return false;
  if (!partner.admitted || partner.admitted->value > date) return false;
  return !(partner.withdrawn && partner.withdrawn->value <= date);
}

// Withdrawn on `date`: by a withdrawal date on or before it, or by a status without a date.
template <PartnerRecord P>
bool is_withdrawn_on(const P& partner, const Date& date) {
  if (is_declined(partner)) return false;
  if (partner.withdrawn) return partner.withdrawn->value <= date;
  return partner.status && partner.status->value == Status::withdrawn;
}

// Public on `date`: admitted on it and not an application (¶18 makes partnership public on
// admission). Only such partners are named by the report and the portal.
template <PartnerRecord P>
bool is_public_on(const P& partner, const Date& date) {
  return partner.status && partner.status->value != Status::applied &&
         is_admitted_on(partner, date);
}

template <PartnerRecord P>
bool is_category(const P& partner, Category category) {
  return partner.category && partner.category->value == category;
}

// The values of `type` (¶19(c)-(e)) as a set.
inline OrgTypes org_types(const PartnerDigest& partner) {
  return partner.types;
}
OrgTypes org_types(const Partner& partner);

template <PartnerRecord P>
bool has_type(const P& partner, OrgType type) {
  return org_types(partner).contains(type);
}

}  // namespace gcsj::model
