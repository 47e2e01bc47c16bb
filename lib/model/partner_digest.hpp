#pragma once
// What the registry-wide rules keep of a partner once its own document has been checked: its
// identity, category, dates and country, enough to resolve ids across documents. A large registry
// is checked a few documents at a time and keeps only these, about a fortieth of a Partner, so
// 100,000 partners fit in a few tens of MiB (bench/README.md).

#include <cstdint>
#include <optional>
#include <string>

#include "model/date.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"

namespace gcsj::model {

template <class T>
using Known = std::optional<Located<T>>;

struct PartnerDigest {
  Location where;  // the start of the document's mapping
  Known<std::string> id;
  Known<Category> category;
  Known<Status> status;
  Known<Date> admitted;
  Known<Date> withdrawn;
  Known<std::string> country;
  std::optional<Scope> scope;
  bool sectoral = false;
  std::uint16_t types = 0;  // one bit per OrgType of `type`

  static PartnerDigest of(const Partner& partner);

  bool is_category(Category c) const { return category && category->value == c; }
  bool has_type(OrgType t) const { return (types & bit(t)) != 0; }
  // True on `date` when admitted on or before it and not withdrawn on or before it.
  bool is_admitted_on(const Date& date) const;
  // Withdrawn on `date`: by a withdrawal date on or before it, or by a status without a date.
  bool is_withdrawn_on(const Date& date) const;

 private:
  static std::uint16_t bit(OrgType t) {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(t));
  }
};

}  // namespace gcsj::model
