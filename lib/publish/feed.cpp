// The portal's Atom feed (RFC 4287) of what's new: one entry per change the news page tells,
// newest first, each with a stable tag: id built from the registry, the change's date as its
// `updated`, and a link to its place on the news page. The feed's `updated` is the as-of date:
// no date comes from the clock, so the same registry and date give the same bytes.

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "render/change_words.hpp"

namespace gcsj::publish {
namespace {

// An RFC 3339 date-time for a registry date: the start of the day, in UTC.
std::string timestamp(const model::Date& date) {
  return fmt::format("{date}T00:00:00Z", fmt::arg("date", date.iso()));
}

std::string entry(const changes::Change& change, const ChangeNames& names) {
  const std::string event = render::change_sentence(change, {escape, true});
  const std::string summary =
      fmt::format("{kind}: {event} (¶{paragraph} of GB.349/INS/4)",
                  fmt::arg("kind", render::change_title(change.kind)), fmt::arg("event", event),
                  fmt::arg("paragraph", change.paragraph));
  return fmt::format(
      "<entry>\n<id>{id}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n"
      "<link rel=\"alternate\" type=\"text/html\" href=\"{news}#{anchor}\"/>\n"
      "<category term=\"{term}\" label=\"{label}\"/>\n<summary>{summary}</summary>\n</entry>\n",
      fmt::arg("id", escape(names.tag)), fmt::arg("title", event),
      fmt::arg("updated", timestamp(change.date)), fmt::arg("news", kNewsPath),
      fmt::arg("anchor", names.anchor), fmt::arg("term", render::kind_key(change.kind)),
      fmt::arg("label", render::change_title(change.kind)), fmt::arg("summary", summary));
}

}  // namespace

void add_feed(const SiteContext& site, std::vector<SiteFile>& files) {
  const changes::Changes& news = *site.news;
  const auto names = change_names(news);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
      "<id>tag:ilo.org,2023:gcsj/news</id>\n"
      "<title>Global Coalition for Social Justice: what's new</title>\n"
      "<subtitle>What changed in the Global Coalition for Social Justice after {from}, up to and "
      "including {to}: new partners, the Coordinating Group and completed actions "
      "(GB.349/INS/4).</subtitle>\n"
      "<updated>{updated}</updated>\n"
      "<link rel=\"self\" type=\"application/atom+xml\" href=\"{feed}\"/>\n"
      "<link rel=\"alternate\" type=\"text/html\" href=\"{news}\"/>\n"
      "<author><name>Secretariat of the Global Coalition for Social Justice</name></author>\n"
      "<generator>gcsj</generator>\n",
      fmt::arg("from", news.from.iso()), fmt::arg("to", news.to.iso()),
      fmt::arg("updated", timestamp(news.to)), fmt::arg("feed", kFeedPath),
      fmt::arg("news", kNewsPath));
  for (const std::size_t i : public_changes_newest_first(news))
    out += entry(news.events[i], names[i]);
  out += "</feed>\n";
  files.push_back({kFeedPath, std::move(out)});
}

}  // namespace gcsj::publish
