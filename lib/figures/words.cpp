#include "figures/words.hpp"

namespace gcsj::figures {

std::string_view role_word(model::Role role) {
  switch (role) {
    case model::Role::co_chair:
      return "Co-Chairperson";
    case model::Role::vice_chair:
      return "Vice-Chairperson";
    case model::Role::member:
      return "member";
  }
  return "member";
}

std::string_view nominator_word(model::Nominator nominator) {
  switch (nominator) {
    case model::Nominator::government_group:
      return "the Government group";
    case model::Nominator::employers_group:
      return "the secretariat of the Employers' group";
    case model::Nominator::workers_group:
      return "the secretariat of the Workers' group";
    case model::Nominator::director_general:
      return "the Director-General, by invitation";
    case model::Nominator::un_secretary_general:
      return "the UN Secretary-General";
  }
  return "";
}

std::string_view action_status_word(model::ActionStatus status) {
  switch (status) {
    case model::ActionStatus::pledged:
      return "Pledged";
    case model::ActionStatus::ongoing:
      return "Ongoing";
    case model::ActionStatus::completed:
      return "Completed";
  }
  return "";
}

std::string_view level_word(model::Level level) {
  switch (level) {
    case model::Level::global:
      return "global";
    case model::Level::regional:
      return "regional";
    case model::Level::national:
      return "national";
  }
  return "";
}

std::string_view support_word(model::Support support) {
  switch (support) {
    case model::Support::advocacy:
      return "advocacy";
    case model::Support::in_kind:
      return "in-kind support";
    case model::Support::financial:
      return "financial contributions";
  }
  return "";
}

std::string_view region_word(model::GovernmentRegion region) {
  switch (region) {
    case model::GovernmentRegion::africa:
      return "Africa";
    case model::GovernmentRegion::americas:
      return "Americas";
    case model::GovernmentRegion::asia_pacific:
      return "Asia and the Pacific";
    case model::GovernmentRegion::europe:
      return "Europe";
  }
  return "";
}

}  // namespace gcsj::figures
