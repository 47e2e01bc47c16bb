#include "render/report/progress_report.hpp"

#include <fmt/format.h>

#include "figures/names.hpp"
#include "figures/words.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "model/partner_state.hpp"
#include "render/changes/change_words.hpp"
#include "render/json_writer.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using figures::Count;
using figures::Figures;
using figures::Grid;

using i18n::arg;
using i18n::Message;
using i18n::msg;
using i18n::msg_n;

std::string id_of(const model::Partner& partner) {
  return partner.id ? partner.id->value : std::string();
}
std::string name_of(const model::Partner& partner) {
  return partner.name ? partner.name->value : id_of(partner);
}
std::string title_of(const model::Action& action) {
  return action.title ? action.title->value : std::string("(untitled action)");
}
// A share as the language writes it ("50%", "50 %"); "-" of nothing.
std::string percent(int part, int whole, const i18n::Translator& tr) {
  if (whole == 0) return "-";
  return i18n::msg("{percent}%", i18n::arg("percent", (part * 100 + whole / 2) / whole)).in(tr);
}

std::string line(const Message& message, const i18n::Translator& tr) {
  return message.in(tr) + "\n";
}
std::string heading(int level, const Message& title, const i18n::Translator& tr) {
  return "\n" + std::string(static_cast<std::size_t>(level), '#') + " " + title.in(tr) + "\n\n";
}

// A table of counts; with a `label_title`, the keys get a column of their own.
void markdown_table(std::string& out, const i18n::Translator& tr, const Message& title,
                    const Message& note, const std::vector<Count>& counts,
                    std::string_view key_title, std::string_view label_title = {}) {
  out += heading(3, title, tr);
  if (!note.empty()) out += line(note, tr) + "\n";
  const std::string_view count_title = tr.ctx("column of a table", "Count");
  if (!label_title.empty()) {
    out += fmt::format("| {} | {} | {} |\n|---|---|---:|\n", key_title, label_title, count_title);
    for (const Count& c : counts)
      out += fmt::format("| {} | {} | {} |\n", c.key, markdown_text(figures::label_in(c, tr)),
                         c.value);
  } else {
    out += fmt::format("| {} | {} |\n|---|---:|\n", key_title, count_title);
    for (const Count& c : counts)
      out += fmt::format("| {} | {} |\n", markdown_text(figures::label_in(c, tr)), c.value);
  }
}

// A change as a table shows it: "+2", "-1", "0".
std::string change_of(int before, int after) {
  const int change = after - before;
  return change > 0 ? fmt::format("+{}", change) : std::to_string(change);
}

// A table of `grid` on the as-of date: a row per row key with its cells and its total beside the
// same total at the start of the period and the change; then the columns' totals, the same at
// the start, and the changes. The last row's label says what the total counts.
void grid_table(std::string& out, const i18n::Translator& tr, const Grid& now, const Grid& start,
                std::string_view row_title, std::string_view total_label) {
  const std::string_view total = tr.ctx("column of a table", "Total");
  const std::string_view at_start = tr.ctx("column of a table", "At the start");
  const std::string_view change = tr.ctx("column of a table", "Change");
  out += fmt::format("| {} |", row_title);
  for (const Count& column : now.columns)
    out += " " + markdown_text(figures::label_in(column, tr)) + " |";
  out += fmt::format(" {} | {} | {} |\n|---|", total, at_start, change);
  for (std::size_t i = 0; i < now.columns.size() + 3; ++i) out += "---:|";
  out += "\n";
  for (std::size_t r = 0; r < now.rows.size(); ++r) {
    out += "| " + markdown_text(figures::label_in(now.rows[r], tr)) + " |";
    for (const int cell : now.cells[r]) out += fmt::format(" {} |", cell);
    out += fmt::format(" {} | {} | {} |\n", now.rows[r].value, start.rows[r].value,
                       change_of(start.rows[r].value, now.rows[r].value));
  }
  out += fmt::format("| {} |", total_label);
  for (const Count& column : now.columns) out += fmt::format(" {} |", column.value);
  out +=
      fmt::format(" {} | {} | {} |\n", now.total, start.total, change_of(start.total, now.total));
  out += fmt::format("| {} |", at_start);
  for (const Count& column : start.columns) out += fmt::format(" {} |", column.value);
  out += fmt::format(" {} |  |  |\n", start.total);
  out += fmt::format("| {} |", change);
  for (std::size_t c = 0; c < now.columns.size(); ++c)
    out += " " + change_of(start.columns[c].value, now.columns[c].value) + " |";
  out += fmt::format(" {} |  |  |\n", change_of(start.total, now.total));
}

