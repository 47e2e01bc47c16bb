#include "load/partner_reader.hpp"

#include <array>
#include <optional>

#include "load/mapping_reader.hpp"

namespace gcsj::load {
namespace {

using i18n::arg;
using i18n::msg;
using model::Accreditation;
using model::Action;
using model::Adherence;
using model::Category;
using model::Partner;
using model::Progress;

// Item readers for lists, in the shape ValueReader::list expects.
auto string_item(ValueReader& r) {
  return [&r](const Node& n, std::string_view what) { return r.string(n, what); };
}
auto integer_item(ValueReader& r) {
  return [&r](const Node& n, std::string_view what) { return r.integer(n, what); };
}
template <class E>
auto enum_item(ValueReader& r) {
  return [&r](const Node& n, std::string_view what) { return r.enumeration<E>(n, what); };
}

// An optional translation of a name or a title (`name_fr`, `title_es`): a non-empty string.
model::Field<std::string> translation(ValueReader& r, const Entry& e, std::string_view key) {
  model::Field<std::string> field = r.string(e.value, key);
  if (field && field->value.empty()) {
    r.report(format::kInvalidValue, field->where,
             msg("`{key}` is empty: a translation is a non-empty string", arg("key", key)),
             msg("write the translation, or remove `{key}` to show the original as written",
                 arg("key", key)));
    field = model::Field<std::string>{};
    field.unreadable = true;
  }
  return field;
}

constexpr std::array<KeyReader<Progress>, 2> kProgressKeys{{
    {"date", [](Progress& p, const Entry& e, ValueReader& r) { p.date = r.date(e.value, "date"); }},
    {"summary",
     [](Progress& p, const Entry& e, ValueReader& r) { p.summary = r.string(e.value, "summary"); }},
}};

void read_progress(Action& action, const Node& list, ValueReader& r) {
  if (!list.is_sequence()) {
    if (!list.is_invalid()) r.wrong_type(list, "progress", ValueReader::Expected::list);
    return;
  }
  for (const Node& item : list.items) {
    if (!r.expect_item_mapping(item, "progress")) continue;
    Progress progress;
    progress.where = item.where;
    read_mapping<Progress>(item, kProgressKeys, msg("a progress report"), progress, r);
    action.progress.push_back(std::move(progress));
  }
}

constexpr std::array<KeyReader<Action>, 11> kActionKeys{{
    {"title",
     [](Action& a, const Entry& e, ValueReader& r) { a.title = r.string(e.value, "title"); }},
    {"title_fr",
     [](Action& a, const Entry& e, ValueReader& r) { a.title_fr = translation(r, e, "title_fr"); }},
    {"title_es",
     [](Action& a, const Entry& e, ValueReader& r) { a.title_es = translation(r, e, "title_es"); }},
    {"domains",
     [](Action& a, const Entry& e, ValueReader& r) {
       a.domains = r.list<std::string>(e.value, "domains", string_item(r));
     }},
    {"priorities",
     [](Action& a, const Entry& e, ValueReader& r) {
       a.priorities = r.list<std::string>(e.value, "priorities", string_item(r));
     }},
    {"sdgs", [](Action& a, const Entry& e,
                ValueReader& r) { a.sdgs = r.list<long>(e.value, "sdgs", integer_item(r)); }},
    {"countries",
     [](Action& a, const Entry& e, ValueReader& r) {
       a.countries = r.list<std::string>(e.value, "countries", string_item(r));
     }},
    {"with", [](Action& a, const Entry& e,
                ValueReader& r) { a.with = r.list<std::string>(e.value, "with", string_item(r)); }},
    {"with_others",
     [](Action& a, const Entry& e, ValueReader& r) {
       a.with_others = r.list<std::string>(e.value, "with_others", string_item(r));
     }},
    {"status",
     [](Action& a, const Entry& e, ValueReader& r) {
       a.status = r.enumeration<model::ActionStatus>(e.value, "status");
     }},
    {"progress", [](Action& a, const Entry& e, ValueReader& r) { read_progress(a, e.value, r); }},
}};

void read_actions(Partner& partner, const Entry& entry, ValueReader& r) {
  const Node& list = entry.value;
  if (!list.is_sequence()) {
    if (!list.is_invalid())
      r.report(format::kWrongType, list.where,
               msg("`{key}` must be a list of actions, not {actual}", arg("key", "actions"),
                   arg("actual", describe(list))));
    partner.actions.unreadable = true;
    return;
  }
  std::vector<Action> actions;
  actions.reserve(list.items.size());  // no spare capacity kept in a registry held whole
  for (const Node& item : list.items) {
    if (!r.expect_item_mapping(item, "actions")) continue;
    Action action;
    action.where = item.where;
    read_mapping<Action>(item, kActionKeys, msg("an action"), action, r);
    actions.push_back(std::move(action));
  }
  partner.actions = model::Located<std::vector<Action>>{std::move(actions), entry.key.where};
}

constexpr std::array<KeyReader<model::Contact>, 5> kContactKeys{{
    {"name",
     [](model::Contact& c, const Entry& e, ValueReader& r) { c.name = r.string(e.value, "name"); }},
    {"role",
     [](model::Contact& c, const Entry& e, ValueReader& r) { c.role = r.string(e.value, "role"); }},
    {"email", [](model::Contact& c, const Entry& e,
                 ValueReader& r) { c.email = r.string(e.value, "email"); }},
    {"phone", [](model::Contact& c, const Entry& e,
                 ValueReader& r) { c.phone = r.string(e.value, "phone"); }},
    {"language",
     [](model::Contact& c, const Entry& e, ValueReader& r) {
       c.language = r.enumeration<model::ContactLanguage>(e.value, "language");
     }},
}};

// `contacts` (v1.1): a list of focal points, located at the key.
void read_contacts(Partner& partner, const Entry& entry, ValueReader& r) {
  const Node& list = entry.value;
  if (!list.is_sequence()) {
    if (!list.is_invalid()) r.wrong_type(list, "contacts", ValueReader::Expected::list);
    partner.contacts.unreadable = true;
    return;
  }
  std::vector<model::Contact> contacts;
  contacts.reserve(list.items.size());
  for (const Node& item : list.items) {
    if (!r.expect_item_mapping(item, "contacts")) continue;
    model::Contact contact;
    contact.where = item.where;
    read_mapping<model::Contact>(item, kContactKeys, msg("a focal point"), contact, r);
    contacts.push_back(std::move(contact));
  }
  partner.contacts =
      model::Located<std::vector<model::Contact>>{std::move(contacts), entry.key.where};
}

constexpr std::array<KeyReader<Adherence>, 6> kAdherenceKeys{{
    {"declared", [](Adherence& a, const Entry& e,
                    ValueReader& r) { a.declared = r.date(e.value, "declared"); }},
    {"advocate", [](Adherence& a, const Entry& e,
                    ValueReader& r) { a.advocate = r.boolean(e.value, "advocate"); }},
    {"uphold",
     [](Adherence& a, const Entry& e, ValueReader& r) { a.uphold = r.boolean(e.value, "uphold"); }},
    {"contribute", [](Adherence& a, const Entry& e,
                      ValueReader& r) { a.contribute = r.boolean(e.value, "contribute"); }},
    {"levels",
     [](Adherence& a, const Entry& e, ValueReader& r) {
       a.levels = r.list<model::Level>(e.value, "levels", enum_item<model::Level>(r));
     }},
    {"evidence", [](Adherence& a, const Entry& e,
                    ValueReader& r) { a.evidence = r.string(e.value, "evidence"); }},
}};

constexpr std::array<KeyReader<Accreditation>, 4> kAccreditationKeys{{
    {"ilo_special_list",
     [](Accreditation& a, const Entry& e, ValueReader& r) {
       a.ilo_special_list = r.boolean(e.value, "ilo_special_list");
     }},
    {"ilc", [](Accreditation& a, const Entry& e,
               ValueReader& r) { a.ilc = r.list<long>(e.value, "ilc", integer_item(r)); }},
    {"ecosoc",
     [](Accreditation& a, const Entry& e, ValueReader& r) {
       a.ecosoc = r.enumeration<model::EcosocStatus>(e.value, "ecosoc");
     }},
    {"evidence", [](Accreditation& a, const Entry& e,
                    ValueReader& r) { a.evidence = r.string(e.value, "evidence"); }},
}};

// `scope` (fn 9, ¶19(d)): a word outside every list is kept for the category's rule.
void read_scope(Partner& p, const Entry& e, ValueReader& r) {
  const Node& node = e.value;
  if (node.is_scalar() && !model::parse_enum<model::Scope>(node.text)) {
    p.scope_word = model::Located<std::string>{node.text, node.where};
    p.scope.unreadable = true;
    return;
  }
  p.scope = r.enumeration<model::Scope>(node, "scope");
}

// `type` (¶19(c)-(e)): one value or a list; words outside every list are kept for the category's
// rule, the others read.
void read_type(Partner& p, const Entry& e, ValueReader& r) {
  const auto item = [&](const Node& n, std::string_view what) -> model::Field<model::OrgType> {
    if (n.is_scalar() && !model::parse_enum<model::OrgType>(n.text)) {
      p.type_words.push_back({n.text, n.where});
      model::Field<model::OrgType> judged_by_the_category;
      judged_by_the_category.unreadable = true;
      return judged_by_the_category;
    }
    return r.enumeration<model::OrgType>(n, what);
  };
  p.type = r.list<model::OrgType>(e.value, "type", item, true);
}

// Reads a nested mapping field (adherence, accreditation) located at its key.
template <class T, std::size_t N>
model::Field<T> read_nested(const Entry& entry, const std::array<KeyReader<T>, N>& keys,
                            const i18n::Message& context, ValueReader& r) {
  model::Field<T> field;
  if (!r.expect_mapping(entry.value, entry.key.text)) {
    field.unreadable = true;
    return field;
  }
  T value;
  read_mapping<T>(entry.value, keys, context, value, r);
  field = model::Located<T>{std::move(value), entry.key.where};
  return field;
}

constexpr std::array<KeyReader<Partner>, 29> kPartnerKeys{{
    {"kind", [](Partner&, const Entry&, ValueReader&) {}},
    {"id", [](Partner& p, const Entry& e, ValueReader& r) { p.id = r.string(e.value, "id"); }},
    {"name",
     [](Partner& p, const Entry& e, ValueReader& r) { p.name = r.string(e.value, "name"); }},
    {"name_fr",
     [](Partner& p, const Entry& e, ValueReader& r) { p.name_fr = translation(r, e, "name_fr"); }},
    {"name_es",
     [](Partner& p, const Entry& e, ValueReader& r) { p.name_es = translation(r, e, "name_es"); }},
    {"category", [](Partner& p, const Entry& e,
                    ValueReader& r) { p.category = r.enumeration<Category>(e.value, "category"); }},
    {"status", [](Partner& p, const Entry& e,
                  ValueReader& r) { p.status = r.enumeration<model::Status>(e.value, "status"); }},
    {"admitted",
     [](Partner& p, const Entry& e, ValueReader& r) { p.admitted = r.date(e.value, "admitted"); }},
    {"withdrawn", [](Partner& p, const Entry& e,
                     ValueReader& r) { p.withdrawn = r.date(e.value, "withdrawn"); }},
    {"applied",
     [](Partner& p, const Entry& e, ValueReader& r) { p.applied = r.date(e.value, "applied"); }},
    {"declined",
     [](Partner& p, const Entry& e, ValueReader& r) { p.declined = r.date(e.value, "declined"); }},
    {"decision", [](Partner& p, const Entry& e,
                    ValueReader& r) { p.decision = r.string(e.value, "decision"); }},
    {"published", [](Partner& p, const Entry& e,
                     ValueReader& r) { p.published = r.date(e.value, "published"); }},
    {"adherence",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.adherence = read_nested(e, kAdherenceKeys, msg("`{value}`", arg("value", "adherence")), r);
     }},
    {"actions", read_actions},
    {"support",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.support = r.list<model::Support>(e.value, "support", enum_item<model::Support>(r));
     }},
    {"champions",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.champions = r.list<std::string>(e.value, "champions", string_item(r));
     }},
    {"website",
     [](Partner& p, const Entry& e, ValueReader& r) { p.website = r.string(e.value, "website"); }},
    {"contact",
     [](Partner& p, const Entry& e, ValueReader& r) { p.contact = r.string(e.value, "contact"); }},
    {"contacts", read_contacts},
    // Where the partner is based: required of some categories (¶19(a), (b)), optional on the
    // others since v1.1, so common to all.
    {"country",
     [](Partner& p, const Entry& e, ValueReader& r) { p.country = r.string(e.value, "country"); }},
    // Keys of some categories only (¶19): see keys_of_category.
    {"scope", read_scope},
    {"representative",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.representative = r.boolean(e.value, "representative");
     }},
    {"sectoral", [](Partner& p, const Entry& e,
                    ValueReader& r) { p.sectoral = r.boolean(e.value, "sectoral"); }},
    {"type", read_type},
    {"channel",
     [](Partner& p, const Entry& e, ValueReader& r) { p.channel = r.string(e.value, "channel"); }},
    {"international",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.international = r.boolean(e.value, "international");
     }},
    {"accreditation",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.accreditation =
           read_nested(e, kAccreditationKeys, msg("`{value}`", arg("value", "accreditation")), r);
     }},
    {"ilo_partnership",
     [](Partner& p, const Entry& e, ValueReader& r) {
       p.ilo_partnership = r.string(e.value, "ilo_partnership");
     }},
}};

