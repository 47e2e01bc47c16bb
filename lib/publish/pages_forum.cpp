// The Forum of the Coalition's partners (GB.349/INS/4 ¶39-42): its page, newest session first,
// and what a partner's page says of the sessions it hosted and the initiatives it showcased.
// The portal shows the sessions held up to its date (a session begun on or before it); a host or
// an initiative's partner that is not public on that date (¶18) is not named, linked or counted.

#include <utility>

#include <fmt/format.h>

#include "model/forum.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"

namespace gcsj::publish {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::NC_;

// The days of a session as the page's language writes them: "13 June 2024", "5–6 November
// 2025", "30 November 2025 – 2 December 2025", in a <time> of its first day.
std::string days_html(const SiteContext& site, const model::ForumSession& session) {
  const model::Date first = session.date->value;
  const model::Date last = model::last_day(session);
  const i18n::Translator& tr = *site.tr;
  std::string text;
  if (last == first) {
    text = site.date(first);
  } else if (last.year == first.year && last.month == first.month) {
    const std::string_view pattern =
        first.day == 1 ? tr.ctx("days of one month, the first day of a month first",
                                "{first}–{last} {month} {year}")
                       : tr.ctx("days of one month", "{first}–{last} {month} {year}");
    try {
      text = fmt::format(fmt::runtime(pattern), fmt::arg("first", first.day),
                         fmt::arg("last", last.day), fmt::arg("month", tr.month(first.month)),
                         fmt::arg("year", first.year));
    } catch (const fmt::format_error&) {
      text = site.date(first) + " – " + site.date(last);
    }
  } else {
    text = site.say(msg("{first} – {last}", arg("first", first), arg("last", last)));
  }
  return fmt::format("<time datetime=\"{}\">{}</time>", first.iso(), escape(text));
}

i18n::Term format_term(model::ForumFormat format) {
  switch (format) {
    case model::ForumFormat::in_person:
      return NC_("format of a Forum session (¶41)", "In person");
    case model::ForumFormat::remote:
      return NC_("format of a Forum session (¶41)", "Remotely");
    case model::ForumFormat::hybrid:
      return NC_("format of a Forum session (¶41)", "Hybrid");
  }
  return {};
}

void add_row(std::string& out, std::string_view term, const std::string& html) {
  if (!html.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", escape(term), html);
}

// The published partner `id` names, or null: a partner not public on the site's date is left out.
const model::Partner* published(const SiteContext& site, std::string_view id) {
  const auto it = site.by_id.find(id);
  return it == site.by_id.end() ? nullptr : it->second;
}

// An initiative's action: its title in the page's language, linked to the action on the
// partner's page when it names one of the partner's actions (the first of that title, as
// written); as written otherwise.
std::string action_html(const SiteContext& site, const model::Partner& partner,
                        const std::string& title, std::string_view from) {
  if (partner.actions) {
    const auto& actions = partner.actions->value;
    for (std::size_t i = 0; i < actions.size(); ++i)
      if (actions[i].title && actions[i].title->value == title)
        return fmt::format("<a href=\"{}#{}\">{}</a>", escape(site.partner_href(partner, from)),
                           action_ids(partner)[i], escape(site.title_of(actions[i])));
  }
  return escape(title);
}

std::string session_html(const SiteContext& site, const HeldSession& held) {
  const std::string path = kForumPath;
  const model::ForumSession& session = *held.session;
  const auto& tr = *site.tr;
  const std::string days = days_html(site, session);
  const std::string heading = session.title && !session.title->value.empty()
                                  ? site.say(msg("{date}: {title}", arg("date", days),
                                                 arg("title", escape(session.title->value))))
                                  : days;
  std::string out = fmt::format("<article class=\"forum-session\" id=\"{}\">\n<h2>{}</h2>\n<dl>\n",
                                held.id, heading);
  if (session.place)
    add_row(out, tr.ctx("of a Forum session", "Place"), escape(session.place->value));
  if (const auto format = model::forum_format_of(session))
    add_row(out, tr("Format (¶41)"), escape(site.say(format_term(*format))));
  if (session.alongside) add_row(out, tr("Held alongside (¶42)"), escape(session.alongside->value));
  std::string hosts;
  if (session.hosts)
    for (const auto& host : session.hosts->value) {
      std::string name;
      if (model::is_ilo_host(host.value))
        name = escape(site.say(NC_("the Office as the host of a Forum session", "ILO")));
      else if (const model::Partner* partner = published(site, host.value))
        name = site.partner_link(*partner, path);
      if (!name.empty()) hosts += (hosts.empty() ? "" : ", ") + name;
    }
  add_row(out, tr("Hosts (¶42)"), hosts);
  out += "</dl>\n";
  std::string initiatives;
  for (const model::ForumInitiative& initiative : session.initiatives) {
    if (!initiative.partner) continue;
    const model::Partner* partner = published(site, initiative.partner->value);
    if (!partner) continue;
    const std::string who = site.partner_link(*partner, path);
    initiatives +=
        "<li>" +
        (initiative.action && !initiative.action->value.empty()
             ? site.say(
                   msg("{partner}: {action}", arg("partner", who),
                       arg("action", action_html(site, *partner, initiative.action->value, path))))
             : who) +
        "</li>\n";
  }
  if (!initiatives.empty())
    out += fmt::format("<h3>{}</h3>\n<ul class=\"initiatives\">\n",
                       escape(tr("Initiatives showcased (¶40)"))) +
           initiatives + "</ul>\n";
  return out + "</article>\n";
}

}  // namespace

std::vector<HeldSession> held_sessions(const SiteContext& site) {
  std::vector<HeldSession> held;
  const model::Forum* forum = model::forum_of(site.registry);
  if (!forum) return held;
  for (const model::ForumSession* session : model::dated_sessions(*forum)) {
    if (site.figures.as_of < session->date->value) continue;
    // "session-2025-11-05"; a second session on one date "session-2025-11-05-2": the key every
    // view names it by (the news and the feed link here with it).
    std::string id = "session-" + model::session_key(*forum, *session);
    held.push_back({session, std::move(id)});
  }
  return held;
}

bool has_forum(const SiteContext& site) {
  const model::Forum* forum = model::forum_of(site.registry);
  if (!forum) return false;
  for (const model::ForumSession& session : forum->sessions)
    if (session.date && !(site.figures.as_of < session.date->value)) return true;
  return false;
}

void add_forum(const SiteContext& site, const FileSink& files) {
  if (!has_forum(site)) return;
  const auto& tr = *site.tr;
  const std::string path = kForumPath;
  const std::string title(tr("The Forum"));
  std::string body = fmt::format("<h1>{}</h1>\n", escape(title));
  body += "<p>" +
          escape(tr("Once a year, the Coalition's partners are invited to a forum, remotely or in "
                    "person, to advocate together the significance of social justice in "
                    "achieving the SDGs (¶39). There they discuss thematic issues, exchange "
                    "knowledge and experiences, and showcase their initiatives (¶40). Its format "
                    "may vary from year to year: in person, remotely or hybrid (¶41). It may be "
                    "hosted or co-hosted by the ILO and partners of the Coalition, or organized "
                    "around major global events (¶42).")) +
          "</p>\n";
  std::vector<HeldSession> held = held_sessions(site);
  body += "<p>" +
          escape(site.say(i18n::msg_n("{count} session held, the latest first.",
                                      "{count} sessions held, the latest first.", held.size()))) +
          "</p>\n";
  for (auto it = held.rbegin(); it != held.rend(); ++it) body += session_html(site, *it);
  files({path, page(site,
                    {path, title, Section::forum,
                     std::string(tr("The sessions of the Forum of the Global Coalition for Social "
                                    "Justice (GB.349/INS/4, ¶39-42): their dates, places, formats, "
                                    "hosts and the initiatives partners showcased."))},
                    std::move(body))});
}

std::string forum_section(const SiteContext& site, const model::Partner& partner,
                          std::string_view from) {
  if (!partner.id) return {};
  const auto& tr = *site.tr;
  const std::string& id = partner.id->value;
  std::string items;
  for (const HeldSession& held : held_sessions(site)) {
    const model::ForumSession& session = *held.session;
    const std::string link = fmt::format("<a href=\"{}{}#{}\">{}</a>", root_of(from), kForumPath,
                                         held.id, days_html(site, session));
    if (session.hosts)
      for (const auto& host : session.hosts->value)
        if (host.value == id) {
          items += "<li>" +
                   site.say(msg("Hosted or co-hosted the Forum session of {session}.",
                                arg("session", link))) +
                   "</li>\n";
          break;
        }
    for (const model::ForumInitiative& initiative : session.initiatives) {
      if (!initiative.partner || initiative.partner->value != id) continue;
      items += "<li>" +
               (initiative.action && !initiative.action->value.empty()
                    ? site.say(msg(
                          "Showcased {action} at the Forum session of {session}.",
                          arg("action", action_html(site, partner, initiative.action->value, from)),
                          arg("session", link)))
                    : site.say(msg("Showcased an initiative at the Forum session of {session}.",
                                   arg("session", link)))) +
               "</li>\n";
    }
  }
  if (items.empty()) return {};
  return fmt::format("<h2>{}</h2>\n<ul class=\"forum\">\n", escape(tr("At the Forum (¶39-42)"))) +
         items + "</ul>\n";
}

}  // namespace gcsj::publish
