#include "model/partner.hpp"

#include <algorithm>

#include "model/enum_names.hpp"

namespace gcsj::model {

bool Partner::is_admitted_on(const Date& date) const {
  if (!admitted || admitted->value > date) return false;
  return !(withdrawn && withdrawn->value <= date);
}

bool Partner::has_type(OrgType t) const {
  if (!type) return false;
  return std::any_of(type->value.begin(), type->value.end(),
                     [t](const Located<OrgType>& v) { return v.value == t; });
}

bool is_plain_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && id[0] != '-' &&
         id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
}

std::string_view to_string(Category v) {
  return enum_name(v);
}
std::string_view to_string(Status v) {
  return enum_name(v);
}
std::string_view to_string(Scope v) {
  return enum_name(v);
}
std::string_view to_string(OrgType v) {
  return enum_name(v);
}
std::string_view to_string(Level v) {
  return enum_name(v);
}
std::string_view to_string(Support v) {
  return enum_name(v);
}
std::string_view to_string(ActionStatus v) {
  return enum_name(v);
}
std::string_view to_string(EcosocStatus v) {
  return enum_name(v);
}

}  // namespace gcsj::model