// The chairs among the members sitting in a row: "Name (Co-Chairperson)".
std::string chairs_of(const group::SeatRow& row, const model::Date& date,
                      const i18n::Translator& tr) {
  std::string chairs;
  for (const group::Chair& chair : group::chairs_of(row, date)) {
    const auto name = arg("member", markdown_text(model::display_name(*chair.member)));
    const i18n::Agreement as = group::agreement_of(*chair.member);
    chairs +=
        (chairs.empty() ? "" : "; ") + (chair.role == model::Role::co_chair
                                            ? i18n::msg_g(as, "{member} (Co-Chairperson)", name)
                                            : i18n::msg_g(as, "{member} (Vice-Chairperson)", name))
                                           .in(tr);
  }
  return chairs;
}

std::string renewal_of(const group::CalendarRow& row, const i18n::Translator& tr) {
  if (row.next == group::NextTerm::recorded) return msg("renewal recorded").in(tr);
  if (row.next == group::NextTerm::partner_withdraws)
    return msg("not renewable (its partner withdraws)").in(tr);
  if (!row.renewable) return msg("not renewable (renewed once)").in(tr);
  if (!row.proposer) return msg("renewable").in(tr);
  return msg("renewable on the proposal of {nominator}",
             arg("nominator", figures::nominator_term(*row.proposer)))
      .in(tr);
}

void group_markdown(std::string& out, const Figures& f, const i18n::Translator& tr) {
  out += heading(2, msg("The Coordinating Group (¶21-26)"), tr);
  if (!f.group || !f.composition) {
    out += line(msg("The registry holds no Coordinating Group."), tr);
    return;
  }
  // The same rows at the start of the period: the same registry's seats, so the same rows.
  const group::Composition& start = *f.start.composition;
  const std::string_view at_start = tr.ctx("column of a table", "At the start");
  const std::string_view change = tr.ctx("column of a table", "Change");
  out += fmt::format(
      "| {} | ¶ | {} | {} | {} | {} | {} | {} | {} | {} |\n"
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n",
      tr.ctx("column of a table", "Seat"), tr.ctx("column of a table", "Seats"),
      tr.ctx("column of a table", "Sitting"), at_start, change,
      tr.ctx("column of a table", "Vacant"), at_start, change,
      tr.ctx("column of a table", "Chairs"));
  for (std::size_t i = 0; i < f.composition->rows.size(); ++i) {
    const group::SeatRow& row = f.composition->rows[i];
    if (row.region) continue;
    const group::SeatRow& before = start.rows[i];
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                       markdown_text(tr(seat_term(row.kind->seat))), row.kind->paragraph,
                       figures::capacity_words(row, tr), row.filled(), before.filled(),
                       change_of(before.filled(), row.filled()), row.vacancies(),
                       before.vacancies(), change_of(before.vacancies(), row.vacancies()),
                       chairs_of(row, f.composition->as_of, tr));
  }
  const group::SeatTotals totals = group::seat_totals(*f.composition);
  out += "\n" + line(msg_n("{filled} of {count} seat filled, {vacant} vacant.",
                           "{filled} of {count} seats filled, {vacant} vacant.",
                           static_cast<unsigned long>(totals.seats), arg("filled", totals.filled),
                           arg("vacant", totals.vacant)),
                     tr);
  const group::SeatTotals before = group::seat_totals(start);
  out += "\n" + line(msg_n("At the start of the period: {filled} of {count} seat filled, "
                           "{vacant} vacant.",
                           "At the start of the period: {filled} of {count} seats filled, "
                           "{vacant} vacant.",
                           static_cast<unsigned long>(before.seats), arg("filled", before.filled),
                           arg("vacant", before.vacant)),
                     tr);
  out += heading(3, msg("Meetings held in the period (¶24)"), tr);
  if (f.meetings_in_period.empty()) out += line(msg("None."), tr);
  for (const model::Date& date : f.meetings_in_period) out += "- " + tr.date(date) + "\n";
  out += heading(
      3,
      msg_n("Terms ending within {count} day (¶23)", "Terms ending within {count} days (¶23)",
            static_cast<unsigned long>(f.renewal_days)),
      tr);
  if (f.renewals.empty()) {
    out += line(msg("None."), tr);
    return;
  }
  out += fmt::format("| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
                     tr.ctx("column of a table", "Ends"), tr.ctx("column of a table", "Member"),
                     tr.ctx("column of a table", "Seat"), tr.ctx("column of a table", "Term"),
                     tr.ctx("column of a table", "Renewal"));
  for (const auto& row : f.renewals)
    out += fmt::format("| {} | {} | {} | {} | {} |\n", row.end.iso(),
                       markdown_text(model::display_name(*row.member)),
                       markdown_text(tr(seat_term(row.seat->seat))),
                       row.term_number == 1 ? tr.ctx("term of a member", "first")
                                            : tr.ctx("term of a member", "renewal"),
                       renewal_of(row, tr));
}

