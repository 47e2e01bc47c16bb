// `gcsj group plan` as text, Markdown and JSON; the words every format of the plan shares.

#include <array>

#include <fmt/format.h>

#include "figures/figures.hpp"
#include "figures/words.hpp"
#include "group/seats.hpp"
#include "i18n/list.hpp"
#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/group/group_plan.hpp"
#include "render/json_writer.hpp"
#include "render/report/progress_report.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

using i18n::arg;
using i18n::msg;
using i18n::msg_g;
using i18n::msg_n;
using i18n::NC_;

namespace {

// The seats of ¶25, in the order of model::Seat.
constexpr std::array kSeatWords{
    NC_("seat", "Director-General of the ILO (ex officio Co-Chairperson)"),
    NC_("seat", "representative of the UN Secretary-General"),
    NC_("seat", "Government representatives"),
    NC_("seat", "Employers' representatives"),
    NC_("seat", "Workers' representatives"),
    NC_("seat", "representative of an enterprise"),
    NC_("seat", "representative of a global union federation"),
    NC_("seat", "representatives of partner organizations of the UN system"),
    NC_("seat", "representative of the international economic organizations or IFIs"),
    NC_("seat", "representative of a regional organization"),
    NC_("seat", "representative of an international NGO"),
    NC_("seat", "representative of an academic institution"),
};

// The bodies of ¶25 that nominate, invite or propose, in the order of model::Nominator.
constexpr std::array kNominatorWords{
    NC_("nominator", "the ILO Government group (on a regional basis)"),
    NC_("nominator", "the secretariat of the ILO Employers' group"),
    NC_("nominator", "the secretariat of the ILO Workers' group"),
    NC_("nominator", "the Director-General of the ILO"),
    NC_("nominator", "the UN Secretary-General"),
};

std::string name(const model::Member& member) {
  return util::printable(model::display_name(member));
}

// The seat of a term as the plan's headings name it ("Government representatives, Africa"), in
// the reader's language: never the registry's identifiers inside a sentence.
std::string where_of(const i18n::Translator& tr, const group::SeatKind& kind,
                     std::optional<model::GovernmentRegion> region) {
  // The Director-General's office is named by the sentence itself ("leaves office as
  // Director-General"): its paragraph, not its long title in a second pair of parentheses.
  if (kind.seat == model::Seat::director_general) return "¶25(a)";
  std::string out = util::sentence_case(tr(kSeatWords[static_cast<std::size_t>(kind.seat)]));
  if (region) out += ", " + std::string(tr(figures::region_term(*region)));
  return out;
}

std::string holder_line(const i18n::Translator& tr, const group::PlanHolder& holder) {
  const std::string who = name(*holder.member);
  if (holder.term_number == 0) {
    if (!holder.last_day)
      return msg("{member}: in office, ex officio, with no term limit (¶23)", arg("member", who))
          .in(tr);
    return msg("{member}: in office until {date}, ex officio (¶23)", arg("member", who),
               arg("date", *holder.last_day))
        .in(tr);
  }
  if (holder.renewed && holder.term_number == 1)
    return msg("{member}: first term to {date}; the renewal is recorded", arg("member", who),
               arg("date", *holder.last_day))
        .in(tr);
  if (holder.renewed)
    return msg("{member}: term {number} to {date}; a later term is recorded", arg("member", who),
               arg("number", holder.term_number), arg("date", *holder.last_day))
        .in(tr);
  if (holder.successor_recorded && holder.term_number == 1)
    return msg("{member}: first term to {date}; a successor is recorded", arg("member", who),
               arg("date", *holder.last_day))
        .in(tr);
  if (holder.successor_recorded && holder.term_number == 2)
    return msg("{member}: second term to {date}; a successor is recorded", arg("member", who),
               arg("date", *holder.last_day))
        .in(tr);
  if (holder.successor_recorded)
    return msg("{member}: term {number} to {date}; a successor is recorded", arg("member", who),
               arg("number", holder.term_number), arg("date", *holder.last_day))
        .in(tr);
  if (holder.renewable && holder.renewal_proposer)
    return msg("{member}: first term to {date}; renewable once, on proposal of {body} (¶23)",
               arg("member", who), arg("date", *holder.last_day),
               arg("body", plan_words::nominator(tr, *holder.renewal_proposer)))
        .in(tr);
  if (holder.partner_withdraws && holder.term_number == 2)
    return msg("{member}: second term to {date}; no renewal: its partner withdraws",
               arg("member", who), arg("date", *holder.last_day))
        .in(tr);
  if (holder.partner_withdraws)
    return msg("{member}: term {number} to {date}; no renewal: its partner withdraws",
               arg("member", who), arg("number", holder.term_number), arg("date", *holder.last_day))
        .in(tr);
  return msg("{member}: second term to {date}; no renewal: already renewed once (¶23)",
             arg("member", who), arg("date", *holder.last_day))
      .in(tr);
}

std::string seat_heading(const i18n::Translator& tr, const group::PlanSeat& seat) {
  if (seat.region)
    return msg("¶{paragraph} {seat}, {region}: {filled} of {capacity}",
               arg("paragraph", seat.kind->paragraph),
               arg("seat", plan_words::seat(tr, *seat.kind)),
               arg("region", figures::region_term(*seat.region)),
               arg("filled", static_cast<int>(seat.holders.size())), arg("capacity", seat.capacity))
        .in(tr);
  return msg("¶{paragraph} {seat}: {filled} of {capacity}", arg("paragraph", seat.kind->paragraph),
             arg("seat", plan_words::seat(tr, *seat.kind)),
             arg("filled", static_cast<int>(seat.holders.size())), arg("capacity", seat.capacity))
      .in(tr);
}

std::string seat_next(const i18n::Translator& tr, const group::PlanSeat& seat) {
  if (!seat.nominator) return {};
  const std::string body = plan_words::nominator(tr, *seat.nominator);
  const auto vacant = static_cast<unsigned long>(seat.vacant_now);
  if (seat.kind->by_invitation) {
    if (vacant > 0)
      return msg_n("{count} seat vacant now: {body} invites its holder (¶25)",
                   "{count} seats vacant now: {body} invites their holders (¶25)", vacant,
                   arg("body", body))
          .in(tr);
    if (seat.falls_vacant)
      return msg("falls vacant on {date} if nothing is done: {body} invites the next holder "
                 "(¶25)",
                 arg("date", *seat.falls_vacant), arg("body", body))
          .in(tr);
    return msg("the next holder is invited by {body} (¶25)", arg("body", body)).in(tr);
  }
  if (vacant > 0)
    return msg_n("{count} seat vacant now: {body} nominates its holder (¶25)",
                 "{count} seats vacant now: {body} nominates their holders (¶25)", vacant,
                 arg("body", body))
        .in(tr);
  if (seat.falls_vacant)
    return msg("falls vacant on {date} if nothing is done: {body} nominates the next holder (¶25)",
               arg("date", *seat.falls_vacant), arg("body", body))
        .in(tr);
  return msg("the next holder is nominated by {body} (¶25)", arg("body", body)).in(tr);
}

// When the chair a holder holds ends: its period's `until`, or with the terms that carry it. One
// whole sentence per role.
std::string chair_line(const i18n::Translator& tr, const group::PlanHolder& holder) {
  const auto who = arg("member", name(*holder.member));
  const auto date = arg("date", *holder.chair_last_day);
  const bool vice = holder.chair == model::Role::vice_chair;
  const i18n::Agreement as = group::agreement_of(*holder.member);
  if (holder.chair_ends_with_term)
    return (vice
                ? msg_g(as,
                        "{member}: Vice-Chairperson to {date}, with the term that carries the role",
                        who, date)
                : msg_g(as,
                        "{member}: Co-Chairperson to {date}, with the term that carries the role",
                        who, date))
        .in(tr);
  return (vice ? msg_g(as, "{member}: Vice-Chairperson to {date}, when the role's period ends", who,
                       date)
               : msg_g(as, "{member}: Co-Chairperson to {date}, when the role's period ends", who,
                       date))
      .in(tr);
}

std::vector<std::string> seat_lines(const i18n::Translator& tr, const group::PlanSeat& seat) {
  std::vector<std::string> lines;
  for (const auto& holder : seat.holders) {
    lines.push_back(holder_line(tr, holder));
    if (holder.chair && holder.chair_last_day) lines.push_back(chair_line(tr, holder));
  }
  if (const std::string next = seat_next(tr, seat); !next.empty()) lines.push_back(next);
  return lines;
}

std::string file_of(const PlanView& view) {
  return view.group.registry.file(view.group.roster.group().where.file).path;
}

std::string title(const PlanView& view) {
  return msg("Nomination calendar of the Coordinating Group, {from} to {to}",
             arg("from", view.plan.as_of), arg("to", view.plan.horizon_end))
      .in(view.tr);
}

}  // namespace

