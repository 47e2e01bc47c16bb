#pragma once
// What the registry-wide rules keep of a partner once its own document has been checked: its
// identity, category, dates and country, enough to resolve ids across documents. A large registry
// is checked a few documents at a time and keeps only these, about a fortieth of a Partner, so
// 100,000 partners fit in a few tens of MiB (bench/README.md).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"

namespace gcsj::model {

template <class T>
using Known = std::optional<Located<T>>;

struct PartnerDigest {
  Location where;  // the start of the document's mapping
  Known<std::string> id;
  std::uint64_t anonymous = 0;  // Partner::anonymous
  Known<Category> category;
  Known<Status> status;
  Known<Date> admitted;
  Known<Date> withdrawn;
  Known<Date> published;  // when the secretariat made it public (¶18)
  Known<std::string> country;
  std::optional<Scope> scope;
  bool sectoral = false;
  OrgTypes types;  // the values of `type`
  // The titles of its actions, each trimmed and followed by a '\0' (one string rather than a
  // vector of strings: 32 bytes and the text per partner, bench/README.md), for the rule
  // forum-action (¶40); empty for a declined application, whose actions are not judged.
  std::string action_titles;

  // The state on a date, category and type: model/partner_state.hpp.
  static PartnerDigest of(const Partner& partner);
};

// `text` without the spaces, tabs and line breaks around it: how an action title is compared.
std::string_view trimmed(std::string_view text);

// The trimmed titles of the partner's actions, in the order of its document.
std::vector<std::string_view> action_titles(const PartnerDigest& partner);

// True when one of the partner's actions has `title` (trimmed) as its title (trimmed).
bool has_action_title(const PartnerDigest& partner, std::string_view title);

}  // namespace gcsj::model