// The period [since, as_of]: the admissions and completed actions that lib/changes finds, of
// the partners published on the date (figures::Figures::period).
void period_markdown(std::string& out, const Figures& f, const i18n::Translator& tr) {
  out += heading(
      2, msg("In the period from {from} to {to}", arg("from", f.since), arg("to", f.as_of)), tr);
  out.pop_back();  // one blank line before the next heading, as before
  out += heading(3, msg("New partners ({count})", arg("count", f.new_partners.size())), tr);
  if (f.new_partners.empty()) out += line(msg("None."), tr);
  for (const model::Partner* p : f.new_partners) {
    // The day the public was told (¶18): its admission, or its later `published` date.
    const auto date = arg("date", *model::public_since(*p));
    const auto partner = arg("partner", markdown_text(figures::partner_name(*p, tr)));
    out += "- " + line(p->category
                           ? msg("{date}: {partner} ({category})", date, partner,
                                 arg("category", figures::category_name_term(p->category->value)))
                           : msg("{date}: {partner}", date, partner),
                       tr);
  }
  out += heading(
      3,
      msg("Actions completed in the period ({count})", arg("count", f.completed_in_period.size())),
      tr);
  // A completed action is dated by its latest dated progress entry; one without is said once,
  // in words that do not read as a contradiction of the count above.
  const auto undated = static_cast<unsigned long>(f.completed_undated);
  if (f.completed_in_period.empty())
    out += line(undated == 0 ? msg("None.")
                             : msg_n("{count} action is recorded as completed, but without a "
                                     "dated progress entry: when it was completed is not known, "
                                     "so it is counted in no period.",
                                     "{count} actions are recorded as completed, but without a "
                                     "dated progress entry: when they were completed is not "
                                     "known, so they are counted in no period.",
                                     undated),
                tr);
  for (const auto& ref : f.completed_in_period) {
    const auto date = arg("date", *ref.last_progress);
    const auto partner = arg("partner", markdown_text(figures::partner_name(*ref.partner, tr)));
    const std::string* title = figures::action_title(*ref.action, tr);
    out += "- " + line(title ? msg("{date}: {action}, {partner}", date,
                                   arg("action", markdown_text(*title)), partner)
                             : msg("{date}: an untitled action, {partner}", date, partner),
                       tr);
  }
  if (!f.completed_in_period.empty() && undated > 0)
    out += "\n" + line(msg_n("{count} other action is recorded as completed, but without a "
                             "dated progress entry: when it was completed is not known, so it is "
                             "counted in no period.",
                             "{count} other actions are recorded as completed, but without a "
                             "dated progress entry: when they were completed is not known, so "
                             "they are counted in no period.",
                             undated),
                       tr);
}

// The sessions of the Forum held in the period (¶39-42, reported on under ¶44), when the registry
// records the Forum: each with its hosts public on as_of and its number of initiatives (¶40).
void forum_markdown(std::string& out, const Figures& f, const i18n::Translator& tr) {
  if (!f.has_forum) return;
  const auto sessions = changes::of_kind(f.period, changes::Kind::forum_session);
  out += heading(
      3, msg("Sessions of the Forum held in the period ({count})", arg("count", sessions.size())),
      tr);
  if (sessions.empty()) out += line(msg("None."), tr);
  ChangeWording wording{markdown_text, true};
  wording.tr = &tr;
  for (const changes::Change* session : sessions)
    out += "- " + line(msg("{date}: {session}", arg("date", session->date),
                           arg("session", change_sentence(*session, wording))),
                       tr);
}

