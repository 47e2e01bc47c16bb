#include "figures/words.hpp"

#include "group/state.hpp"
#include "i18n/message.hpp"

namespace gcsj::figures {

using i18n::NC_;

i18n::Term role_term(model::Role role) {
  switch (role) {
    case model::Role::co_chair:
      return NC_("role in the Coordinating Group", "Co-Chairperson");
    case model::Role::vice_chair:
      return NC_("role in the Coordinating Group", "Vice-Chairperson");
    case model::Role::member:
      return NC_("role in the Coordinating Group", "member");
  }
  return NC_("role in the Coordinating Group", "member");
}

i18n::Term role_term(model::Role role, i18n::Agreement agreement) {
  if (agreement == i18n::Agreement::feminine) switch (role) {
      case model::Role::co_chair:
        return NC_("role in the Coordinating Group, said of a woman", "Co-Chairperson");
      case model::Role::vice_chair:
        return NC_("role in the Coordinating Group, said of a woman", "Vice-Chairperson");
      case model::Role::member:
        return NC_("role in the Coordinating Group, said of a woman", "member");
    }
  if (agreement == i18n::Agreement::masculine) switch (role) {
      case model::Role::co_chair:
        return NC_("role in the Coordinating Group, said of a man", "Co-Chairperson");
      case model::Role::vice_chair:
        return NC_("role in the Coordinating Group, said of a man", "Vice-Chairperson");
      case model::Role::member:
        return NC_("role in the Coordinating Group, said of a man", "member");
    }
  return role_term(role);
}

i18n::Term nominator_term(model::Nominator nominator) {
  switch (nominator) {
    case model::Nominator::government_group:
      return NC_("who proposes a member", "the Government group");
    case model::Nominator::employers_group:
      return NC_("who proposes a member", "the secretariat of the Employers' group");
    case model::Nominator::workers_group:
      return NC_("who proposes a member", "the secretariat of the Workers' group");
    case model::Nominator::director_general:
      return NC_("who proposes a member", "the Director-General, by invitation");
    case model::Nominator::un_secretary_general:
      return NC_("who proposes a member", "the UN Secretary-General");
  }
  return {};
}

i18n::Term action_status_term(model::ActionStatus status) {
  switch (status) {
    case model::ActionStatus::pledged:
      return NC_("status of an action", "Pledged");
    case model::ActionStatus::ongoing:
      return NC_("status of an action", "Ongoing");
    case model::ActionStatus::completed:
      return NC_("status of an action", "Completed");
  }
  return {};
}

i18n::Term level_term(model::Level level) {
  switch (level) {
    case model::Level::global:
      return NC_("level of contribution", "global");
    case model::Level::regional:
      return NC_("level of contribution", "regional");
    case model::Level::national:
      return NC_("level of contribution", "national");
  }
  return {};
}

i18n::Term support_term(model::Support support) {
  switch (support) {
    case model::Support::advocacy:
      return NC_("kind of support", "advocacy");
    case model::Support::in_kind:
      return NC_("kind of support", "in-kind support");
    case model::Support::financial:
      return NC_("kind of support", "financial contributions");
  }
  return {};
}

i18n::Term region_term(model::GovernmentRegion region) {
  switch (region) {
    case model::GovernmentRegion::africa:
      return NC_("region of Government seats", "Africa");
    case model::GovernmentRegion::americas:
      return NC_("region of Government seats", "Americas");
    case model::GovernmentRegion::asia_pacific:
      return NC_("region of Government seats", "Asia and the Pacific");
    case model::GovernmentRegion::europe:
      return NC_("region of Government seats", "Europe");
  }
  return {};
}

std::string_view action_status_word(model::ActionStatus status) {
  return action_status_term(status).msgid;
}

std::string capacity_words(const group::SeatRow& row, const i18n::Translator& tr) {
  const auto capacity = group::capacity_of(row);
  if (!capacity) return "-";
  if (!row.kind->up_to) return std::to_string(*capacity);
  return i18n::msg("up to {count}", i18n::arg("count", *capacity)).in(tr);
}

}  // namespace gcsj::figures
