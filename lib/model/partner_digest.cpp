#include "model/partner_digest.hpp"

#include "model/partner_state.hpp"

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
  digest.anonymous = partner.anonymous;
  digest.category = known(partner.category);
  digest.status = known(partner.status);
  digest.admitted = known(partner.admitted);
  digest.withdrawn = known(partner.withdrawn);
  digest.published = known(partner.published);
  digest.country = known(partner.country);
  if (partner.scope) digest.scope = partner.scope->value;
  digest.sectoral = partner.sectoral && partner.sectoral->value;
  digest.types = org_types(partner);
  return digest;
}

}  // namespace gcsj::model
