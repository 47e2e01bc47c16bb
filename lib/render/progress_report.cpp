#include "render/progress_report.hpp"

#include <fmt/format.h>

#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "render/json_writer.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using figures::Count;
using figures::Figures;
using util::sentence_case;

std::string id_of(const model::Partner& partner) {
  return partner.id ? partner.id->value : std::string();
}
std::string name_of(const model::Partner& partner) {
  return partner.name ? partner.name->value : id_of(partner);
}
std::string title_of(const model::Action& action) {
  return action.title ? action.title->value : std::string("(untitled action)");
}
std::string percent(int part, int whole) {
  return whole == 0 ? "-" : fmt::format("{}%", (part * 100 + whole / 2) / whole);
}

// A table of counts; with a `label_title`, the keys get a column of their own.
void markdown_table(std::string& out, std::string_view heading, std::string_view note,
                    const std::vector<Count>& counts, std::string_view key_title,
                    std::string_view label_title = {}) {
  out += fmt::format("\n### {}\n\n", heading);
  if (!note.empty()) out += fmt::format("{}\n\n", note);
  if (!label_title.empty()) {
    out += fmt::format("| {} | {} | Count |\n|---|---|---:|\n", key_title, label_title);
    for (const Count& c : counts)
      out += fmt::format("| {} | {} | {} |\n", c.key, markdown_text(c.label), c.value);
  } else {
    out += fmt::format("| {} | Count |\n|---|---:|\n", key_title);
    for (const Count& c : counts)
      out += fmt::format("| {} | {} |\n", markdown_text(c.label), c.value);
  }
}

void group_markdown(std::string& out, const Figures& f) {
  out += "\n## The Coordinating Group (¶21-26)\n\n";
  if (!f.group || !f.composition) {
    out += "The registry holds no Coordinating Group.\n";
    return;
  }
  int capacity = 0, filled = 0, vacant = 0;
  out += "| Seat | ¶ | Seats | Sitting | Vacant | Chairs |\n|---|---|---:|---:|---:|---|\n";
  for (const auto& row : f.composition->rows) {
    if (row.region) continue;
    std::string chairs;
    for (const model::Member* m : row.sitting)
      if (group::role_of(*m) != model::Role::member)
        chairs += (chairs.empty() ? "" : "; ") + fmt::format("{} ({})",
                                                             markdown_text(model::display_name(*m)),
                                                             model::enum_name(group::role_of(*m)));
    out += fmt::format("| {} | {} | {}{} | {} | {} | {} |\n",
                       markdown_text(sentence_case(row.kind->description.msgid)),
                       row.kind->paragraph, row.kind->up_to ? "up to " : "", row.capacity,
                       row.filled(), row.vacancies(), chairs);
    capacity += row.capacity;
    filled += std::min(row.filled(), row.capacity);
    vacant += row.vacancies();
  }
  out += fmt::format("\n{} of {} seats filled, {} vacant.\n", filled, capacity, vacant);
  out += fmt::format("\n### Terms ending within {} days (¶23)\n\n", f.renewal_days);
  if (f.renewals.empty()) {
    out += "None.\n";
    return;
  }
  out += "| Ends | Member | Seat | Term | Renewal |\n|---|---|---|---|---|\n";
  for (const auto& row : f.renewals)
    out += fmt::format("| {} | {} | {} | {} | {} |\n", row.end.iso(),
                       markdown_text(model::display_name(*row.member)),
                       model::enum_name(row.seat->seat), row.term_number == 1 ? "first" : "renewal",
                       !row.renewable ? "not renewable (renewed once)"
                       : row.proposer ? fmt::format("renewable on proposal of the {}",
                                                    model::enum_name(*row.proposer))
                                      : "renewable");
}

// The period [since, as_of]: the admissions and completed actions that lib/changes finds, of
// the partners published on the date (figures::Figures::period).
void period_markdown(std::string& out, const Figures& f) {
  out += fmt::format("\n## In the period {from} to {to}\n", fmt::arg("from", f.since.iso()),
                     fmt::arg("to", f.as_of.iso()));
  out += fmt::format("\n### New partners ({count})\n\n", fmt::arg("count", f.new_partners.size()));
  if (f.new_partners.empty()) out += "None.\n";
  for (const model::Partner* p : f.new_partners)
    out += fmt::format(
        "- {date}: {partner} ({category})\n", fmt::arg("date", p->admitted->value.iso()),
        fmt::arg("partner", markdown_text(name_of(*p))),
        fmt::arg("category", p->category ? figures::category_label(p->category->value) : ""));
  out += fmt::format("\n### Actions completed ({count})\n\n",
                     fmt::arg("count", f.completed_in_period.size()));
  if (f.completed_in_period.empty()) out += "None.\n";
  for (const auto& ref : f.completed_in_period)
    out +=
        fmt::format("- {date}: {action}, {partner}\n", fmt::arg("date", ref.last_progress->iso()),
                    fmt::arg("action", markdown_text(title_of(*ref.action))),
                    fmt::arg("partner", markdown_text(name_of(*ref.partner))));
  if (f.completed_undated == 1)
    out += "\n1 completed action shares no dated progress and cannot be placed in a period.\n";
  else if (f.completed_undated > 1)
    out += fmt::format(
        "\n{count} completed actions share no dated progress and cannot be placed in a "
        "period.\n",
        fmt::arg("count", f.completed_undated));
}

