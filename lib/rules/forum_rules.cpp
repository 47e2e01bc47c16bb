// Rules of the Coalition's Forum (`kind: forum`, GB.349/INS/4 ¶39-42): one Forum document, its
// sessions' dates (¶39) and format (¶41), who may host a session (¶42), the initiatives partners
// showcase there (¶40, ¶34) and a session once a year (¶39).
//
// The document rules (forum-yearly, forum-format, forum-dates) judge every forum document on its
// own; the registry rules (forum-host, forum-initiative, forum-action) judge the first one,
// model::forum_of, against the partners' digests. A host or initiative partner other than `ilo`
// is resolved only in a whole registry that holds partners, as `with:` is (action_rules.cpp).

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "model/forum.hpp"
#include "model/partner_state.hpp"
#include "rules/rules.hpp"
#include "util/suggest.hpp"
#include "util/yaml_scalar.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Forum;
using model::ForumInitiative;
using model::ForumSession;
using model::PartnerDigest;

// The registry's partners by id (the first of a repeated id), or none when ids cannot be
// resolved: only some files were named, or the registry holds no partner.
class PartnerIds {
 public:
  explicit PartnerIds(const model::Registry& registry) {
    if (!registry.complete || registry.digests.empty()) return;
    resolvable_ = true;
    for (const PartnerDigest& p : registry.digests)
      if (p.id) by_id_.emplace(p.id->value, &p);
  }
  bool resolvable() const { return resolvable_; }
  const PartnerDigest* find(std::string_view id) const {
    const auto found = by_id_.find(id);
    return found == by_id_.end() ? nullptr : found->second;
  }
  // The id closest to `id` (or `ilo`, when `with_ilo`), if it is a likely typo.
  std::string closest(std::string_view id, bool with_ilo) const {
    std::vector<std::string_view> ids;
    ids.reserve(by_id_.size() + 1);
    if (with_ilo) ids.push_back(model::kIloHost);
    for (const auto& [known, partner] : by_id_) ids.push_back(known);
    std::sort(ids.begin(), ids.end());  // the same suggestion whatever the table's order
    // Ids are lower case: `ILO` or `Brazil` is the id in capitals, however far in edits.
    std::string lower(id);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower != id && std::binary_search(ids.begin(), ids.end(), std::string_view(lower)))
      return lower;
    return util::closest_match(id, ids);
  }

 private:
  bool resolvable_ = false;
  std::unordered_map<std::string_view, const PartnerDigest*> by_id_;
};

// Reports `id` at `where` unless it names a partner admitted on `date`: an unknown id (with the
// closest one), a declined application, an application not (yet) admitted on the date, or a
// partner that had withdrawn by then. `hint` says what the key expects. Returns the partner when
// the id names one, admitted or not.
const PartnerDigest* judge_partner(const PartnerIds& partners,
                                   const model::Located<std::string>& id, model::Date date,
                                   bool ilo_allowed, const i18n::Message& hint, Reporter& out) {
  const PartnerDigest* partner = partners.find(id.value);
  if (!partner) {
    const std::string close = partners.closest(id.value, ilo_allowed);
    auto& finding =
        out.add(id.where, msg("no partner has the id `{id}`", arg("id", id.value)),
                close.empty() ? hint : msg("did you mean `{close}`?", arg("close", close)));
    if (!close.empty())
      finding.fix = findings::replacing(
          id.where,
          util::yaml::scalar(close, util::yaml::ScalarKind::word, util::yaml::Context::flow));
    return nullptr;
  }
  if (model::is_admitted_on(*partner, date)) return partner;
  auto& finding = [&]() -> findings::Finding& {
    if (model::is_declined(*partner))
      return out.add(
          id.where,
          msg("the application of `{id}` was declined: it is not a partner", arg("id", id.value)),
          hint);
    if (model::is_withdrawn_on(*partner, date)) {
      if (partner->withdrawn && partner->withdrawn->value == date)
        return out.add(id.where,
                       msg("`{id}` withdrew from the Coalition on {date}, the day of the session: "
                           "a withdrawal takes effect on its date",
                           arg("id", id.value), arg("date", date)),
                       hint);
      if (partner->withdrawn)
        return out.add(id.where,
                       msg("`{id}` withdrew from the Coalition on {withdrawn}, before the session "
                           "of {date}",
                           arg("id", id.value), arg("withdrawn", partner->withdrawn->value),
                           arg("date", date)),
                       hint);
      return out.add(
          id.where,
          msg("`{id}` has withdrawn from the Coalition (status: withdrawn)", arg("id", id.value)),
          hint);
    }
    if (partner->admitted)
      return out.add(
          id.where,
          msg("`{id}` was admitted on {admitted}, after the session of {date}", arg("id", id.value),
              arg("admitted", partner->admitted->value), arg("date", date)),
          hint);
    return out.add(id.where,
                   msg("`{id}` has applied but has not been admitted (no `admitted` date)",
                       arg("id", id.value)),
                   hint);
  }();
  finding.related.push_back({partner->where, msg("the partner is defined here")});
  return partner;
}

