#pragma once
// What every page of the portal is built from: the figures, the published partners and the file
// each has. Internal to lib/publish.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "changes/changes.hpp"
#include "figures/figures.hpp"
#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "model/forum.hpp"
#include "model/registry.hpp"
#include "model/vocabulary.hpp"
#include "publish/site.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::publish {

struct SiteContext {
  const model::Registry& registry;
  const figures::Figures& figures;
  const refdata::ReferenceData& reference;
  std::string as_of;
  // Published partners by id, and the file stem of each page: the id when it is a plain
  // kebab-case id (it always is in a registry without errors), else a generated one. Shared by
  // the contexts of every language, which are copies of one another.
  const std::map<std::string, const model::Partner*, std::less<>>& by_id;
  const std::map<const model::Partner*, std::string>& stems;
  // What changed in the last `news_days` days up to the as-of date.
  const changes::Changes* news = nullptr;
  long news_days = 0;
  // The language of the pages being made, and the codes of every tree of the site, in order.
  const i18n::Translator* tr = &i18n::Translator::english();
  std::vector<std::string> languages;
  // What changed up to the as-of date since the Coalition's records begin: the feed's entries
  // beyond the news window (kFeedEntries), so a quiet quarter does not empty it; nullptr: none.
  const changes::Changes* history = nullptr;
  // The secretariat's own settings (publish::SiteOptions::settings); never null.
  const model::PortalSettings* settings = nullptr;

  // A sentence in the language of the pages.
  std::string say(const i18n::Message& message) const { return message.in(*tr); }
  std::string_view say(i18n::Term term) const { return (*tr)(term); }
  // A date as a sentence of the page's language writes it ("30 novembre 2026").
  std::string date(model::Date date) const { return tr->date(date); }
  // `<time datetime="2026-11-30">30 November 2026</time>`.
  std::string time(model::Date date) const;
  // The partner's name, and an action's title, as the page's language prefers: its translation
  // (`name_fr`, `title_es`) when the registry has one, else as written (figures/names.hpp).
  std::string name_of(const model::Partner& partner) const;
  std::string title_of(const model::Action& action) const;

  // The link from a page at `from` to the partner's page.
  std::string partner_href(const model::Partner& partner, std::string_view from) const;
  // The partner's name as HTML, linked to its page.
  std::string partner_link(const model::Partner& partner, std::string_view from) const;
};

// The partner's name as written (English pages, ids and anchors).
std::string partner_name(const model::Partner& partner);

// Each hands the files it makes to `files` (paths relative to the language's tree).
void add_home(const SiteContext& site, const FileSink& files);
void add_themes(const SiteContext& site, const FileSink& files);
void add_group(const SiteContext& site, const FileSink& files);
void add_directory(const SiteContext& site, const FileSink& files);
void add_partner(const SiteContext& site, const model::Partner& partner, const FileSink& files);
// The Forum page (kForumPath, ¶39-42), made only when has_forum (publish/pages_forum.cpp).
void add_forum(const SiteContext& site, const FileSink& files);
void add_news(const SiteContext& site, const FileSink& files);
void add_feed(const SiteContext& site, const FileSink& files);
void add_assets(const SiteContext& site, const FileSink& files);
// The secretariat's own pages (settings' `pages`), `SLUG.html` each (publish/pages_extra.cpp).
void add_own_pages(const SiteContext& site, const FileSink& files);
// Markdown as HTML, by cmark in its safe mode, its headings below the page's h1.
std::string markdown_html(std::string_view markdown);

// A domain's (¶35, `domain`) or priority's (¶36) title in the page's language.
std::string theme_title(const SiteContext& site, const model::Theme& theme, bool domain);
// The root page of the whole site: sends a visitor to their browser's language.
SiteFile language_chooser(const std::vector<std::string>& languages);

// A published partner's name as HTML, linked to its page, and a change told in the words of
// render/change_words as HTML (the portal's view: only what may be named), as a line of the news
// (render::dated_change): `date`, a dash, the sentence citing its paragraph.
// The place of a session held (a forum_session change) on the portal's Forum page (its tree's
// forum.html), relative to the tree: `session-` and the change's key (model::session_key), the id
// the Forum page gives it.
std::string forum_session_href(const changes::Change& change);
std::string change_html(const SiteContext& site, const changes::Change& change,
                        std::string_view from, const std::string& date);
// The fragment of news.html that tells `change`, and the Atom id of its entry: both built from
// the registry (kind, key, date), never from the clock, unique within `news`.
struct ChangeNames {
  std::string anchor;  // "change-partner-admitted-mexico-2026-03-01"
  std::string tag;     // "tag:ilo.org,2023:gcsj/partner-admitted/mexico/2026-03-01"
};
std::vector<ChangeNames> change_names(const changes::Changes& news);
// The public changes of `news`, newest first (the order of the news page and the feed), with
// their index in `news.events`.
std::vector<std::size_t> public_changes_newest_first(const changes::Changes& news);

// The Forum (publish/pages_forum.cpp). A session held by the site's date (begun on or before
// it; a later one is not shown) and its anchor on the Forum page: "session-2025-11-05", a second
// session on one date "session-2025-11-05-2" (in the document's order).
struct HeldSession {
  const model::ForumSession* session;
  std::string id;
};
// The registry's Forum sessions held by the site's date, oldest first.
std::vector<HeldSession> held_sessions(const SiteContext& site);
// True when the registry has a Forum with a session held by the site's date: the site then has a
// Forum page, in the navigation of every page.
bool has_forum(const SiteContext& site);
// The section of a partner's page at `from` on the sessions it hosted and the initiatives it
// showcased, linked to the sessions on the Forum page; "" when there is none.
std::string forum_section(const SiteContext& site, const model::Partner& partner,
                          std::string_view from);
// The anchors of the partner's actions on its page, in the order of its actions: "action-" and
// the title as written in lower-case ASCII letters and digits joined by hyphens (its number when
// the title has none), "-2", "-3" for a repeated one: the same in every language, and kept when
// actions are added or reordered.
std::vector<std::string> action_ids(const model::Partner& partner);

// The ¶25 seats as an SVG chart, every seat filled or vacant, chairs marked.
std::string seat_chart(const SiteContext& site, std::string_view from);

}  // namespace gcsj::publish