constexpr std::size_t kCommonKeyCount = 21;  // the first keys of kPartnerKeys

// The category-specific keys each category of ¶19 takes.
std::span<const std::string_view> keys_of_category(Category category) {
  using namespace std::string_view_literals;
  static constexpr std::array<std::string_view, 0> kGovernment{};
  static constexpr std::array kSocialPartner{"scope"sv, "representative"sv, "sectoral"sv};
  static constexpr std::array kInternational{"type"sv};
  static constexpr std::array kRegional{"type"sv, "scope"sv};
  static constexpr std::array kEnterprise{"type"sv, "channel"sv};
  static constexpr std::array kNgo{"international"sv, "accreditation"sv};
  static constexpr std::array kAcademic{"ilo_partnership"sv};
  switch (category) {
    case Category::government:
      return kGovernment;
    case Category::employers_organization:
    case Category::workers_organization:
      return kSocialPartner;
    case Category::international_organization:
      return kInternational;
    case Category::regional_organization:
      return kRegional;
    case Category::enterprise:
      return kEnterprise;
    case Category::ngo:
      return kNgo;
    case Category::academic:
      return kAcademic;
  }
  return {};
}

}  // namespace

bool partner_key_allowed(std::string_view key, std::optional<model::Category> category) {
  const auto common = std::span(kPartnerKeys).first(kCommonKeyCount);
  for (const auto& k : common)
    if (k.key == key) return true;
  if (!category) return true;
  for (std::string_view k : keys_of_category(*category))
    if (k == key) return true;
  return false;
}