void counts_json(JsonWriter& json, std::string_view name, const std::vector<Count>& counts) {
  json.key(name).begin_array();
  for (const Count& c : counts)
    json.begin_object()
        .key("key")
        .value(c.key)
        .key("label")
        .value(c.label)
        .key("count")
        .value(c.value)
        .end_object();
  json.end_array();
}

}  // namespace

std::string markdown_text(std::string_view raw) {
  const std::string text = util::printable(raw);
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string comment_text(std::string_view raw) {
  std::string out;
  for (const char c : markdown_text(raw)) {
    out += c;
    if (c == '@') out += "\u200B";
  }
  return out;
}

std::string render_progress_markdown(const Figures& f) {
  std::string out = fmt::format("# Global Coalition for Social Justice: progress report\n\n");
  out += fmt::format(
      "As of {}; the period runs from {} to {}. Figures count admitted partners only (¶18); "
      "progress is shared voluntarily (¶17) and its absence is no shortcoming (¶13).\n",
      f.as_of.iso(), f.since.iso(), f.as_of.iso());

  out += "\n## Partners (¶19)\n\n";
  out += fmt::format("{} partner{}; {} application{} under review; {} partner{} withdrawn.\n",
                     f.partners.size(), f.partners.size() == 1 ? "" : "s", f.applications,
                     f.applications == 1 ? "" : "s", f.withdrawn, f.withdrawn == 1 ? "" : "s");
  markdown_table(out, "By category (¶19)", "", f.partners_by_category, "Category");
  markdown_table(out, "By region",
                 "Partners with a country, by the ILO region of that country; the others act "
                 "globally or internationally.",
                 f.partners_by_region, "Region");

  out += "\n## Actions (¶34-36)\n\n";
  out += fmt::format("{} action{}; {} ({}) with progress shared.\n", f.actions.size(),
                     f.actions.size() == 1 ? "" : "s", f.actions_with_progress,
                     percent(f.actions_with_progress, static_cast<int>(f.actions.size())));
  markdown_table(out, "By thematic domain (¶35)", "An action may frame several domains.",
                 f.actions_by_domain, "Key", "Domain");
  markdown_table(out, "By initial priority (¶36)", "", f.actions_by_priority, "Key", "Priority");
  markdown_table(out, "By Sustainable Development Goal", "", f.actions_by_sdg, "SDG", "Goal");
  markdown_table(out, "By status", "", f.actions_by_status, "Status");
  markdown_table(out, "By the category of the partner that undertakes them (¶19)", "",
                 f.actions_by_category, "Category of partner");

  period_markdown(out, f);
  group_markdown(out, f);
  return out;
}

std::string render_progress_json(const Figures& f) {
  JsonWriter json;
  begin_report(json, f.as_of.iso());
  json.key("since").value(f.since.iso());
  json.key("partners").begin_object();
  json.key("admitted").value(static_cast<long>(f.partners.size()));
  json.key("applications").value(f.applications);
  json.key("withdrawn").value(f.withdrawn);
  counts_json(json, "by_category", f.partners_by_category);
  counts_json(json, "by_region", f.partners_by_region);
  json.end_object();
  json.key("actions").begin_object();
  json.key("total").value(static_cast<long>(f.actions.size()));
  json.key("with_progress").value(f.actions_with_progress);
  json.key("without_progress").value(static_cast<long>(f.actions.size()) - f.actions_with_progress);
  counts_json(json, "by_domain", f.actions_by_domain);
  counts_json(json, "by_priority", f.actions_by_priority);
  counts_json(json, "by_sdg", f.actions_by_sdg);
  counts_json(json, "by_status", f.actions_by_status);
  counts_json(json, "by_category", f.actions_by_category);
  json.end_object();
  json.key("period").begin_object();
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
  json.key("group");
  if (!f.composition) {
    json.null();
  } else {
    json.begin_object();
    int capacity = 0, filled = 0, vacant = 0;
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
      capacity += row.capacity;
      filled += std::min(row.filled(), row.capacity);
      vacant += row.vacancies();
    }
    json.end_array();
    json.key("summary").begin_object().key("seats").value(capacity).key("filled").value(filled);
    json.key("vacant").value(vacant).end_object();
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
          .value(row.renewable);
      if (row.proposer)
        json.key("proposed_by").value(model::enum_name(*row.proposer));
      else
        json.key("proposed_by").null();
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