// Applications (¶18): pending at the start of the period, received, admitted and declined in it
// (the dates `applied`, `admitted` and `declined`: counted, never named, v1.1), pending at its end.
void applications_markdown(std::string& out, const Figures& f, const i18n::Translator& tr) {
  out += heading(3, msg("Applications in the period (¶18)"), tr);
  out += line(msg("Applications are counted, never named. Received counts only the "
                  "applications the registry dates by `applied`; one without that date is "
                  "pending from its declaration of adherence."),
              tr);
  const auto counts = changes::count(f.period);
  out += fmt::format("\n| {} | {} |\n|---|---:|\n", tr.ctx("column of a table", "Applications"),
                     tr.ctx("column of a table", "Count"));
  const auto row = [&](const Message& label, int value) {
    out += fmt::format("| {} | {} |\n", label.in(tr), value);
  };
  row(msg("Pending at the start of the period"), f.start.applications);
  row(msg("Received in the period"), counts.received);
  row(msg("Partners admitted in the period"), counts.admitted);
  row(msg("Declined in the period"), counts.declined);
  row(msg("Pending at the end of the period"), f.now.applications);
}

void counts_json(JsonWriter& json, std::string_view name, const std::vector<Count>& counts,
                 const i18n::Translator& tr) {
  json.key(name).begin_array();
  for (const Count& c : counts)
    json.begin_object()
        .key("key")
        .value(c.key)
        .key("label")
        .value(figures::label_in(c, tr))
        .key("count")
        .value(c.value)
        .end_object();
  json.end_array();
}

// {"rows": [...], "columns": [...], "cells": [[...]], "total": N}: counts as counts_json writes
// them, cells[row][column].
void grid_json(JsonWriter& json, std::string_view name, const Grid& grid,
               const i18n::Translator& tr) {
  json.key(name).begin_object();
  counts_json(json, "rows", grid.rows, tr);
  counts_json(json, "columns", grid.columns, tr);
  json.key("cells").begin_array();
  for (const auto& row : grid.cells) {
    json.begin_array();
    for (const int cell : row) json.value(cell);
    json.end_array();
  }
  json.end_array();
  json.key("total").value(grid.total);
  json.end_object();
}

// The seats of each seat kind on the state's date and their totals.
void seats_json(JsonWriter& json, const group::Composition& composition) {
  json.key("seats").begin_array();
  for (const auto& row : composition.rows) {
    if (row.region) continue;
    json.begin_object()
        .key("seat")
        .value(model::enum_name(row.kind->seat))
        .key("paragraph")
        .value(row.kind->paragraph)
        .key("capacity")
        .value(row.capacity)
        .key("sitting")
        .value(row.filled())
        .key("vacancies")
        .value(row.vacancies())
        .key("chairs")
        .value(static_cast<long>(group::chairs_of(row, composition.as_of).size()))
        .end_object();
  }
  json.end_array();
  const group::SeatTotals totals = group::seat_totals(composition);
  json.key("summary").begin_object().key("seats").value(totals.seats);
  json.key("filled").value(totals.filled).key("vacant").value(totals.vacant).end_object();
}

// The figures at the start of the period (Figures::start), under the keys of the as-of date's.
void start_json(JsonWriter& json, const Figures& f, const i18n::Translator& tr) {
  const figures::State& start = f.start;
  json.key("start").begin_object();
  json.key("date").value(start.date.iso());
  json.key("partners").begin_object();
  json.key("admitted").value(static_cast<long>(start.partners.size()));
  json.key("applications").value(start.applications);
  json.key("withdrawn").value(start.withdrawn);
  json.key("unpublished").value(start.unpublished);
  grid_json(json, "by_category_region", start.partners_by_category_region, tr);
  json.end_object();
  json.key("actions").begin_object();
  json.key("total").value(start.actions_by_domain_status.total);
  grid_json(json, "by_domain_status", start.actions_by_domain_status, tr);
  json.end_object();
  json.key("group");
  if (!start.composition) {
    json.null();
  } else {
    json.begin_object();
    seats_json(json, *start.composition);
    json.end_object();
  }
  json.end_object();
}

void partners_json(JsonWriter& json, const Figures& f, const i18n::Translator& tr) {
  json.key("partners").begin_object();
  json.key("admitted").value(static_cast<long>(f.partners.size()));
  json.key("applications").value(f.applications);
  json.key("withdrawn").value(f.withdrawn);
  json.key("unpublished").value(f.unpublished);
  counts_json(json, "by_category", f.partners_by_category, tr);
  counts_json(json, "by_region", f.partners_by_region, tr);
  grid_json(json, "by_category_region", f.now.partners_by_category_region, tr);
  json.end_object();
}

