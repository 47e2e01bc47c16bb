// `gcsj changes -f json`: the period's events for scripts. Every event object has every key
// (null when it does not apply), so the shape is the same for every kind; README documents it.

#include "group/state.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "render/changes/change_words.hpp"
#include "render/changes/changes_report.hpp"
#include "render/json_writer.hpp"

namespace gcsj::render {
namespace {

using changes::Change;
using changes::Kind;

template <class E>
void enum_or_null(JsonWriter& json, std::string_view key, const std::optional<E>& value) {
  json.key(key);
  if (value)
    json.value(model::enum_name(*value));
  else
    json.null();
}

void partner_json(JsonWriter& json, const Change& c) {
  json.key("partner");
  if (!c.partner) {
    json.null();
    return;
  }
  const model::Partner& p = *c.partner;
  json.begin_object().key("id").string_or_null(p.id ? p.id->value : std::string());
  json.key("name").string_or_null(p.name ? p.name->value : std::string());
  enum_or_null(json, "category", p.category ? std::optional(p.category->value) : std::nullopt);
  json.key("region").string_or_null(c.ilo_region);
  json.key("public").value(c.partner_public).end_object();
}

void member_json(JsonWriter& json, const Change& c) {
  json.key("member");
  if (!c.member) {
    json.null();
    return;
  }
  json.begin_object().key("name").value(model::display_name(*c.member));
  enum_or_null(json, "seat", c.seat);
  enum_or_null(json, "region", c.region);
  // The role held on the change's date; for one who left, on its last day.
  const model::Date on = c.kind == Kind::member_left ? c.date.plus_days(-1) : c.date;
  json.key("role").value(model::enum_name(group::role_on(*c.member, on)));
  json.end_object();
}

void term_json(JsonWriter& json, const Change& c) {
  json.key("term");
  if (c.kind != Kind::member_joined && c.kind != Kind::member_renewed) {
    json.null();
    return;
  }
  json.begin_object().key("number");
  if (c.term_number > 0)
    json.value(c.term_number);
  else
    json.null();
  json.key("end").string_or_null(c.term_end ? c.term_end->iso() : std::string()).end_object();
}

void left_json(JsonWriter& json, const Change& c) {
  json.key("left");
  if (c.kind != Kind::member_left) {
    json.null();
    return;
  }
  json.begin_object().key("last_day").value(c.last_day->iso());
  json.key("reason").value(reason_key(c.reason));
  json.key("end_reason");
  if (c.end_reason)
    json.value(*c.end_reason);
  else
    json.null();
  json.key("end_note");
  if (c.end_note)
    json.value(*c.end_note);
  else
    json.null();
  json.end_object();
}

void chair_json(JsonWriter& json, const Change& c) {
  json.key("chair");
  if (c.kind != Kind::chair_changed) {
    json.null();
    return;
  }
  json.begin_object();
  enum_or_null(json, "seat", c.seat);
  enum_or_null(json, "role", c.role);
  json.key("previous").string_or_null(c.previous ? model::display_name(*c.previous) : "");
  json.key("next").string_or_null(c.next ? model::display_name(*c.next) : "");
  json.end_object();
}

void seats_json(JsonWriter& json, const Change& c) {
  json.key("seats");
  if (c.kind != Kind::seat_vacated && c.kind != Kind::seat_filled) {
    json.null();
    return;
  }
  json.begin_object();
  enum_or_null(json, "seat", c.seat);
  enum_or_null(json, "region", c.region);
  json.key("count").value(c.seats).end_object();
}

void action_json(JsonWriter& json, const Change& c) {
  json.key("action");
  if (!c.action) {
    json.null();
    return;
  }
  json.begin_object().key("number").value(c.action_number);
  json.key("title").string_or_null(c.action->title ? c.action->title->value : std::string());
  json.end_object();
}

// A session of the Forum (¶39-42): its dates, words as written, hosts (each with whether public
// outputs may name it) and the number of initiatives (¶40).
void forum_json(JsonWriter& json, const Change& c) {
  json.key("forum");
  if (c.kind != Kind::forum_session || !c.session) {
    json.null();
    return;
  }
  const model::ForumSession& s = *c.session;
  const auto text = [](const model::Field<std::string>& field) {
    return field ? field->value : std::string();
  };
  json.begin_object().key("date").value(c.date.iso());
  json.key("end").string_or_null(s.end ? s.end->value.iso() : std::string());
  json.key("title").string_or_null(text(s.title));
  json.key("place").string_or_null(text(s.place));
  json.key("format").string_or_null(text(s.format));
  json.key("alongside").string_or_null(text(s.alongside));
  json.key("hosts").begin_array();
  for (const changes::ForumHost& host : c.hosts) {
    json.begin_object().key("id").value(host.id);
    json.key("name").string_or_null(host.partner && host.partner->name ? host.partner->name->value
                                                                       : std::string());
    json.key("public").value(host.is_public).end_object();
  }
  json.end_array().key("initiatives").value(c.initiatives);
  json.key("public_initiatives").value(c.public_initiatives).end_object();
}

void balance_json(JsonWriter& json, const changes::Balance& b) {
  json.begin_object().key("date").value(b.date.iso());
  json.key("established").value(b.established).key("sitting").value(b.sitting);
  json.key("government").begin_array();
  for (const changes::RegionBalance& region : b.government) {
    json.begin_object().key("region").value(model::enum_name(region.region));
    json.key("sitting").value(region.sitting).key("seats");
    if (region.seats)
      json.value(*region.seats);
    else
      json.null();
    json.end_object();
  }
  json.end_array().key("gender").begin_object();
  for (std::size_t i = 0; i < changes::kGenderCounts; ++i)
    json.key(i < model::names_of<model::Gender>().size() ? model::names_of<model::Gender>()[i]
                                                         : std::string_view("not-stated"))
        .value(b.gender[i]);
  json.end_object().end_object();
}

}  // namespace

std::string render_changes_json(const ChangesView& view) {
  const changes::Changes& changes = view.changes;
  JsonWriter json;
  begin_report(json, view.as_of.iso(), view.tr->code());
  json.key("from").value(changes.from.iso()).key("to").value(changes.to.iso());
  json.key("changes").begin_array();
  for (const Change& c : changes.events) {
    json.begin_object().key("date").value(c.date.iso()).key("kind").value(kind_key(c.kind));
    json.key("paragraph").value(c.paragraph).key("public").value(c.is_public);
    json.key("file").value(view.registry.file(c.where.file).path);
    json.key("line").value(c.where.line).key("column").value(c.where.column);
    partner_json(json, c);
    member_json(json, c);
    term_json(json, c);
    left_json(json, c);
    chair_json(json, c);
    seats_json(json, c);
    action_json(json, c);
    forum_json(json, c);
    json.end_object();
  }
  json.end_array();
  const changes::Counts counts = changes::count(changes);
  json.key("summary").begin_object().key("partners_admitted").value(counts.admitted);
  json.key("partners_published").value(counts.published);
  json.key("partners_withdrew").value(counts.withdrew);
  json.key("applications_pending").value(counts.applications);
  json.key("applications_received").value(counts.received);
  json.key("applications_declined").value(counts.declined);
  json.key("group_changes").value(counts.group);
  json.key("actions_completed").value(counts.completed);
  json.key("forum_sessions").value(counts.forum_sessions);
  json.key("total").value(static_cast<long>(changes.events.size())).end_object();
  json.key("group");
  if (changes.before && changes.after) {
    json.begin_object().key("before");
    balance_json(json, *changes.before);
    json.key("after");
    balance_json(json, *changes.after);
    json.end_object();
  } else {
    json.null();
  }
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