namespace plan_words {

std::string seat(const i18n::Translator& tr, const group::SeatKind& kind) {
  return std::string(tr(kSeatWords[static_cast<std::size_t>(kind.seat)]));
}

std::string nominator(const i18n::Translator& tr, model::Nominator nominator) {
  return std::string(tr(kNominatorWords[static_cast<std::size_t>(nominator)]));
}

std::string event_summary(const i18n::Translator& tr, const group::PlanEvent& event) {
  const std::string who = name(*event.member);
  const std::string where = where_of(tr, *event.kind, event.region);
  if (event.term_number == 0)
    return msg("{member} leaves office as Director-General ({seat})", arg("member", who),
               arg("seat", where))
        .in(tr);
  if (event.term_number == 1)
    return msg("First term of {member} ends ({seat})", arg("member", who), arg("seat", where))
        .in(tr);
  if (event.term_number == 2)
    return msg("Second term of {member} ends ({seat})", arg("member", who), arg("seat", where))
        .in(tr);
  return msg("Term {number} of {member} ends ({seat})", arg("number", event.term_number),
             arg("member", who), arg("seat", where))
      .in(tr);
}

std::string event_decision(const i18n::Translator& tr, const group::PlanEvent& event) {
  if (event.term_number == 0)
    return msg("The office of Director-General passes to a successor on {date} (¶25(a)).",
               arg("date", event.vacant_from))
        .in(tr);
  if (event.renewed)
    return msg("The renewal is recorded: the member sits on from {date}.",
               arg("date", event.vacant_from))
        .in(tr);
  if (event.successor_recorded)
    return msg("A successor is recorded: the seat is filled on {date}.",
               arg("date", event.vacant_from))
        .in(tr);
  const std::string next = event.nominator ? nominator(tr, *event.nominator) : std::string("-");
  const bool invited = event.kind->by_invitation;
  if (event.renewable && event.renewal_proposer) {
    const std::string proposer = nominator(tr, *event.renewal_proposer);
    if (invited)
      return msg("Renewable once, on proposal of {proposer} (¶23); otherwise {body} invites a "
                 "successor, to sit from {date}.",
                 arg("proposer", proposer), arg("body", next), arg("date", event.vacant_from))
          .in(tr);
    return msg("Renewable once, on proposal of {proposer} (¶23); otherwise {body} nominates a "
               "successor, to sit from {date}.",
               arg("proposer", proposer), arg("body", next), arg("date", event.vacant_from))
        .in(tr);
  }
  if (invited)
    return msg("No renewal (¶23): {body} invites a successor, to sit from {date}.",
               arg("body", next), arg("date", event.vacant_from))
        .in(tr);
  return msg("No renewal (¶23): {body} nominates a successor, to sit from {date}.",
             arg("body", next), arg("date", event.vacant_from))
      .in(tr);
}

std::string state_line(const i18n::Translator& tr, const group::GroupState& state) {
  using model::Gender;
  // The parts of the line, separated as the language separates the items of a list.
  std::string out =
      msg_n("{count} member sits", "{count} members sit", static_cast<unsigned long>(state.sitting))
          .in(tr);
  const auto then = [&](const i18n::Message& item) {
    out = msg("{list}; {item}", arg("list", out), arg("item", item)).in(tr);
  };
  then(state.vacancies == 0 ? msg("no seat vacant")
                            : msg_n("{count} seat vacant", "{count} seats vacant",
                                    static_cast<unsigned long>(state.vacancies)));
  then(
      msg("women {women}, men {men}, non-binary {non_binary}, undisclosed {undisclosed}, not "
          "declared {undeclared}",
          arg("women", state.genders[static_cast<std::size_t>(Gender::woman)]),
          arg("men", state.genders[static_cast<std::size_t>(Gender::man)]),
          arg("non_binary", state.genders[static_cast<std::size_t>(Gender::non_binary)]),
          arg("undisclosed", state.genders[static_cast<std::size_t>(Gender::undisclosed)]),
          arg("undeclared", state.gender_undeclared)));
  std::vector<std::string> region_names;
  for (const auto region : state.regions_uncovered)
    region_names.emplace_back(tr(figures::region_term(region)));
  const std::string regions = i18n::join_list(region_names, tr);
  then(regions.empty() ? msg("every region has a government member")
                       : msg("no government member from {regions}", arg("regions", regions)));
  std::vector<std::string> names;
  for (const auto* member : state.co_chairs) names.push_back(name(*member));
  const std::string co_chairs = i18n::join_list(names, tr);
  names.clear();
  for (const auto* member : state.vice_chairs) names.push_back(name(*member));
  const std::string vice_chairs = i18n::join_list(names, tr);
  const std::string none(tr.ctx("no chair", "none"));
  then(msg("Co-Chairpersons: {co_chairs}; Vice-Chairpersons: {vice_chairs}",
           arg("co_chairs", co_chairs.empty() ? none : co_chairs),
           arg("vice_chairs", vice_chairs.empty() ? none : vice_chairs)));
  for (const auto& note : state.diversity) {
    then(
        msg("{count} of the {located} {seat} members whose country is known come from "
            "{region} (¶26: geographical diversity)",
            arg("count", note.count), arg("located", note.located),
            arg("seat", std::string(model::enum_name(note.seat))),
            figures::ilo_region_term(note.region).msgid.empty()
                ? arg("region", note.region)
                : arg("region", figures::ilo_region_term(note.region))));
  }
  return out;
}

// The Group on the day after a term ends, if nothing is done.
std::string after_line(const i18n::Translator& tr, const group::PlanEvent& event) {
  return msg("On {date}, if nothing is done: {state}", arg("date", event.vacant_from),
             arg("state", plan_words::state_line(tr, event.after)))
      .in(tr);
}

}  // namespace plan_words