void actions_json(JsonWriter& json, const Figures& f, const i18n::Translator& tr) {
  json.key("actions").begin_object();
  json.key("total").value(static_cast<long>(f.actions.size()));
  json.key("with_progress").value(f.actions_with_progress);
  json.key("without_progress").value(static_cast<long>(f.actions.size()) - f.actions_with_progress);
  counts_json(json, "by_domain", f.actions_by_domain, tr);
  counts_json(json, "by_priority", f.actions_by_priority, tr);
  counts_json(json, "by_sdg", f.actions_by_sdg, tr);
  counts_json(json, "by_status", f.actions_by_status, tr);
  counts_json(json, "by_category", f.actions_by_category, tr);
  grid_json(json, "by_domain_status", f.now.actions_by_domain_status, tr);
  json.end_object();
}

void period_json(JsonWriter& json, const Figures& f) {
  json.key("period").begin_object();
  const auto counts = changes::count(f.period);
  json.key("applications_received").value(counts.received);
  json.key("partners_admitted").value(counts.admitted);
  json.key("applications_declined").value(counts.declined);
  json.key("applications_pending_at_start").value(f.start.applications);
  json.key("applications_pending_at_end").value(f.now.applications);
  json.key("new_partners").begin_array();
  for (const model::Partner* p : f.new_partners)
    json.begin_object()
        .key("id")
        .value(id_of(*p))
        .key("name")
        .value(name_of(*p))
        .key("admitted")
        .value(p->admitted->value.iso())
        .key("published")
        .value(model::public_since(*p)->iso())
        .end_object();
  json.end_array();
  json.key("completed_actions").begin_array();
  for (const auto& ref : f.completed_in_period)
    json.begin_object()
        .key("partner")
        .value(id_of(*ref.partner))
        .key("title")
        .value(title_of(*ref.action))
        .key("last_progress")
        .value(ref.last_progress->iso())
        .end_object();
  json.end_array();
  json.key("completed_undated").value(f.completed_undated);
  json.key("group_meetings").begin_array();
  for (const model::Date& date : f.meetings_in_period) json.value(date.iso());
  json.end_array();
  // ¶39-42: the sessions of the Forum held in the period, naming the hosts public on as_of only.
  json.key("forum_sessions").begin_array();
  for (const changes::Change* c : changes::of_kind(f.period, changes::Kind::forum_session)) {
    const model::ForumSession& s = *c->session;
    const auto text = [](const model::Field<std::string>& field) {
      return field ? field->value : std::string();
    };
    json.begin_object().key("date").value(c->date.iso());
    json.key("end").string_or_null(s.end ? s.end->value.iso() : std::string());
    json.key("title").string_or_null(text(s.title));
    json.key("place").string_or_null(text(s.place));
    json.key("format").string_or_null(text(s.format));
    json.key("alongside").string_or_null(text(s.alongside));
    json.key("hosts").begin_array();
    for (const changes::ForumHost& host : c->hosts)
      if (host.is_public) json.value(host.id);
    json.end_array().key("initiatives").value(c->public_initiatives).end_object();
  }
  json.end_array();
  json.end_object();
}