// The title of `titles` closest to `wanted`, if it is a likely slip: at most a quarter of the
// title's length in edits (at least 2). util::closest_match allows 2 edits and no word past 64
// characters, which suits ids, not titles of ten words; titles past 256 characters get none.
std::string_view closest_title(std::string_view wanted,
                               const std::vector<std::string_view>& titles) {
  constexpr std::size_t kLongest = 256;
  if (wanted.size() > kLongest) return {};
  std::string_view best;
  std::size_t best_distance = std::max<std::size_t>(2, wanted.size() / 4) + 1;
  for (const std::string_view title : titles) {
    if (title.size() > kLongest) continue;
    const std::size_t distance = util::edit_distance(wanted, title);
    if (distance < best_distance) {
      best = title;
      best_distance = distance;
    }
  }
  return best;
}

// ---- one-forum ---------------------------------------------------------------------------------

void check_one_forum(const Context& context, Reporter& out) {
  const auto& forums = context.registry.forums;
  for (std::size_t i = 1; i < forums.size(); ++i)
    out.add(forums[i].where, msg("a second forum document; a registry has one"))
        .related.push_back({forums[0].where, msg("the first forum document")});
}

// ---- forum-host (¶42) --------------------------------------------------------------------------

void check_forum_host(const Context& context, Reporter& out) {
  const Forum* forum = model::forum_of(context.registry);
  if (!forum) return;
  const PartnerIds partners(context.registry);
  const auto hint = msg("a host is `ilo` or a partner admitted on the session's date (¶42)");
  for (const ForumSession& session : forum->sessions) {
    if (session.hosts.absent()) {
      out.add(session.where, msg("the session names no host (`hosts`)"), hint).missing_key =
          "hosts";
      continue;
    }
    if (!session.hosts) continue;  // a wrong type, reported by the reader
    if (session.hosts->value.empty()) {
      out.add(session.hosts->where, msg("`hosts` is empty"), hint);
      continue;
    }
    std::set<std::string_view> seen;
    for (const auto& host : session.hosts->value) {
      if (!seen.insert(host.value).second) {
        auto& f = out.add(host.where, msg("`{id}` is named twice among the session's hosts",
                                          arg("id", host.value)));
        f.severity = Severity::warning;
        continue;
      }
      if (model::is_ilo_host(host.value) || !session.date || !partners.resolvable()) continue;
      judge_partner(partners, host, session.date->value, true, hint, out);
    }
  }
}

// ---- forum-initiative (¶40) and forum-action (¶40, ¶34) ----------------------------------------

