// The portal's Atom feed (RFC 4287) of what's new: one entry per change the news page tells,
// and older changes up to kFeedEntries, so a quiet quarter does not leave a new subscriber an
// empty feed (the changes of the oldest date kept are kept whole); newest first, each with a stable
// tag: id built from the registry, the change's date as its `updated`, and a link to its place on
// the news page. The feed's `updated` is the as-of date: no date comes from the clock, so the same
// registry and date give the same bytes.

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site.hpp"
#include "publish/site_context.hpp"
#include "render/changes/change_line.hpp"
#include "render/changes/change_words.hpp"

namespace gcsj::publish {
namespace {

// An RFC 3339 date-time for a registry date: the start of the day, in UTC.
std::string timestamp(const model::Date& date) {
  return fmt::format("{date}T00:00:00Z", fmt::arg("date", date.iso()));
}

using i18n::arg;
using i18n::msg;

// The feed of a language other than English has ids of its own: an entry in French is not the
// same entry as in English.
std::string language_suffix(const SiteContext& site) {
  return site.tr->is_english() ? std::string() : "/" + std::string(site.tr->code());
}

// Where the feed's links point: beside it, or, with the settings' base URL, the absolute address
// of its language's tree, as a feed reader resolves them best.
std::string tree_address(const SiteContext& site) {
  const std::string& base = site.settings->base_url;
  return base.empty() ? std::string() : escape(base) + std::string(site.tr->code()) + "/";
}

// `in_news`: the news page tells the change, and the entry links to its place there; an older
// one links to the news page.
std::string entry(const SiteContext& site, const changes::Change& change, const ChangeNames& names,
                  bool in_news) {
  const std::string event = render::change_sentence(change, {escape, true, nullptr, site.tr});
  const std::string_view title = render::change_title(change.kind, *site.tr);
  // The sentence citing its paragraph; the kind is the entry's category, never a prefix before
  // a colon.
  const std::string summary = render::with_citation(
      event, site.say(msg("(¶{paragraph} of GB.349/INS/4)", arg("paragraph", change.paragraph))));
  // A session of the Forum links to its place on the Forum page too.
  const std::string related =
      change.kind == changes::Kind::forum_session
          ? fmt::format("<link rel=\"related\" type=\"text/html\" href=\"{}{}\"/>\n",
                        tree_address(site), escape(forum_session_href(change)))
          : std::string();
  return fmt::format(
      "<entry>\n<id>{id}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n"
      "<link rel=\"alternate\" type=\"text/html\" href=\"{tree}{news}{anchor}\"/>\n"
      "{related}<category term=\"{term}\" label=\"{label}\"/>\n<summary>{summary}</summary>\n"
      "</entry>\n",
      fmt::arg("id", escape(names.tag + language_suffix(site))), fmt::arg("title", event),
      fmt::arg("updated", timestamp(change.date)), fmt::arg("news", kNewsPath),
      fmt::arg("tree", tree_address(site)),
      fmt::arg("anchor", in_news ? "#" + names.anchor : std::string()),
      fmt::arg("related", related), fmt::arg("term", render::kind_key(change.kind)),
      fmt::arg("label", escape(title)), fmt::arg("summary", summary));
}

// The feed's changes, newest first, with their index in `told`: every public change of the
// news window, and older ones up to kFeedEntries, the changes of the oldest date kept whole.
std::vector<std::size_t> feed_entries(const changes::Changes& told, const model::Date& news_from) {
  std::vector<std::size_t> kept;
  for (const std::size_t i : public_changes_newest_first(told)) {
    const model::Date& date = told.events[i].date;
    if (date <= news_from && kept.size() >= kFeedEntries && told.events[kept.back()].date != date)
      break;
    kept.push_back(i);
  }
  return kept;
}

}  // namespace

void add_feed(const SiteContext& site, const FileSink& files) {
  const changes::Changes& told = site.history != nullptr ? *site.history : *site.news;
  const auto names = change_names(told);
  const auto kept = feed_entries(told, site.news->from);
  // The subtitle's period: after the day before the oldest change kept, or the news window's.
  model::Date from = site.news->from;
  if (!kept.empty() && told.events[kept.back()].date <= from)
    from = told.events[kept.back()].date.plus_days(-1);
  const i18n::Translator& tr = *site.tr;
  const std::string coalition(tr("Global Coalition for Social Justice"));
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n"
      "<id>tag:ilo.org,2023:gcsj/news{suffix}</id>\n"
      "<title>{title}</title>\n"
      "<subtitle>{subtitle}</subtitle>\n"
      "<updated>{updated}</updated>\n"
      "<link rel=\"self\" type=\"application/atom+xml\" href=\"{tree}{feed}\"/>\n"
      "<link rel=\"alternate\" type=\"text/html\" href=\"{tree}{news}\"/>\n"
      "<author><name>{author}</name></author>\n"
      "<generator>gcsj</generator>\n",
      fmt::arg("lang", site.tr->code()), fmt::arg("suffix", language_suffix(site)),
      fmt::arg("title",
               escape(site.say(msg("{coalition}: what's new", arg("coalition", coalition))))),
      fmt::arg("subtitle",
               // The Forum is named when the registry records one (its section of the news).
               escape(site.say(
                   site.figures.has_forum
                       ? msg("What changed in the Global Coalition for Social Justice after "
                             "{from}, up to and including {to}: new partners, the Coordinating "
                             "Group, the Forum and completed actions (GB.349/INS/4).",
                             arg("from", from), arg("to", told.to))
                       : msg("What changed in the Global Coalition for Social Justice after "
                             "{from}, up to and including {to}: new partners, the Coordinating "
                             "Group and completed actions (GB.349/INS/4).",
                             arg("from", from), arg("to", told.to))))),
      fmt::arg("updated", timestamp(told.to)), fmt::arg("feed", kFeedPath),
      fmt::arg("tree", tree_address(site)), fmt::arg("news", kNewsPath),
      fmt::arg("author", escape(site.say(
                             msg("Secretariat of the {coalition}", arg("coalition", coalition))))));
  for (const std::size_t i : kept)
    out += entry(site, told.events[i], names[i], told.events[i].date > site.news->from);
  out += "</feed>\n";
  files({kFeedPath, std::move(out)});
}

}  // namespace gcsj::publish