// The Group's seats (the row of each seat kind) and their totals, then the coming renewals.
void group_json(JsonWriter& json, const Figures& f) {
  json.begin_object();
  seats_json(json, *f.composition);
  json.key("renewal_window_days").value(f.renewal_days);
  json.key("renewals").begin_array();
  for (const auto& row : f.renewals) {
    json.begin_object()
        .key("member")
        .value(model::display_name(*row.member))
        .key("seat")
        .value(model::enum_name(row.seat->seat))
        .key("term_end")
        .value(row.end.iso())
        .key("term")
        .value(row.term_number)
        .key("renewable")
        .value(row.renewable)
        .key("renewal_recorded")
        .value(row.next == group::NextTerm::recorded);
    if (row.proposer)
      json.key("proposed_by").value(model::enum_name(*row.proposer));
    else
      json.key("proposed_by").null();
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

std::string render_progress_markdown(const Figures& f, const i18n::Translator& tr) {
  std::string out = "# " + line(msg("Global Coalition for Social Justice: progress report"), tr);
  out += "\n" + line(msg("As of {as_of}; the period runs from {since} to {as_of}. Figures count "
                         "admitted partners only (¶18); progress is shared voluntarily (¶17) and "
                         "its absence is no shortcoming (¶13).",
                         arg("as_of", f.as_of), arg("since", f.since)),
                     tr);
  out += "\n" + line(msg("For the Director-General's regular report to the Governing Body on the "
                         "progress of the Coalition (¶44). The tables of partners, applications, "
                         "actions by domain and the Coordinating Group's seats give the figures "
                         "on {as_of} beside those at the start of the period, as the registry "
                         "stood on {start}, the eve of the period, and the change.",
                         arg("as_of", f.as_of), arg("start", f.start.date)),
                     tr);

  out += heading(2, msg("Partners (¶19)"), tr);
  out += line(msg("{partners}; {applications}; {withdrawn}.",
                  arg("partners", msg_n("{count} partner", "{count} partners", f.partners.size())),
                  arg("applications",
                      msg_n("{count} application under review", "{count} applications under review",
                            static_cast<unsigned long>(f.applications))),
                  arg("withdrawn", msg_n("{count} partner withdrawn", "{count} partners withdrawn",
                                         static_cast<unsigned long>(f.withdrawn)))),
              tr);
  // Admitted but not yet made public (¶18): counted here only, so no table singles one out.
  if (f.unpublished > 0)
    out += "\n" + line(msg_n("{count} partner admitted is not yet made public (¶18): it is "
                             "counted here only, neither named nor in the tables.",
                             "{count} partners admitted are not yet made public (¶18): they are "
                             "counted here only, neither named nor in the tables.",
                             static_cast<unsigned long>(f.unpublished)),
                       tr);
  out += heading(3, msg("By category (¶19) and region"), tr);
  out += line(msg("A partner acting in one country is counted in the ILO region of its "
                  "country; a partner international by its category or scope, whatever its "
                  "headquarters, as global and international; a partner that names no country "
                  "as not stated."),
              tr) +
         "\n";
  grid_table(out, tr, f.now.partners_by_category_region, f.start.partners_by_category_region,
             tr.ctx("column of a table", "Category"), tr.ctx("row of a table", "All partners"));
  applications_markdown(out, f, tr);

  out += heading(2, msg("Actions (¶34-36)"), tr);
  out += line(msg_n("{count} action; {with_progress} ({percent}) with progress shared.",
                    "{count} actions; {with_progress} ({percent}) with progress shared.",
                    f.actions.size(), arg("with_progress", f.actions_with_progress),
                    arg("percent",
                        percent(f.actions_with_progress, static_cast<int>(f.actions.size()), tr))),
              tr);
  out += heading(3, msg("By thematic domain (¶35) and status"), tr);
  out += line(msg("An action may frame several domains: it counts in each, and once in the "
                  "totals of all actions. The registry keeps an action's present status: an "
                  "action completed in the period counts as ongoing at its start."),
              tr) +
         "\n";
  grid_table(out, tr, f.now.actions_by_domain_status, f.start.actions_by_domain_status,
             tr.ctx("column of a table", "Domain"), tr.ctx("row of a table", "All actions"));
  markdown_table(out, tr, msg("By initial priority (¶36)"), {}, f.actions_by_priority,
                 tr.ctx("column of a table", "Key"), tr.ctx("column of a table", "Priority"));
  markdown_table(out, tr, msg("By Sustainable Development Goal"), {}, f.actions_by_sdg,
                 tr.ctx("column of a table", "SDG"), tr.ctx("column of a table", "Goal"));
  markdown_table(out, tr, msg("By the category of the partner that undertakes them (¶19)"), {},
                 f.actions_by_category, tr.ctx("column of a table", "Category of partner"));

  period_markdown(out, f, tr);
  forum_markdown(out, f, tr);
  group_markdown(out, f, tr);
  return out;
}

std::string render_progress_markdown(const Figures& f) {
  return render_progress_markdown(f, i18n::Translator::english());
}

std::string render_progress_json(const Figures& f) {
  return render_progress_json(f, i18n::Translator::english());
}

std::string render_progress_json(const Figures& f, const i18n::Translator& tr) {
  JsonWriter json;
  begin_report(json, f.as_of.iso(), tr.code());
  json.key("since").value(f.since.iso());
  partners_json(json, f, tr);
  actions_json(json, f, tr);
  period_json(json, f);
  json.key("group");
  if (!f.composition)
    json.null();
  else
    group_json(json, f);
  start_json(json, f, tr);
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
