#include "model/partner.hpp"

#include "model/enum_names.hpp"
#include "model/partner_state.hpp"

namespace gcsj::model {

OrgTypes org_types(const Partner& partner) {
  OrgTypes types;
  if (partner.type)
    for (const auto& t : partner.type->value) types.insert(t.value);
  return types;
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

std::string_view category_paragraph(Category category) {
  switch (category) {
    case Category::government:
      return "19(a)";
    case Category::employers_organization:
    case Category::workers_organization:
      return "19(b)";
    case Category::international_organization:
      return "19(c)";
    case Category::regional_organization:
      return "19(d)";
    case Category::enterprise:
      return "19(e)";
    case Category::ngo:
      return "19(f)";
    case Category::academic:
      return "19(g)";
  }
  return "";
}

}  // namespace gcsj::model
