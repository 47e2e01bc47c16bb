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
  if (partner.actions && !is_declined(partner))
    for (const Action& action : partner.actions->value)
      if (action.title) {
        digest.action_titles += trimmed(action.title->value);
        digest.action_titles += '\0';
      }
  return digest;
}

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

std::vector<std::string_view> action_titles(const PartnerDigest& partner) {
  std::vector<std::string_view> titles;
  std::string_view rest = partner.action_titles;
  while (!rest.empty()) {
    const auto end = rest.find('\0');
    titles.push_back(rest.substr(0, end));
    rest.remove_prefix(end + 1);
  }
  return titles;
}

bool has_action_title(const PartnerDigest& partner, std::string_view title) {
  const std::string_view wanted = trimmed(title);
  for (const std::string_view t : action_titles(partner))
    if (t == wanted) return true;
  return false;
}

}  // namespace gcsj::model