void check_forum_initiative(const Context& context, Reporter& out) {
  const Forum* forum = model::forum_of(context.registry);
  if (!forum) return;
  const PartnerIds partners(context.registry);
  const auto hint =
      msg("an initiative is showcased by a partner admitted on the session's date (¶40)");
  for (const ForumSession& session : forum->sessions)
    for (const ForumInitiative& initiative : session.initiatives) {
      if (initiative.partner.absent()) {
        out.add(initiative.where, msg("the initiative names no partner (`partner`)"), hint)
            .missing_key = "partner";
        continue;
      }
      if (!initiative.partner || !session.date || !partners.resolvable()) continue;
      judge_partner(partners, *initiative.partner, session.date->value, false, hint, out);
    }
}

void check_forum_action(const Context& context, Reporter& out) {
  const Forum* forum = model::forum_of(context.registry);
  if (!forum) return;
  const PartnerIds partners(context.registry);
  if (!partners.resolvable()) return;
  for (const ForumSession& session : forum->sessions)
    for (const ForumInitiative& initiative : session.initiatives) {
      if (!initiative.partner || !initiative.action) continue;
      const PartnerDigest* partner = partners.find(initiative.partner->value);
      // An unknown partner is forum-initiative's; a declined application's actions are not judged.
      if (!partner || model::is_declined(*partner)) continue;
      const auto& action = *initiative.action;
      if (model::has_action_title(*partner, action.value)) continue;
      const std::vector<std::string_view> titles = model::action_titles(*partner);
      const std::string_view close = closest_title(model::trimmed(action.value), titles);
      auto& f = out.add(
          action.where,
          titles.empty() ? msg("`{partner}` lists no action, so none is titled “{action}”",
                               arg("partner", initiative.partner->value),
                               arg("action", model::trimmed(action.value)))
                         : msg("`{partner}` has no action titled “{action}”",
                               arg("partner", initiative.partner->value),
                               arg("action", model::trimmed(action.value))),
          close.empty()
              ? msg("`action` is the title of one of the partner's actions, as written there")
              : msg("did you mean “{close}”?", arg("close", close)));
      f.related.push_back({partner->where, msg("the partner is defined here")});
      if (!close.empty())
        f.fix = findings::replacing(action.where,
                                    util::yaml::scalar(close, util::yaml::ScalarKind::text));
    }
}

// ---- forum-yearly (¶39) ------------------------------------------------------------------------

void check_forum_yearly(const Context& context, Reporter& out) {
  for (const Forum& forum : context.documents.of<Forum>()) {
    const std::vector<const ForumSession*> sessions = model::dated_sessions(forum);
    if (sessions.empty()) continue;
    std::map<int, std::vector<const ForumSession*>> by_year;  // by the year of the first day
    std::set<int> met;  // every year a session was held in, its last day's too (31 Dec-1 Jan)
    for (const ForumSession* session : sessions) {
      by_year[session->date->value.year].push_back(session);
      for (int year = session->date->value.year; year <= model::last_day(*session).year; ++year)
        met.insert(year);
    }
    // A calendar year after the first session's, over on the as-of date, without a session. A
    // session after the as-of date (a planned one) falls in a year not yet over, so it never
    // stands for a year that has passed.
    const int first = sessions.front()->date->value.year;
    const int last_over = context.as_of.month == 12 && context.as_of.day == 31
                              ? context.as_of.year
                              : context.as_of.year - 1;
    for (int year = first + 1; year <= last_over; ++year)
      if (!met.contains(year))
        out.add(forum.sessions_where,
                msg("the Forum did not meet in {year}: ¶39 invites partners to it once a year",
                    arg("year", std::to_string(year))));
    for (const auto& [year, held] : by_year)
      if (held.size() >= 2)
        out.add(held[1]->date->where,
                msg("a second Forum session in {year}: ¶39 invites partners to it once a year",
                    arg("year", std::to_string(year))))
            .related.push_back({held[0]->where, msg("the first session of the year")});
  }
}

// ---- forum-format (¶41) ------------------------------------------------------------------------

