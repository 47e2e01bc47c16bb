// The fields of partners, actions, the Group and its members as diff::Value, key by key.

#include "diff/field_values.hpp"

#include <array>

#include "model/enum_names.hpp"

namespace gcsj::diff {
namespace {

using model::Action;
using model::Group;
using model::Member;
using model::Partner;

Value text(std::string s) {
  Value v;
  v.kind = Value::Kind::text;
  v.text = std::move(s);
  return v;
}
Value word(std::string_view s) {
  Value v;
  v.kind = Value::Kind::word;
  v.text = std::string(s);
  return v;
}
Value of(const std::string& s) {
  return text(s);
}
Value of(const model::Date& d) {
  return word(d.iso());
}
Value of(bool b) {
  Value v;
  v.kind = Value::Kind::boolean;
  v.boolean = b;
  return v;
}
Value of(long n) {
  Value v;
  v.kind = Value::Kind::integer;
  v.integer = n;
  return v;
}
Value of(double d) {
  Value v;
  v.kind = Value::Kind::decimal;
  v.decimal = d;
  return v;
}
template <class E>
requires std::is_enum_v<E> Value of(E e) {
  return word(model::enum_name(e));
}

template <class T>
std::optional<Value> field(const model::Field<T>& f) {
  return f ? std::optional<Value>(of(f->value)) : std::nullopt;
}
template <class T>
std::optional<Value> field(const model::FieldList<T>& f) {
  if (!f) return std::nullopt;
  Value list;
  list.kind = Value::Kind::list;
  for (const auto& item : f->value) list.items.push_back(of(item.value));
  return list;
}

Value list_of(std::vector<Value> items) {
  Value v;
  v.kind = Value::Kind::list;
  v.items = std::move(items);
  return v;
}
// A mapping's entry; absent keys kept as `none` when `keep_absent`, else left out.
void entry(Value& mapping, std::string_view key, std::optional<Value> value,
           bool keep_absent = false) {
  if (!value && !keep_absent) return;
  Value e = value ? std::move(*value) : Value{};
  e.key = std::string(key);
  mapping.items.push_back(std::move(e));
}
Value mapping() {
  Value v;
  v.kind = Value::Kind::mapping;
  return v;
}

// Partners.

template <class F>
std::optional<Value> adherence(const Partner& p, F get) {
  if (!p.adherence) return std::nullopt;
  return get(p.adherence->value);
}

std::optional<Value> scope_of(const Partner& p) {
  if (p.scope_word) return text(p.scope_word->value);
  return field(p.scope);
}

std::optional<Value> type_of(const Partner& p) {
  if (!p.type && p.type_words.empty()) return std::nullopt;
  auto v = field(p.type).value_or(list_of({}));
  for (const auto& w : p.type_words) v.items.push_back(text(w.value));
  return v;
}

// As the earlier versions showed it: every route, false and empty when not given.
std::optional<Value> accreditation_of(const Partner& p) {
  if (!p.accreditation) return std::nullopt;
  const model::Accreditation& a = p.accreditation->value;
  Value out = mapping();
  entry(out, "ilo_special_list", of(a.ilo_special_list && a.ilo_special_list->value));
  entry(out, "ilc", field(a.ilc).value_or(list_of({})));
  entry(out, "ecosoc", field(a.ecosoc), true);
  entry(out, "evidence", field(a.evidence));
  return out;
}

constexpr std::array<FieldGetter<Partner>, 28> kPartnerFields{{
    {"name", [](const Partner& p) { return field(p.name); }},
    {"name_fr", [](const Partner& p) { return field(p.name_fr); }},
    {"name_es", [](const Partner& p) { return field(p.name_es); }},
    {"category", [](const Partner& p) { return field(p.category); }},
    {"status", [](const Partner& p) { return field(p.status); }},
    {"admitted", [](const Partner& p) { return field(p.admitted); }},
    {"withdrawn", [](const Partner& p) { return field(p.withdrawn); }},
    {"applied", [](const Partner& p) { return field(p.applied); }},
    {"declined", [](const Partner& p) { return field(p.declined); }},
    {"published", [](const Partner& p) { return field(p.published); }},
    {"adherence.declared",
     [](const Partner& p) {
       return adherence(p, [](const auto& a) { return field(a.declared); });
     }},
    {"adherence.advocate",
     [](const Partner& p) {
       return adherence(p, [](const auto& a) { return field(a.advocate); });
     }},
    {"adherence.uphold",
     [](const Partner& p) { return adherence(p, [](const auto& a) { return field(a.uphold); }); }},
    {"adherence.contribute",
     [](const Partner& p) {
       return adherence(p, [](const auto& a) { return field(a.contribute); });
     }},
    {"adherence.levels",
     [](const Partner& p) { return adherence(p, [](const auto& a) { return field(a.levels); }); }},
    {"adherence.evidence",
     [](const Partner& p) {
       return adherence(p, [](const auto& a) { return field(a.evidence); });
     }},
    {"support", [](const Partner& p) { return field(p.support); }},
    {"champions", [](const Partner& p) { return field(p.champions); }},
    {"website", [](const Partner& p) { return field(p.website); }},
    {"country", [](const Partner& p) { return field(p.country); }},
    {"scope", scope_of},
    {"representative", [](const Partner& p) { return field(p.representative); }},
    {"sectoral", [](const Partner& p) { return field(p.sectoral); }},
    {"type", type_of},
    {"channel", [](const Partner& p) { return field(p.channel); }},
    {"international", [](const Partner& p) { return field(p.international); }},
    {"accreditation", accreditation_of},
    {"ilo_partnership", [](const Partner& p) { return field(p.ilo_partnership); }},
}};

// Actions.

std::optional<Value> progress_of(const Action& a) {
  if (a.progress.empty()) return std::nullopt;
  Value list = list_of({});
  for (const model::Progress& p : a.progress) {
    Value report = mapping();
    entry(report, "date", field(p.date));
    entry(report, "summary", field(p.summary));
    list.items.push_back(std::move(report));
  }
  return list;
}

constexpr std::array<FieldGetter<Action>, 9> kActionFields{{
    {"title_fr", [](const Action& a) { return field(a.title_fr); }},
    {"title_es", [](const Action& a) { return field(a.title_es); }},
    {"domains", [](const Action& a) { return field(a.domains); }},
    {"priorities", [](const Action& a) { return field(a.priorities); }},
    {"sdgs", [](const Action& a) { return field(a.sdgs); }},
    {"countries", [](const Action& a) { return field(a.countries); }},
    {"with", [](const Action& a) { return field(a.with); }},
    {"with_others", [](const Action& a) { return field(a.with_others); }},
    {"progress", progress_of},
}};

// The Group and its members.

std::optional<Value> government_seats_of(const Group& g) {
  if (!g.government_seats) return std::nullopt;
  Value out = mapping();
  for (const model::RegionSeats& s : g.government_seats->value)
    entry(out, model::enum_name(s.region), of(s.seats));
  return out;
}

std::optional<Value> meetings_of(const Group& g) {
  if (g.meetings.empty()) return std::nullopt;
  Value list = list_of({});
  for (const model::Meeting& m : g.meetings) {
    Value meeting = mapping();
    entry(meeting, "date", field(m.date));
    list.items.push_back(std::move(meeting));
  }
  return list;
}

constexpr std::array<FieldGetter<Group>, 4> kGroupFields{{
    {"established", [](const Group& g) { return field(g.established); }},
    {"government_seats", government_seats_of},
    {"gender_balance_max_share", [](const Group& g) { return field(g.gender_balance_max_share); }},
    {"meetings", meetings_of},
}};

std::optional<Value> delegates_of(const Member& m) {
  if (m.delegates.empty()) return std::nullopt;
  Value list = list_of({});
  for (const model::Delegate& d : m.delegates) {
    Value delegate = mapping();
    entry(delegate, "name", field(d.name));
    entry(delegate, "level", field(d.level));
    list.items.push_back(std::move(delegate));
  }
  return list;
}

std::optional<Value> roles_of(const Member& m) {
  if (!m.roles) return std::nullopt;
  Value list = list_of({});
  for (const model::RolePeriod& p : m.roles->value) {
    Value period = mapping();
    entry(period, "role", field(p.role));
    entry(period, "since", field(p.since));
    entry(period, "until", field(p.until));
    list.items.push_back(std::move(period));
  }
  return list;
}

std::optional<Value> terms_of(const Member& m) {
  if (!m.terms) return std::nullopt;
  Value list = list_of({});
  for (const model::Term& t : m.terms->value) {
    Value term = mapping();
    entry(term, "start", field(t.start));
    entry(term, "end", field(t.end));
    entry(term, "end_reason", field(t.end_reason));
    entry(term, "end_note", field(t.end_note));
    entry(term, "nominated_by", field(t.nominated_by));
    entry(term, "evidence", field(t.evidence));
    list.items.push_back(std::move(term));
  }
  return list;
}

constexpr std::array<FieldGetter<Member>, 11> kMemberFields{{
    {"partner", [](const Member& m) { return field(m.partner); }},
    {"seat", [](const Member& m) { return field(m.seat); }},
    {"region", [](const Member& m) { return field(m.region); }},
    {"role", [](const Member& m) { return field(m.role); }},
    {"roles", roles_of},
    {"level", [](const Member& m) { return field(m.level); }},
    {"gender", [](const Member& m) { return field(m.gender); }},
    {"delegates", delegates_of},
    {"terms", terms_of},
    {"since", [](const Member& m) { return field(m.since); }},
    {"until", [](const Member& m) { return field(m.until); }},
}};

constexpr std::array<NotCompared, 13> kPartnerKeysNotCompared{{
    {"kind",
     "the document's kind: a partner document that becomes another kind is a partner "
     "removed"},
    {"id", "partners are matched by id: another id is a partner removed and one added"},
    {"adherence", "a mapping: each of its keys is compared (adherence.declared, ...)"},
    {"actions", "a list: actions are matched by title, then compared key by key"},
    {"actions.title", "an action's identity: another title is an action ended and one added"},
    {"contact",
     "never published and read by no rule or view: a pull-request comment does not "
     "repeat a focal point's address"},
    {"contacts", "focal points (v1.1): private, never repeated outside the registry"},
    {"contacts.name", "a focal point: private"},
    {"contacts.role", "a focal point: private"},
    {"contacts.email", "a focal point: private"},
    {"contacts.phone", "a focal point: private"},
    {"contacts.language", "a focal point: private"},
    {"decision",
     "why an application was declined (v1.1): private, never repeated outside the registry"},
}};

constexpr std::array<NotCompared, 3> kGroupKeysNotCompared{{
    {"kind", "the document's kind"},
    {"members", "a list: members are matched by name, then compared key by key"},
    {"members.name", "a member's identity: another name is a member removed and one added"},
}};

}  // namespace

std::span<const FieldGetter<Partner>> partner_fields() {
  return kPartnerFields;
}
std::span<const FieldGetter<Action>> action_fields() {
  return kActionFields;
}
std::span<const FieldGetter<Group>> group_fields() {
  return kGroupFields;
}
std::span<const FieldGetter<Member>> member_fields() {
  return kMemberFields;
}

std::vector<std::string_view> compared_partner_keys() {
  std::vector<std::string_view> keys;
  for (const auto& f : kPartnerFields) keys.push_back(f.key);
  keys.push_back("actions.status");  // ActionChange's status
  static const std::vector<std::string> kActionKeys = [] {
    std::vector<std::string> out;
    for (const auto& f : kActionFields) out.push_back("actions." + std::string(f.key));
    return out;
  }();
  for (const auto& k : kActionKeys) keys.push_back(k);
  return keys;
}
std::span<const NotCompared> uncompared_partner_keys() {
  return kPartnerKeysNotCompared;
}

std::vector<std::string_view> compared_group_keys() {
  std::vector<std::string_view> keys;
  for (const auto& f : kGroupFields) keys.push_back(f.key);
  static const std::vector<std::string> kMemberKeys = [] {
    std::vector<std::string> out;
    for (const auto& f : kMemberFields) out.push_back("members." + std::string(f.key));
    return out;
  }();
  for (const auto& k : kMemberKeys) keys.push_back(k);
  return keys;
}
std::span<const NotCompared> uncompared_group_keys() {
  return kGroupKeysNotCompared;
}

}  // namespace gcsj::diff
