#pragma once
// A Coalition partner as the registry describes it (spec section 2; GB.349/INS/4 ¶15-19, ¶34-36).
// Every field keeps where it was written; a missing field is an empty optional, so the rules can
// tell "absent" from "present but wrong".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/location.hpp"

namespace gcsj::model {

enum class Category {
  government,                  // ¶19(a)
  employers_organization,      // ¶19(b)
  workers_organization,        // ¶19(b)
  international_organization,  // ¶19(c)
  regional_organization,       // ¶19(d)
  enterprise,                  // ¶19(e)
  ngo,                         // ¶19(f)
  academic,                    // ¶19(g)
};

// Every category, in the order of ¶19.
inline constexpr Category kCategories[] = {
    Category::government,
    Category::employers_organization,
    Category::workers_organization,
    Category::international_organization,
    Category::regional_organization,
    Category::enterprise,
    Category::ngo,
    Category::academic,
};

// `declined` (v1.1): the secretariat decided not to admit the application; the record is kept,
// and it is never a partner on any date.
enum class Status { applied, admitted, withdrawn, declined };

// `scope` of employers' and workers' organizations (fn 9) and of regional organizations (¶19(d)).
enum class Scope {
  national,
  international,
  business_membership,
  group_secretariat,
  regional,
  subregional,
};

// `type` of international organizations (¶19(c)), regional organizations (¶19(d)) and
// enterprises (¶19(e)).
enum class OrgType {
  un_system,
  ifi,
  economic,
  other,
  intergovernmental,
  development_bank,
  enterprise,
  foundation,
};

// A set of OrgType values: one bit each.
class OrgTypes {
 public:
  void insert(OrgType t) { bits_ |= bit(t); }
  bool contains(OrgType t) const { return (bits_ & bit(t)) != 0; }

 private:
  static unsigned bit(OrgType t) { return 1u << static_cast<unsigned>(t); }
  unsigned short bits_ = 0;
};

enum class Level { global, regional, national };      // ¶16(b)
enum class Support { advocacy, in_kind, financial };  // ¶12
enum class ActionStatus { pledged, ongoing, completed };
enum class EcosocStatus { general, special, roster };

struct Progress {
  Location where;
  Field<Date> date;
  Field<std::string> summary;
};

struct Action {
  Location where;  // the start of the list item
  Field<std::string> title;
  // Optional translations of the title (README, "Optional translations"): the portal's French
  // and Spanish pages prefer them; everything else shows `title` as written.
  Field<std::string> title_fr;
  Field<std::string> title_es;
  FieldList<std::string> domains;     // ¶35, validated by the rules
  FieldList<std::string> priorities;  // ¶36, validated by the rules
  FieldList<long> sdgs;
  FieldList<std::string> countries;
  FieldList<std::string> with;  // partner ids
  FieldList<std::string> with_others;
  Field<ActionStatus> status;
  std::vector<Progress> progress;  // voluntary (¶17); its absence is never a finding (¶13)
};

struct Adherence {
  Field<Date> declared;
  Field<bool> advocate;
  Field<bool> uphold;
  Field<bool> contribute;
  FieldList<Level> levels;
  Field<std::string> evidence;
};

struct Accreditation {
  Field<bool> ilo_special_list;
  FieldList<long> ilc;  // years accredited to the International Labour Conference
  Field<EcosocStatus> ecosoc;
  Field<std::string> evidence;
};

enum class ContactLanguage { en, fr, es };  // the ILO's three working languages

// A focal point of the partner (v1.1 `contacts`): private, never published.
struct Contact {
  Location where;  // the start of the list item
  Field<std::string> name;
  Field<std::string> role;
  Field<std::string> email;
  Field<std::string> phone;
  Field<ContactLanguage> language;
};

struct Partner {
  Location where;       // the start of the document's mapping
  Location kind_where;  // the `kind` value
  Field<std::string> id;
  // Without an id: a hash of the document's content, what its findings are about (0 with one).
  std::uint64_t anonymous = 0;
  Field<std::string> name;
  // Optional translations of the name, preferred by the portal's French and Spanish pages.
  Field<std::string> name_fr;
  Field<std::string> name_es;
  Field<Category> category;
  Field<Status> status;
  Field<Date> admitted;
  Field<Date> withdrawn;
  Field<Date> applied;          // v1.1: when the secretariat received the application (¶18)
  Field<Date> declined;         // v1.1: the decision not to admit
  Field<std::string> decision;  // v1.1: why it was declined; private, never published
  Field<Date> published;
  Field<Adherence> adherence;          // located at the `adherence` key
  Field<std::vector<Action>> actions;  // located at the `actions` key
  FieldList<Support> support;
  FieldList<std::string> champions;
  Field<std::string> website;
  Field<std::string> contact;
  Field<std::vector<Contact>> contacts;  // v1.1, located at the `contacts` key; private

  // Category-specific keys (¶19); which apply depends on `category` (keys_of_category). `country`
  // is where the partner is based: required of governments and national social partners, and
  // since v1.1 optional on every other category.
  Field<std::string> country;
  Field<Scope> scope;
  Field<bool> representative;
  Field<bool> sectoral;
  FieldList<OrgType> type;  // a single value is read as a list of one
  Field<std::string> channel;
  Field<bool> international;
  Field<Accreditation> accreditation;
  Field<std::string> ilo_partnership;
  // Words of `scope` and `type` outside every list of the format. Whether a word is acceptable
  // depends on the category, so the category's own rule (¶19) reports them, once; `scope` is then
  // marked unreadable, so that it is not reported missing too.
  std::optional<Located<std::string>> scope_word;
  std::vector<Located<std::string>> type_words;
};

// The paragraph of ¶19 that admits a category: "19(a)" to "19(g)".
std::string_view category_paragraph(Category category);

// The status of an action: its `status`, or `pledged`, the format's default (spec section 2).
inline ActionStatus status_of(const Action& action) {
  return action.status ? action.status->value : ActionStatus::pledged;
}

// True for an id of the registry's form: [a-z0-9][a-z0-9-]*, at most 64 characters (spec
// section 2), so it can name a file.
bool is_plain_id(std::string_view id);

std::string_view to_string(Category);
std::string_view to_string(Status);
std::string_view to_string(Scope);
std::string_view to_string(OrgType);
std::string_view to_string(Level);
std::string_view to_string(Support);
std::string_view to_string(ActionStatus);
std::string_view to_string(EcosocStatus);

}  // namespace gcsj::model
