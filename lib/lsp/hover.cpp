#include "lsp/hover.hpp"

#include <exception>

#include <fmt/format.h>

#include "figures/figures.hpp"
#include "figures/names.hpp"
#include "group/calendar.hpp"
#include "group/roster.hpp"
#include "i18n/message.hpp"
#include "lsp/cursor_context.hpp"
#include "lsp/key_meanings.hpp"
#include "lsp/key_values.hpp"
#include "lsp/partner_lookup.hpp"
#include "model/partner_state.hpp"
#include "render/group/group_views.hpp"
#include "render/markdown_text.hpp"

namespace gcsj::lsp {
namespace {

using i18n::arg;
using i18n::msg;

// Backticks cannot close a code span that holds none.
std::string code(std::string_view text) {
  return text.find('`') == std::string_view::npos ? fmt::format("`{}`", text)
                                                  : fmt::format("`` {} ``", text);
}

// Where a partner stands on `date`, in words.
i18n::Message status_on(const model::PartnerDigest& partner, const model::Date& date) {
  if (model::is_declined(partner)) return msg("an application that was declined");
  if (model::is_withdrawn_on(partner, date))
    return partner.withdrawn ? msg("withdrawn on {date}", arg("date", partner.withdrawn->value))
                             : msg("withdrawn");
  if (model::is_admitted_on(partner, date))
    return msg("admitted since {date}", arg("date", partner.admitted->value));
  if (partner.admitted)
    return msg("to be admitted on {date}", arg("date", partner.admitted->value));
  return msg("an application under review");
}

// The partner an id names: its name, category and status on the context's date.
std::string partner_section(const EditorContext& context, std::string_view id) {
  const i18n::Translator& tr = context.language;
  const model::PartnerDigest* digest = find_partner(context.registry, id);
  if (!digest)
    return msg("No partner of the registry has the id {id}.", arg("id", code(id))).in(tr);
  std::string name(id);
  try {
    if (context.partner_of)
      if (const std::optional<model::Partner> partner = context.partner_of(*digest))
        name = figures::partner_name(*partner, tr);
  } catch (const std::exception&) {
    // A file that cannot be read again: the id names it.
  }
  std::string out = fmt::format("**{}** ({})", render::markdown_text(name), code(id));
  if (digest->category)
    out += fmt::format(" · {}", tr(figures::category_name_term(digest->category->value)));
  out += "\n\n" + msg("On {date}: {status}.", arg("date", context.today),
                      arg("status", status_on(*digest, context.today)))
                      .in(tr);
  return out;
}

// A member of the Group: its term on the context's date and what follows it (`group terms`).
std::string member_section(const EditorContext& context, const model::Member& member) {
  const i18n::Translator& tr = context.language;
  const std::optional<group::Roster> roster = group::Roster::of(context.registry);
  if (!roster) return {};
  const std::string name = render::markdown_text(render::shown_name(member, tr));
  const auto who = arg("member", name);
  const auto date = arg("date", context.today);
  if (member.seat && member.seat->value == model::Seat::director_general)
    return roster->sits(member, context.today)
               ? msg("{member} sits on {date} as Director-General, ex officio (¶25(a)).", who, date)
                     .in(tr)
               : msg("{member} is not in office on {date}.", who, date).in(tr);
  for (const group::CalendarRow& row : group::term_calendar(*roster, context.today)) {
    if (row.member != &member) continue;
    return msg("{member} sits on {date}, in a term from {start} to {end} ({number}).", who, date,
               arg("number", render::term_number_word(row, tr)), arg("start", row.start),
               arg("end", row.end))
               .in(tr) +
           "\n\n" +
           msg("Renewal (¶23): {renewal}.", arg("renewal", render::renewal_words(row))).in(tr);
  }
  if (const std::optional<group::LastDay> last = roster->last_day_before(member, context.today))
    return msg("{member} does not sit on {date}; the last day was {last}.", who, date,
               arg("last", last->date))
        .in(tr);
  return msg("{member} does not sit on {date}.", who, date).in(tr);
}

// The member of the Group at `index` of the document's `members`, when the registry's Group is
// this document (its member there has the name written here).
const model::Member* member_at(const EditorContext& context, int index,
                               std::string_view written_name) {
  const model::Group* group = group::the_group(context.registry);
  if (!group || index < 0 || static_cast<std::size_t>(index) >= group->members.size())
    return nullptr;
  const model::Member& member = group->members[static_cast<std::size_t>(index)];
  if (!written_name.empty() && (!member.name || member.name->value != written_name)) return nullptr;
  return &member;
}

// The key's meaning and the rules that judge it.
std::string key_section(const EditorContext& context, const KeyMeaning& meaning) {
  const i18n::Translator& tr = context.language;
  std::string out = fmt::format("{} — {}", code(meaning.path), tr(meaning.meaning));
  const auto rules = rules_of(meaning);
  if (rules.empty()) return out;
  out += "\n\n" + std::string(tr("Rules that judge it:"));
  for (const findings::Rule* rule : rules) {
    const auto id = arg("rule", code(rule->id));
    const auto summary = arg("summary", tr(rule->summary));
    out += "\n- " + (rule->paragraph.empty() ? msg("{rule}: {summary}", id, summary)
                                             : msg("{rule} (¶{paragraph}): {summary}", id,
                                                   arg("paragraph", rule->paragraph), summary))
                        .in(tr);
  }
  return out;
}

bool names_partner(std::string_view kind, std::string_view key_path) {
  return value_source(kind, key_path) == ValueSource::partner;
}

}  // namespace

std::optional<Hover> hover_at(const EditorContext& context, std::string_view text, int line,
                              int column) {
  const CursorContext at = cursor_context(text, line, column);
  if (at.path.empty() || (at.token.empty() && !at.on_key)) return std::nullopt;
  const std::string key_path = at.key_path();
  std::vector<std::string> sections;
  // `ilo` among a Forum session's hosts is the ILO itself, no partner.
  if (!at.on_key && names_partner(at.kind, key_path) &&
      !(key_path == "sessions.hosts" && at.token == "ilo"))
    sections.push_back(partner_section(context, at.token));
  // A member's name, or the key of its terms: where it sits and what follows.
  if (at.kind == "coordinating-group" &&
      (key_path == "members.name" || (key_path == "members.terms" && at.on_key)))
    if (const model::Member* member =
            member_at(context, at.index_after("members"),
                      key_path == "members.name" && !at.on_key ? at.token : ""))
      if (std::string words = member_section(context, *member); !words.empty())
        sections.push_back(std::move(words));
  if (!at.on_key && !names_partner(at.kind, key_path))
    if (std::string words = value_words(context, at.kind, key_path, at.token); !words.empty())
      sections.push_back(msg("{value}: {words}", arg("value", code(at.token)), arg("words", words))
                             .in(context.language));
  if (const KeyMeaning* meaning = key_meaning(at.kind, key_path))
    sections.push_back(key_section(context, *meaning));
  if (sections.empty()) return std::nullopt;
  Hover hover{.markdown = {}, .span = at.span};
  for (const std::string& section : sections)
    hover.markdown += (hover.markdown.empty() ? "" : "\n\n---\n\n") + section;
  return hover;
}

}  // namespace gcsj::lsp
