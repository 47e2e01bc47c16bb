#include "model/partner_digest.hpp"

namespace gcsj::model {
namespace {

template <class T>
Known<T> known(const Field<T>& field) {
  return field ? Known<T>(*field) : std::nullopt;
}

}  // namespace

PartnerDigest PartnerDigest::of(const Partner& partner) {
  PartnerDigest digest;
  digest.where = partner.where;
  digest.id = known(partner.id);
  digest.category = known(partner.category);
  digest.status = known(partner.status);
  digest.admitted = known(partner.admitted);
  digest.withdrawn = known(partner.withdrawn);
  digest.country = known(partner.country);
  if (partner.scope) digest.scope = partner.scope->value;
  digest.sectoral = partner.sectoral && partner.sectoral->value;
  if (partner.type)
    for (const auto& t : partner.type->value) digest.types |= bit(t.value);
  return digest;
}

bool PartnerDigest::is_admitted_on(const Date& date) const {
  if (!admitted || admitted->value > date) return false;
  return !(withdrawn && withdrawn->value <= date);
}

bool PartnerDigest::is_withdrawn_on(const Date& date) const {
  if (withdrawn) return withdrawn->value <= date;
  return status && status->value == Status::withdrawn;
}

}  // namespace gcsj::model
