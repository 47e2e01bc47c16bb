#pragma once
// `gcsj publish`: the Coalition's public portal (¶18, ¶28, ¶34) as static files built from the
// registry: admitted partners only, never contact details, every registry string escaped, the
// same bytes from the same registry and date.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "figures/figures.hpp"
#include "model/portal_settings.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::publish {

struct SiteFile {
  std::string path;  // relative to the site root, with forward slashes
  std::string content;
};

// The news page tells the changes of this many days up to the as-of date.
inline constexpr long kDefaultNewsDays = 90;
// The Atom feed holds every change of the news window, and at least the latest kFeedEntries
// public changes up to the as-of date, whatever the window.
inline constexpr std::size_t kFeedEntries = 50;

// How the site is made: the news window, the languages (one tree each, `en/`, `fr/`, `es/`, in
// the order given; empty: every language gcsj speaks) and the threads (0: one per core).
struct SiteOptions {
  long news_days = kDefaultNewsDays;
  std::vector<std::string> languages;
  unsigned jobs = 0;
  // The secretariat's own settings (title, contact, logo, pages); empty: the site as before.
  model::PortalSettings settings{};
};

// Receives each file of the site as soon as it is made, from several threads at once.
using FileSink = std::function<void(SiteFile&&)>;

// Makes every file of the site and hands each to `sink` as soon as it is made, so the site is
// never held whole: a tree per language (`LANG/index.html`, ...; every page names its language,
// its alternates in the others and has a switcher to the same page in each), the root
// `index.html` that sends a visitor to their browser's language, and the marker-free assets.
// Pages of different languages and partners are made in parallel (`options.jobs`); each file's
// bytes depend only on the registry and the as-of date. Needs a registry loaded with its whole
// partners. The news page tells the changes of the `news_days` days up to and including the
// as-of date: those of (as_of - news_days, as_of], from lib/changes; its feed those and older
// ones, up to kFeedEntries.
void make_site(const model::Registry& registry, const figures::Figures& figures,
               const refdata::ReferenceData& reference, const SiteOptions& options,
               const FileSink& sink);

// One piece of make_site's work: a page (or a few) of one language's tree, or the pages of the
// published partners [first, last) (indexes into Figures::partners; `last` may pass the end).
enum class SiteWork { home, group, news, feed, assets, themes, directory, partners, join };
struct SiteTask {
  std::size_t language;  // index into the site's languages
  SiteWork work;
  std::size_t first;
  std::size_t last;
};

// The order make_site's threads take the work in: each page of each language once; the small
// pages first, then the partners' pages in batches with the languages taking turns, and the
// large pages (themes, directory), of which only one is made at a time, spread among them.
std::vector<SiteTask> schedule_site(std::size_t languages, std::size_t partners);

// Every file of the site, sorted by path (make_site, held: for tests and small registries).
std::vector<SiteFile> build_site(const model::Registry& registry, const figures::Figures& figures,
                                 const refdata::ReferenceData& reference,
                                 const SiteOptions& options = {});

// Writes `files` into a fresh directory beside `out_dir` (`.NAME.new-XXXXXX`, with a random
// suffix) and swaps it in with one atomic rename, so a reader never sees a half-written site and
// a failure leaves the old one. Runs on the same `out_dir` take turns: each holds a lock
// (`.NAME.lock`, beside it) from its first check to its last removal, and first removes what an
// interrupted run left (`.NAME.new-*`, `.NAME.old-*`). Replaces only an empty directory or a site
// gcsj published (it holds a `.gcsj-site` marker), checked again on what the swap took out: a
// directory that received other files meanwhile is swapped back and the run fails; other files
// are never deleted. Each run ends with the old site or the new one, whole, and nothing beside it.
// A file whose bytes are the old site's is that file, hard-linked (publish/previous_site.hpp).
util::Expected<void> write_site(const std::vector<SiteFile>& files, const std::string& out_dir);

// For tests: what happens between the steps of write_site.
struct SiteWriteHooks {
  // Called under the lock when the new site is written, just before the swap, with the target.
  std::function<void(const std::string& target)> before_swap;
  // Swap with two plain renames, as on a filesystem without renameat2's flags (NFS).
  bool plain_renames = false;
};
util::Expected<void> write_site(const std::vector<SiteFile>& files, const std::string& out_dir,
                                const SiteWriteHooks& hooks);

// The same, with the files written as `make` hands them to its sink (from any thread), never
// held: `make` is called once, under the lock, with the fresh directory ready; a file that cannot
// be written fails the run (the old site stays) once `make` returns.
using SiteMaker = std::function<void(const FileSink& sink)>;
util::Expected<void> write_site(const SiteMaker& make, const std::string& out_dir,
                                const SiteWriteHooks& hooks = {});

}  // namespace gcsj::publish