Partner read_partner(const Node& document, ValueReader& reader) {
  Partner partner;
  partner.where = document.where;
  if (const Entry* kind = find_entry(document, "kind")) partner.kind_where = kind->value.where;

  // The category decides which further keys apply; an unknown category accepts them all, so a
  // misspelt category gives one finding rather than one per key.
  std::optional<Category> category;
  if (const Entry* entry = find_entry(document, "category"); entry && entry->value.is_scalar())
    category = model::parse_enum<Category>(entry->value.text);
  const auto allowed = [&](std::string_view key) { return partner_key_allowed(key, category); };
  const i18n::Message context = category ? msg("a partner of category `{category}`",
                                               arg("category", model::enum_name(*category)))
                                         : msg("a partner");
  read_mapping<Partner>(document, kPartnerKeys, allowed, context, partner, reader);
  return partner;
}

std::vector<std::string> partner_key_paths() {
  std::vector<std::string> paths;
  append_key_paths<Partner>(paths, "", kPartnerKeys);
  append_key_paths<Adherence>(paths, "adherence.", kAdherenceKeys);
  append_key_paths<Accreditation>(paths, "accreditation.", kAccreditationKeys);
  append_key_paths<model::Contact>(paths, "contacts.", kContactKeys);
  append_key_paths<Action>(paths, "actions.", kActionKeys);
  append_key_paths<Progress>(paths, "actions.progress.", kProgressKeys);
  return paths;
}

}  // namespace gcsj::load
