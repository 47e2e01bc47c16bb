#include "render/report/progress_report.hpp"

#include <fmt/format.h>

#include "figures/words.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/changes/change_words.hpp"
#include "render/json_writer.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using figures::Count;
using figures::Figures;

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
  out += fmt::format("| {} | ¶ | {} | {} | {} | {} |\n|---|---|---:|---:|---:|---|\n",
                     tr.ctx("column of a table", "Seat"), tr.ctx("column of a table", "Seats"),
                     tr.ctx("column of a table", "Sitting"), tr.ctx("column of a table", "Vacant"),
                     tr.ctx("column of a table", "Chairs"));
  for (const auto& row : f.composition->rows) {
    if (row.region) continue;
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n",
                       markdown_text(tr(seat_term(row.kind->seat))), row.kind->paragraph,
                       figures::capacity_words(row, tr), row.filled(), row.vacancies(),
                       chairs_of(row, f.composition->as_of, tr));
  }
  const group::SeatTotals totals = group::seat_totals(*f.composition);
  out += "\n" + line(msg_n("{filled} of {count} seat filled, {vacant} vacant.",
                           "{filled} of {count} seats filled, {vacant} vacant.",
                           static_cast<unsigned long>(totals.seats), arg("filled", totals.filled),
                           arg("vacant", totals.vacant)),
                     tr);
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
    const auto date = arg("date", p->admitted->value);
    const auto partner = arg("partner", markdown_text(name_of(*p)));
    out += "- " + line(p->category
                           ? msg("{date}: {partner} ({category})", date, partner,
                                 arg("category", figures::category_label_term(p->category->value)))
                           : msg("{date}: {partner}", date, partner),
                       tr);
  }
  out += heading(3, msg("Actions completed ({count})", arg("count", f.completed_in_period.size())),
                 tr);
  if (f.completed_in_period.empty()) out += line(msg("None."), tr);
  for (const auto& ref : f.completed_in_period) {
    const auto date = arg("date", *ref.last_progress);
    const auto partner = arg("partner", markdown_text(name_of(*ref.partner)));
    out += "- " + line(ref.action->title
                           ? msg("{date}: {action}, {partner}", date,
                                 arg("action", markdown_text(ref.action->title->value)), partner)
                           : msg("{date}: an untitled action, {partner}", date, partner),
                       tr);
  }
  if (f.completed_undated > 0)
    out += "\n" + line(msg_n("{count} completed action shares no dated progress and cannot be "
                             "placed in a period.",
                             "{count} completed actions share no dated progress and cannot be "
                             "placed in a period.",
                             static_cast<unsigned long>(f.completed_undated)),
                       tr);
  // Applications are counted, never named (v1.1), and only when the registry dates them.
  if (const auto counts = changes::count(f.period); counts.received > 0 || counts.declined > 0)
    out += "\n" + line(applications_counted(counts), tr);
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

void partners_json(JsonWriter& json, const Figures& f, const i18n::Translator& tr) {
  json.key("partners").begin_object();
  json.key("admitted").value(static_cast<long>(f.partners.size()));
  json.key("applications").value(f.applications);
  json.key("withdrawn").value(f.withdrawn);
  counts_json(json, "by_category", f.partners_by_category, tr);
  counts_json(json, "by_region", f.partners_by_region, tr);
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
  json.end_object();
}

void period_json(JsonWriter& json, const Figures& f) {
  json.key("period").begin_object();
  const auto counts = changes::count(f.period);
  json.key("applications_received").value(counts.received);
  json.key("partners_admitted").value(counts.admitted);
  json.key("applications_declined").value(counts.declined);
  json.key("new_partners").begin_array();
  for (const model::Partner* p : f.new_partners)
    json.begin_object()
        .key("id")
        .value(id_of(*p))
        .key("name")
        .value(name_of(*p))
        .key("admitted")
        .value(p->admitted->value.iso())
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
  json.end_object();
}

// The Group's seats (the row of each seat kind) and their totals, then the coming renewals.
void group_json(JsonWriter& json, const Figures& f) {
  json.begin_object();
  json.key("seats").begin_array();
  for (const auto& row : f.composition->rows) {
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
        .end_object();
  }
  json.end_array();
  const group::SeatTotals totals = group::seat_totals(*f.composition);
  json.key("summary").begin_object().key("seats").value(totals.seats);
  json.key("filled").value(totals.filled).key("vacant").value(totals.vacant).end_object();
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

  out += heading(2, msg("Partners (¶19)"), tr);
  out += line(msg("{partners}; {applications}; {withdrawn}.",
                  arg("partners", msg_n("{count} partner", "{count} partners", f.partners.size())),
                  arg("applications",
                      msg_n("{count} application under review", "{count} applications under review",
                            static_cast<unsigned long>(f.applications))),
                  arg("withdrawn", msg_n("{count} partner withdrawn", "{count} partners withdrawn",
                                         static_cast<unsigned long>(f.withdrawn)))),
              tr);
  markdown_table(out, tr, msg("By category (¶19)"), {}, f.partners_by_category,
                 tr.ctx("column of a table", "Category"));
  markdown_table(out, tr, msg("By region"),
                 msg("A partner acting in one country is counted in the ILO region of its "
                     "country; a partner international by its category or scope, whatever its "
                     "headquarters, as global and international; a partner that names no country "
                     "as not stated."),
                 f.partners_by_region, tr.ctx("column of a table", "Region"));

  out += heading(2, msg("Actions (¶34-36)"), tr);
  out += line(msg_n("{count} action; {with_progress} ({percent}) with progress shared.",
                    "{count} actions; {with_progress} ({percent}) with progress shared.",
                    f.actions.size(), arg("with_progress", f.actions_with_progress),
                    arg("percent",
                        percent(f.actions_with_progress, static_cast<int>(f.actions.size()), tr))),
              tr);
  markdown_table(out, tr, msg("By thematic domain (¶35)"),
                 msg("An action may frame several domains."), f.actions_by_domain,
                 tr.ctx("column of a table", "Key"), tr.ctx("column of a table", "Domain"));
  markdown_table(out, tr, msg("By initial priority (¶36)"), {}, f.actions_by_priority,
                 tr.ctx("column of a table", "Key"), tr.ctx("column of a table", "Priority"));
  markdown_table(out, tr, msg("By Sustainable Development Goal"), {}, f.actions_by_sdg,
                 tr.ctx("column of a table", "SDG"), tr.ctx("column of a table", "Goal"));
  markdown_table(out, tr, msg("By status"), {}, f.actions_by_status,
                 tr.ctx("column of a table", "Status"));
  markdown_table(out, tr, msg("By the category of the partner that undertakes them (¶19)"), {},
                 f.actions_by_category, tr.ctx("column of a table", "Category of partner"));

  period_markdown(out, f, tr);
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
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
