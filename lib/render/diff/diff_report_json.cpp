// `changes --base REF -f json`: diff::RegistryDiff as it is typed, values as the registry writes
// them (kebab-case enumerations, ISO dates), null where a version has none.

#include "model/enum_names.hpp"
#include "render/diff/diff_report.hpp"
#include "render/json_writer.hpp"

namespace gcsj::render {
namespace {

void location(JsonWriter& json, const model::Registry& registry, const model::Location& where) {
  json.key("file").value(registry.file(where.file).path);
  json.key("line").value(where.line).key("column").value(where.column);
}

void value(JsonWriter& json, const std::optional<std::string>& v) {
  if (v)
    json.value(*v);
  else
    json.null();
}
template <class E>
requires std::is_enum_v<E>
void value(JsonWriter& json, const std::optional<E>& v) {
  if (v)
    json.value(model::enum_name(*v));
  else
    json.null();
}
void value(JsonWriter& json, const diff::Value& v) {
  using Kind = diff::Value::Kind;
  switch (v.kind) {
    case Kind::none:
      json.null();
      return;
    case Kind::text:
    case Kind::word:
      json.value(v.text);
      return;
    case Kind::integer:
      json.value(v.integer);
      return;
    case Kind::decimal:
      json.value(v.decimal);
      return;
    case Kind::boolean:
      json.value(v.boolean);
      return;
    case Kind::list:
      json.begin_array();
      for (const auto& item : v.items) value(json, item);
      json.end_array();
      return;
    case Kind::mapping:
      json.begin_object();
      for (const auto& entry : v.items) {
        json.key(entry.key);
        value(json, entry);
      }
      json.end_object();
      return;
  }
}
void value(JsonWriter& json, const std::optional<diff::Value>& v) {
  if (v)
    value(json, *v);
  else
    json.null();
}

// The fields that moved, by key ({"before": ..., "after": ...}); `adherence.declared` keeps the
// key `declared` of the first versions.
void fields(JsonWriter& json, const std::vector<diff::FieldMove>& moves) {
  json.key("fields").begin_object();
  for (const auto& m : moves) {
    json.key(m.key == "adherence.declared" ? "declared" : m.key).begin_object().key("before");
    value(json, m.before);
    json.key("after");
    value(json, m.after);
    json.end_object();
  }
  json.end_object();
}

void partner_ref(JsonWriter& json, const model::Registry& registry, const diff::PartnerRef& p) {
  json.begin_object().key("id").value(p.id).key("name");
  value(json, p.name);
  json.key("category");
  value(json, p.category);
  json.key("status");
  value(json, p.status);
  location(json, registry, p.where);
  json.end_object();
}

std::string_view kind_name(diff::ActionChangeKind kind) {
  switch (kind) {
    case diff::ActionChangeKind::added:
      return "added";
    case diff::ActionChangeKind::ended:
      return "ended";
    case diff::ActionChangeKind::status:
      return "status";
    case diff::ActionChangeKind::changed:
      return "changed";
  }
  return "";
}

std::string_view member_kind_name(diff::MemberChangeKind kind) {
  switch (kind) {
    case diff::MemberChangeKind::added:
      return "added";
    case diff::MemberChangeKind::removed:
      return "removed";
    case diff::MemberChangeKind::changed:
      return "changed";
  }
  return "";
}

void change(JsonWriter& json, const DiffView& view, const diff::PartnerChange& c) {
  json.begin_object().key("id").value(c.id);
  location(json, view.after, c.where);
  fields(json, c.fields);
  json.key("actions").begin_array();
  for (const auto& a : c.actions) {
    json.begin_object().key("change").value(kind_name(a.kind)).key("title");
    value(json, a.title);
    json.key("status_before");
    value(json, a.status.before);
    json.key("status_after");
    value(json, a.status.after);
    location(json, a.kind == diff::ActionChangeKind::ended ? view.before : view.after, a.where);
    fields(json, a.fields);
    json.end_object();
  }
  json.end_array().end_object();
}

void sitting(JsonWriter& json, const model::Registry& registry, const diff::Sitting& s) {
  json.begin_object().key("name");
  value(json, s.name);
  json.key("partner");
  value(json, s.partner);
  json.key("seat");
  value(json, s.seat);
  json.key("region");
  value(json, s.region);
  json.key("role").value(model::enum_name(s.role));
  location(json, registry, s.where);
  json.end_object();
}

void group(JsonWriter& json, const DiffView& view) {
  const auto& g = view.diff.group;
  json.key("group").begin_object();
  json.key("on").value(g.on.iso());
  json.key("exists").begin_object().key("before").value(g.before_exists);
  json.key("after").value(g.after_exists).end_object();
  json.key("established").begin_object().key("before").value(g.before_established);
  json.key("after").value(g.after_established).end_object();
  json.key("joined").begin_array();
  for (const auto& s : g.joined) sitting(json, view.after, s);
  json.end_array().key("left").begin_array();
  for (const auto& s : g.left) sitting(json, view.before, s);
  json.end_array().key("moved").begin_array();
  for (const auto& m : g.moved) {
    json.begin_object().key("before");
    sitting(json, view.before, m.before);
    json.key("after");
    sitting(json, view.after, m.after);
    json.end_object();
  }
  json.end_array().key("seats").begin_array();
  for (const auto& s : g.seats) {
    json.begin_object().key("seat").value(model::enum_name(s.seat)).key("region");
    value(json, s.region);
    json.key("capacity").value(s.capacity).key("capacity_binds").value(s.capacity_binds);
    json.key("before").value(s.before).key("after").value(s.after).end_object();
  }
  json.end_array().key("chairs").begin_object().key("before").begin_array();
  for (const auto& s : g.chairs_before) sitting(json, view.before, s);
  json.end_array().key("after").begin_array();
  for (const auto& s : g.chairs_after) sitting(json, view.after, s);
  json.end_array().end_object();
  fields(json, g.fields);
  json.key("members").begin_array();
  for (const auto& m : g.members) {
    json.begin_object().key("change").value(member_kind_name(m.kind)).key("name");
    value(json, m.name);
    json.key("partner");
    value(json, m.partner);
    location(json, m.kind == diff::MemberChangeKind::removed ? view.before : view.after, m.where);
    fields(json, m.fields);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

std::string render_diff_json(const DiffView& view) {
  JsonWriter json;
  begin_report(json, view.diff.group.on.iso(), view.tr->code());
  json.key("base").begin_object().key("ref").value(view.ref);
  json.key("commit").string_or_null(view.commit.value_or(std::string_view()));
  json.key("existed").value(view.existed).end_object();
  json.key("partners").begin_object();
  json.key("added").begin_array();
  for (const auto& p : view.diff.added) partner_ref(json, view.after, p);
  json.end_array().key("removed").begin_array();
  for (const auto& p : view.diff.removed) partner_ref(json, view.before, p);
  json.end_array().key("changed").begin_array();
  for (const auto& c : view.diff.changed) change(json, view, c);
  json.end_array();
  json.key("declined_applications").value(static_cast<long>(view.diff.declined_applications));
  json.end_object();
  group(json, view);
  // ¶39-42: the sessions of the Forum added, removed or changed, by date.
  json.key("forum_sessions").begin_array();
  for (const diff::SessionChange& c : view.diff.forum) {
    const auto& registry = c.kind == diff::SessionChangeKind::removed ? view.before : view.after;
    json.begin_object().key("date").value(c.date.iso()).key("change");
    json.value(c.kind == diff::SessionChangeKind::added     ? "added"
               : c.kind == diff::SessionChangeKind::removed ? "removed"
                                                            : "changed");
    json.key("fields").begin_array();
    for (const std::string_view key : c.fields) json.value(key);
    json.end_array().key("file").value(registry.file(c.where.file).path);
    json.key("line").value(c.where.line).key("column").value(c.where.column).end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