constexpr std::array<std::string_view, 3> kFormats{"in-person", "remote", "hybrid"};

void check_forum_format(const Context& context, Reporter& out) {
  const std::string values = fmt::format("{}", fmt::join(kFormats, ", "));
  for (const Forum& forum : context.documents.of<Forum>())
    for (const ForumSession& session : forum.sessions) {
      if (session.format.absent()) {
        out.add(session.where, msg("the session names no format (`format`)"),
                msg("expected one of: {values}", arg("values", values)))
            .missing_key = "format";
        continue;
      }
      if (!session.format || model::forum_format_of(session)) continue;
      const std::string close = util::closest_match(session.format->value, kFormats);
      auto& finding =
          out.add(session.format->where,
                  msg("`{format}` is not a format of ¶41", arg("format", session.format->value)),
                  close.empty() ? msg("expected one of: {values}", arg("values", values))
                                : msg("did you mean `{close}`? (expected one of: {values})",
                                      arg("close", close), arg("values", values)));
      if (!close.empty()) finding.fix = findings::replacing(session.format->where, close);
    }
}

// ---- forum-dates (¶39) -------------------------------------------------------------------------

void check_forum_dates(const Context& context, Reporter& out) {
  for (const Forum& forum : context.documents.of<Forum>())
    for (const ForumSession& session : forum.sessions) {
      if (session.date.absent()) {
        out.add(session.where, msg("the session has no date (`date`)")).missing_key = "date";
        continue;
      }
      if (session.date && session.end && session.end->value < session.date->value)
        out.add(session.end->where,
                msg("the session ends on {end}, before it begins on {date}",
                    arg("end", session.end->value), arg("date", session.date->value)));
    }
}

constexpr Rule kOneForum{
    .id = "one-forum",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A registry has more than one forum document."),
    .explanation =
        N_("The registry describes one Forum, its sessions in one list; a second forum document "
           "would make its sessions ambiguous. The rules that compare the Forum with the partners "
           "(forum-host, forum-initiative, forum-action) and every view read only the first; the "
           "rules that judge a document on its own judge both."),
    .passing = R"yaml(# forum.yaml
kind: forum)yaml",
    .failing = R"yaml(# forum.yaml and forum-2025.yaml
kind: forum)yaml",
    .check = check_one_forum,
    .reach = Reach::registry,
    .locked = true,
};

constexpr Rule kForumHost{
    .id = "forum-host",
    .paragraph = "42",
    .severity = Severity::error,
    .summary = N_("A Forum session's host is neither the ILO nor a partner admitted on its date."),
    .explanation = N_(
        "¶42: the Forum may be hosted or co-hosted by the ILO and one or more partners, or be held "
        "under the auspices of one or more partners, possibly around a major global event. Every "
        "session lists its hosts: `ilo` (the Office) "
        "and/or the ids of partners admitted on the session's date. The finding tells apart an "
        "unknown id (with the closest one), an application not yet admitted on that date "
        "(admitted later, or never), a partner that had withdrawn by then and a declined "
        "application. A missing or empty `hosts` is reported too, and a host named twice (as a "
        "warning). Partner hosts are checked only when a whole registry that holds partners is "
        "loaded; `ilo` alone is always valid. A planned session is judged on its own date."),
    .passing = R"yaml(- date: 2025-11-05
  format: in-person
  hosts: [ilo, brazil]     # brazil admitted before 2025-11-05)yaml",
    .failing = R"yaml(- date: 2025-11-05
  format: in-person
  hosts: [ilo, qatar]      # qatar admitted on 2025-11-20)yaml",
    .check = check_forum_host,
    .reach = Reach::registry,
};