std::string render_plan_text(const PlanView& view) {
  const auto& tr = view.tr;
  std::string out = title(view) + " (" + util::printable(file_of(view)) + ")\n\n";
  out += msg("On {date}: {state}", arg("date", view.plan.as_of),
             arg("state", plan_words::state_line(tr, view.plan.now)))
             .in(tr) +
         "\n\n";
  out += std::string(tr("Seats (¶25)")) + "\n";
  for (const auto& seat : view.plan.seats) {
    out += seat_heading(tr, seat) + "\n";
    for (const auto& line : seat_lines(tr, seat)) out += "  " + line + "\n";
  }
  out += "\n" + std::string(tr("Terms ending")) + "\n";
  if (view.plan.events.empty()) out += msg("No term ends in that period.").in(tr) + "\n";
  const auto& events = view.plan.events;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i == 0 || events[i].last_day != events[i - 1].last_day) out += "\n";
    out += events[i].last_day.iso() + "  " + plan_words::event_summary(tr, events[i]) + "\n";
    out += "            " + plan_words::event_decision(tr, events[i]) + "\n";
    if (i + 1 == events.size() || events[i + 1].last_day != events[i].last_day)
      out += "  " + plan_words::after_line(tr, events[i]) + "\n";
  }
  return out;
}

std::string render_plan_markdown(const PlanView& view) {
  const auto& tr = view.tr;
  std::string out = "# " + markdown_text(title(view)) + "\n\n";
  out += msg("On {date}: {state}", arg("date", view.plan.as_of),
             arg("state", markdown_text(plan_words::state_line(tr, view.plan.now))))
             .in(tr) +
         "\n\n";
  out += "## " + std::string(tr("Seats (¶25)")) + "\n\n";
  for (const auto& seat : view.plan.seats) {
    out += "- **" + markdown_text(seat_heading(tr, seat)) + "**\n";
    for (const auto& line : seat_lines(tr, seat)) out += "  - " + markdown_text(line) + "\n";
  }
  out += "\n## " + std::string(tr("Terms ending")) + "\n";
  if (view.plan.events.empty()) out += "\n" + msg("No term ends in that period.").in(tr) + "\n";
  const auto& events = view.plan.events;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i == 0 || events[i].last_day != events[i - 1].last_day)
      out += "\n### " + tr.date(events[i].last_day) + "\n\n";
    out += "- **" + markdown_text(plan_words::event_summary(tr, events[i])) +
           "**: " + markdown_text(plan_words::event_decision(tr, events[i])) + "\n";
    if (i + 1 == events.size() || events[i + 1].last_day != events[i].last_day)
      out += "\n" + markdown_text(plan_words::after_line(tr, events[i])) + "\n";
  }
  return out;
}

