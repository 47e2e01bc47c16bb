#pragma once
// The kebab-case spelling of every enumerated value of the registry format, in declaration order.

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::model {

template <class E>
struct EnumNames;

#define GCSJ_ENUM_NAMES(E, ...)                      \
  template <>                                        \
  struct EnumNames<E> {                              \
    static constexpr std::array kNames{__VA_ARGS__}; \
    static constexpr std::string_view kWhat = #E;    \
  };

using namespace std::string_view_literals;
GCSJ_ENUM_NAMES(Category, "government"sv, "employers-organization"sv, "workers-organization"sv,
                "international-organization"sv, "regional-organization"sv, "enterprise"sv, "ngo"sv,
                "academic"sv)
GCSJ_ENUM_NAMES(Status, "applied"sv, "admitted"sv, "withdrawn"sv)
GCSJ_ENUM_NAMES(Scope, "national"sv, "international"sv, "business-membership"sv,
                "group-secretariat"sv, "regional"sv, "subregional"sv)
GCSJ_ENUM_NAMES(OrgType, "un-system"sv, "ifi"sv, "economic"sv, "other"sv, "intergovernmental"sv,
                "development-bank"sv, "enterprise"sv, "foundation"sv)
GCSJ_ENUM_NAMES(Level, "global"sv, "regional"sv, "national"sv)
GCSJ_ENUM_NAMES(Support, "advocacy"sv, "in-kind"sv, "financial"sv)
GCSJ_ENUM_NAMES(ActionStatus, "pledged"sv, "ongoing"sv, "completed"sv)
GCSJ_ENUM_NAMES(EcosocStatus, "general"sv, "special"sv, "roster"sv)
GCSJ_ENUM_NAMES(Seat, "director-general"sv, "un-secretary-general"sv, "government"sv, "employers"sv,
                "workers"sv, "enterprise"sv, "global-union"sv, "un-system"sv,
                "economic-organization"sv, "regional-organization"sv, "ngo"sv, "academic"sv)
GCSJ_ENUM_NAMES(GovernmentRegion, "africa"sv, "americas"sv, "asia-pacific"sv, "europe"sv)
GCSJ_ENUM_NAMES(Role, "co-chair"sv, "vice-chair"sv, "member"sv)
GCSJ_ENUM_NAMES(MemberLevel, "ministerial"sv, "equivalent"sv, "senior-official"sv)
GCSJ_ENUM_NAMES(Gender, "woman"sv, "man"sv, "non-binary"sv, "undisclosed"sv)
GCSJ_ENUM_NAMES(Nominator, "government-group"sv, "employers-group"sv, "workers-group"sv,
                "director-general"sv, "un-secretary-general"sv)
#undef GCSJ_ENUM_NAMES

template <class E>
constexpr std::span<const std::string_view> names_of() {
  return EnumNames<E>::kNames;
}

template <class E>
std::optional<E> parse_enum(std::string_view text) {
  const auto names = names_of<E>();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

template <class E>
std::string_view enum_name(E value) {
  return names_of<E>()[static_cast<std::size_t>(value)];
}

}  // namespace gcsj::model