constexpr Rule kForumInitiative{
    .id = "forum-initiative",
    .paragraph = "40",
    .severity = Severity::error,
    .summary = N_("A Forum initiative names no partner admitted on the session's date."),
    .explanation =
        N_("¶40: the Forum is where partners showcase their initiatives. Each initiative of a "
           "session names, under `partner`, a partner admitted on the session's date; the finding "
           "tells apart an unknown id, an application admitted later or never, a partner that had "
           "withdrawn and a declined application, as forum-host does. Checked only when a whole "
           "registry that holds partners is loaded, but a missing `partner` always."),
    .passing = R"yaml(initiatives:
  - partner: brazil        # admitted before the session)yaml",
    .failing = R"yaml(initiatives:
  - partner: qatar         # admitted after the session)yaml",
    .check = check_forum_initiative,
    .reach = Reach::registry,
};

constexpr Rule kForumAction{
    .id = "forum-action",
    .paragraph = "40",
    .severity = Severity::warning,
    .summary = N_("A Forum initiative names an action its partner does not have."),
    .explanation =
        N_("¶40 and ¶34: the initiatives showcased at the Forum are partners' actions. An "
           "initiative's optional `action` is the title of one of its partner's actions, compared "
           "exactly once the spaces around both are trimmed; the finding suggests the closest "
           "title. Checked only when a whole registry that holds partners is loaded; the actions "
           "of a declined application are not judged."),
    .passing = R"yaml(- partner: brazil
  action: Promote equitable food systems)yaml",
    .failing = R"yaml(- partner: brazil
  action: Promote equitable food system   # the title ends in "systems")yaml",
    .check = check_forum_action,
    .reach = Reach::registry,
};

constexpr Rule kForumYearly{
    .id = "forum-yearly",
    .paragraph = "39",
    .severity = Severity::note,
    .summary = N_("The Forum did not meet once a year."),
    .explanation =
        N_("¶39 invites partners to a Forum once a year. From the calendar year of the first "
           "session, every later calendar year that is over on the as-of date without a session is "
           "noted (at `sessions`; a session from 31 December to 1 January was held in both years), "
           "and so is a second session starting in one calendar year (at its date). A "
           "planned session, dated after the as-of date, falls in a year that is not over, so it "
           "never counts as held for a year that has passed."),
    .passing = R"yaml(sessions:
  - date: 2024-06-13
  - date: 2025-11-05)yaml",
    .failing = R"yaml(sessions:                # checked in 2027: no session in 2025
  - date: 2024-06-13
  - date: 2026-06-10)yaml",
    .check = check_forum_yearly,
    .reach = Reach::document,
};

constexpr Rule kForumFormat{
    .id = "forum-format",
    .paragraph = "41",
    .severity = Severity::error,
    .summary = N_("A Forum session's format is missing or not in-person, remote or hybrid."),
    .explanation =
        N_("¶41: the Forum may take place remotely, in person or in a hybrid format. Every "
           "session says which under `format`: in-person, remote or hybrid. A remote session needs "
           "no `place`; a session in person or hybrid without one is not reported."),
    .passing = R"yaml(format: remote            # no place needed)yaml",
    .failing = R"yaml(format: online)yaml",
    .check = check_forum_format,
    .reach = Reach::document,
};

constexpr Rule kForumDates{
    .id = "forum-dates",
    .paragraph = "39",
    .severity = Severity::error,
    .summary = N_("A Forum session has no date, or ends before it begins."),
    .explanation =
        N_("¶39: the Forum meets once a year, so each session has a `date`, its first day; a "
           "session of several days gives its last day under `end`, on or after `date`."),
    .passing = R"yaml(date: 2025-11-04
end: 2025-11-06)yaml",
    .failing = R"yaml(date: 2025-11-06
end: 2025-11-04)yaml",
    .check = check_forum_dates,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kOneForum,    &kForumHost,   &kForumInitiative, &kForumAction,
    &kForumYearly, &kForumFormat, &kForumDates,
};

}  // namespace

RuleList forum_rules() {
  return kRules;
}

}  // namespace gcsj::rules