namespace {

void nominator_or_null(JsonWriter& json, std::string_view key,
                       std::optional<model::Nominator> nominator) {
  json.key(key);
  if (nominator)
    json.value(model::enum_name(*nominator));
  else
    json.null();
}

void date_or_null(JsonWriter& json, std::string_view key, std::optional<model::Date> date) {
  json.key(key);
  if (date)
    json.value(date->iso());
  else
    json.null();
}

void member_keys(JsonWriter& json, const model::Member& member) {
  json.key("name").string_or_null(member.name ? std::string_view(member.name->value) : "");
  json.key("partner").string_or_null(member.partner ? std::string_view(member.partner->value) : "");
  json.key("gender").string_or_null(member.gender ? model::enum_name(member.gender->value) : "");
  json.key("line").value(member.where.line);
}

void state_json(JsonWriter& json, const group::GroupState& state) {
  json.begin_object();
  json.key("date").value(state.date.iso());
  json.key("established").value(state.established);
  json.key("sitting").value(state.sitting);
  json.key("vacancies").value(state.vacancies);
  json.key("regions_uncovered").begin_array();
  for (const auto region : state.regions_uncovered) json.value(model::enum_name(region));
  json.end_array();
  json.key("genders").begin_object();
  for (const auto gender : {model::Gender::woman, model::Gender::man, model::Gender::non_binary,
                            model::Gender::undisclosed})
    json.key(model::enum_name(gender)).value(state.genders[static_cast<std::size_t>(gender)]);
  json.key("not_declared").value(state.gender_undeclared);
  json.end_object();
  for (const auto& [key, members] :
       {std::pair{"co_chairs", &state.co_chairs}, std::pair{"vice_chairs", &state.vice_chairs}}) {
    json.key(key).begin_array();
    for (const auto* member : *members)
      json.string_or_null(member->name ? std::string_view(member->name->value) : "");
    json.end_array();
  }
  json.key("diversity").begin_array();
  for (const auto& note : state.diversity) {
    json.begin_object();
    json.key("seats").value(model::enum_name(note.seat));
    json.key("region").value(note.region);
    json.key("count").value(note.count);
    json.key("located").value(note.located);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

std::string render_plan_json(const PlanView& view) {
  JsonWriter json;
  begin_report(json, view.plan.as_of.iso(), view.tr.code());
  json.key("file").value(file_of(view));
  json.key("horizon_days").value(view.plan.horizon_days);
  json.key("horizon_end").value(view.plan.horizon_end.iso());
  json.key("now");
  state_json(json, view.plan.now);
  json.key("seats").begin_array();
  for (const auto& seat : view.plan.seats) {
    json.begin_object();
    json.key("seat").value(model::enum_name(seat.kind->seat));
    json.key("region").string_or_null(seat.region ? model::enum_name(*seat.region) : "");
    json.key("paragraph").value(seat.kind->paragraph);
    json.key("capacity").value(seat.capacity);
    json.key("by_invitation").value(seat.kind->by_invitation);
    nominator_or_null(json, "nominated_by", seat.nominator);
    json.key("vacant_now").value(seat.vacant_now);
    date_or_null(json, "falls_vacant", seat.falls_vacant);
    json.key("holders").begin_array();
    for (const auto& holder : seat.holders) {
      json.begin_object();
      member_keys(json, *holder.member);
      json.key("term").value(holder.term_number);
      date_or_null(json, "term_start", holder.term_start);
      date_or_null(json, "last_day", holder.last_day);
      json.key("renewable").value(holder.renewable);
      json.key("renewed").value(holder.renewed);
      json.key("successor_recorded").value(holder.successor_recorded);
      nominator_or_null(json, "renewal_proposed_by", holder.renewal_proposer);
      json.key("chair");
      if (holder.chair && holder.chair_last_day) {
        json.begin_object().key("role").value(model::enum_name(*holder.chair));
        json.key("last_day").value(holder.chair_last_day->iso());
        json.key("ends_with").value(holder.chair_ends_with_term ? "term" : "until");
        json.end_object();
      } else {
        json.null();
      }
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("term_ends").begin_array();
  for (const auto& event : view.plan.events) {
    json.begin_object();
    member_keys(json, *event.member);
    json.key("seat").value(model::enum_name(event.kind->seat));
    json.key("region").string_or_null(event.region ? model::enum_name(*event.region) : "");
    json.key("paragraph").value(event.kind->paragraph);
    json.key("term").value(event.term_number);
    date_or_null(json, "term_start", event.term_start);
    json.key("last_day").value(event.last_day.iso());
    json.key("vacant_from").value(event.vacant_from.iso());
    json.key("renewable").value(event.renewable);
    json.key("renewed").value(event.renewed);
    json.key("successor_recorded").value(event.successor_recorded);
    nominator_or_null(json, "renewal_proposed_by", event.renewal_proposer);
    nominator_or_null(json, "next_nominated_by", event.nominator);
    json.key("after");
    state_json(json, event.after);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
