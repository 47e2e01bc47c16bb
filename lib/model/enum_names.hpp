#pragma once
// The kebab-case spelling of every enumerated value of the registry format, in declaration order.

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "model/forum.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::model {

template <class E>
struct EnumNames;

template <class... Names>
constexpr std::array<std::string_view, sizeof...(Names)> names(Names... n) {
  return {std::string_view(n)...};
}

#define GCSJ_ENUM_NAMES(E, ...)                        \
  template <>                                          \
  struct EnumNames<E> {                                \
    static constexpr auto kNames = names(__VA_ARGS__); \
  };

GCSJ_ENUM_NAMES(Category, "government", "employers-organization", "workers-organization",
                "international-organization", "regional-organization", "enterprise", "ngo",
                "academic")
GCSJ_ENUM_NAMES(Status, "applied", "admitted", "withdrawn", "declined")
GCSJ_ENUM_NAMES(ContactLanguage, "en", "fr", "es")
GCSJ_ENUM_NAMES(Scope, "national", "international", "business-membership", "group-secretariat",
                "regional", "subregional")
GCSJ_ENUM_NAMES(OrgType, "un-system", "ifi", "economic", "other", "intergovernmental",
                "development-bank", "enterprise", "foundation")
GCSJ_ENUM_NAMES(Level, "global", "regional", "national")
GCSJ_ENUM_NAMES(Support, "advocacy", "in-kind", "financial")
GCSJ_ENUM_NAMES(ActionStatus, "pledged", "ongoing", "completed")
GCSJ_ENUM_NAMES(EcosocStatus, "general", "special", "roster")
GCSJ_ENUM_NAMES(Seat, "director-general", "un-secretary-general", "government", "employers",
                "workers", "enterprise", "global-union", "un-system", "economic-organization",
                "regional-organization", "ngo", "academic")
GCSJ_ENUM_NAMES(GovernmentRegion, "africa", "americas", "asia-pacific", "europe")
GCSJ_ENUM_NAMES(Role, "co-chair", "vice-chair", "member")
GCSJ_ENUM_NAMES(MemberLevel, "ministerial", "equivalent", "senior-official")
GCSJ_ENUM_NAMES(Gender, "woman", "man", "non-binary", "undisclosed")
GCSJ_ENUM_NAMES(Nominator, "government-group", "employers-group", "workers-group",
                "director-general", "un-secretary-general")
GCSJ_ENUM_NAMES(EndReason, "resigned", "replaced", "deceased", "other")
GCSJ_ENUM_NAMES(ForumFormat, "in-person", "remote", "hybrid")
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

// The reason a term's `end_reason` gives: the value it names, `other` for a free text (v1).
inline EndReason end_reason_of(std::string_view text) {
  return parse_enum<EndReason>(text).value_or(EndReason::other);
}

}  // namespace gcsj::model
