#include "publish/site.hpp"

#include <algorithm>
#include <mutex>
#include <set>

#include <fmt/format.h>

#include "figures/names.hpp"
#include "publish/html.hpp"
#include "publish/join_page.hpp"
#include "publish/site_context.hpp"
#include "util/parallel.hpp"

namespace gcsj::publish {
std::string partner_name(const model::Partner& partner) {
  if (partner.name && !partner.name->value.empty()) return partner.name->value;
  return partner.id ? partner.id->value : std::string("(unnamed partner)");
}

std::string SiteContext::partner_href(const model::Partner& partner, std::string_view from) const {
  return fmt::format("{}partners/{}.html", root_of(from), stems.at(&partner));
}

std::string SiteContext::partner_link(const model::Partner& partner, std::string_view from) const {
  return fmt::format("<a href=\"{}\">{}</a>", escape(partner_href(partner, from)),
                     escape(name_of(partner)));
}

std::string SiteContext::time(model::Date date) const {
  return fmt::format("<time datetime=\"{}\">{}</time>", date.iso(), escape(tr->date(date)));
}

std::string SiteContext::name_of(const model::Partner& partner) const {
  return figures::partner_name(partner, *tr);
}

std::string SiteContext::title_of(const model::Action& action) const {
  if (const std::string* title = figures::action_title(action, *tr)) return *title;
  return std::string((*tr)(i18n::N_("Untitled action")));
}

SiteFile language_chooser(const std::vector<std::string>& languages) {
  // Every language's own words, side by side: the page is for a reader whose language is not
  // known yet. The script picks the first of the browser's languages the site has.
  std::string codes, links;
  for (const std::string& code : languages) {
    const i18n::Translator* tr = i18n::Translator::of(code);
    codes += fmt::format("{}\"{}\"", codes.empty() ? "" : ",", code);
    links += fmt::format(
        "<li><a href=\"{0}/index.html\" hreflang=\"{0}\" lang=\"{0}\">{1}</a></li>\n", code,
        escape((*tr)(i18n::N_("Global Coalition for Social Justice"))) + " · " +
            escape(tr->own_name()));
  }
  std::string fallback = languages.empty() ? "en" : languages.front();
  for (const std::string& code : languages)
    if (code == "en") fallback = code;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{fallback}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Global Coalition for Social Justice</title>\n",
      fmt::arg("fallback", fallback));
  for (const std::string& code : languages)
    out += fmt::format("<link rel=\"alternate\" hreflang=\"{0}\" href=\"{0}/index.html\">\n", code);
  out += fmt::format("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}/index.html\">\n",
                     fallback);
  out += fmt::format(
      "<script>\n(function () {{\n  var have = [{codes}];\n"
      "  var wanted = navigator.languages || [navigator.language || \"\"];\n"
      "  for (var i = 0; i < wanted.length; i++) {{\n"
      "    var code = String(wanted[i]).toLowerCase().split(\"-\")[0];\n"
      "    if (have.indexOf(code) !== -1) {{ location.replace(code + \"/index.html\"); return; }}\n"
      "  }}\n  location.replace(\"{fallback}/index.html\");\n}})();\n</script>\n"
      "</head>\n<body>\n<main>\n<h1>Global Coalition for Social Justice</h1>\n"
      "<noscript>\n<ul class=\"languages\">\n{links}</ul>\n</noscript>\n</main>\n</body>\n"
      "</html>\n",
      fmt::arg("codes", codes), fmt::arg("fallback", fallback), fmt::arg("links", links));
  return {"index.html", std::move(out)};
}

void make_site(const model::Registry& registry, const figures::Figures& figures,
               const refdata::ReferenceData& reference, const SiteOptions& options,
               const FileSink& sink) {
  const changes::Changes news = changes::compute_changes(
      registry, figures.as_of.plus_days(-options.news_days), figures.as_of, reference);
  // The feed's older entries: every change up to the as-of date (kFeedEntries of them are kept).
  const changes::Changes history =
      changes::compute_changes(registry, model::Date::from_days(0), figures.as_of, reference);
  // A page per published partner, named by its id; an id that could not name a file safely (or
  // that two partners share, in a registry published despite errors) gets a numbered name.
  std::map<std::string, const model::Partner*, std::less<>> by_id;
  std::map<const model::Partner*, std::string> stems;
  {
    int generated = 0;
    std::set<std::string> used;
    for (const model::Partner* partner : figures.partners)
      if (partner->id && model::is_plain_id(partner->id->value)) used.insert(partner->id->value);
    std::set<std::string> given{"index"};
    for (const model::Partner* partner : figures.partners) {
      const std::string id = partner->id ? partner->id->value : "";
      std::string stem = id;
      if (!model::is_plain_id(id) || given.contains(id)) {
        do stem = fmt::format("partner-{}", ++generated);
        while (used.contains(stem) || given.contains(stem));
      }
      given.insert(stem);
      stems.emplace(partner, stem);
      if (!id.empty()) by_id.emplace(id, partner);
    }
  }
  SiteContext site{registry, figures, reference,         figures.as_of.iso(),          by_id,
                   stems,    &news,   options.news_days, &i18n::Translator::english(), {}};
  site.history = &history;
  site.settings = &options.settings;
  for (const std::string& code : options.languages) site.languages.push_back(code);
  if (site.languages.empty())
    for (const std::string_view code : i18n::Translator::languages())
      site.languages.emplace_back(code);
  // One context per language; its files go to its tree.
  std::vector<SiteContext> contexts;
  for (const std::string& code : site.languages) {
    contexts.push_back(site);
    const i18n::Translator* tr = i18n::Translator::of(code);
    contexts.back().tr = tr ? tr : &i18n::Translator::english();
  }
  sink(language_chooser(site.languages));
  // One page of each language's directory and themes is large (2.6 MB for the directory of
  // 10,000 partners); only one of them is made at a time, so memory does not grow with the cores.
  std::mutex one_large_page;
  const std::vector<SiteTask> tasks = schedule_site(contexts.size(), figures.partners.size());
  util::parallel_for(tasks.size(), options.jobs, [&](std::size_t index) {
    const SiteTask& task = tasks[index];
    const SiteContext& context = contexts[task.language];
    const std::string prefix = std::string(context.tr->code()) + "/";
    const FileSink files = [&](SiteFile&& file) {
      // Each page's paragraph marks link to GB.349/INS/4, in one place for every kind of page.
      if (file.path.ends_with(".html")) file.content = link_paragraphs(context, file.content);
      file.path.insert(0, prefix);
      sink(std::move(file));
    };
    switch (task.work) {
      case SiteWork::home:
        return add_home(context, files);
      case SiteWork::group:  // with the Forum's page, when the site has one
        add_group(context, files);
        return add_forum(context, files);
      case SiteWork::news:
        return add_news(context, files);
      case SiteWork::feed:
        return add_feed(context, files);
      case SiteWork::assets:
        add_assets(context, files);
        return add_own_pages(context, files);
      case SiteWork::join:
        return add_join(context, files);
      case SiteWork::themes: {
        const std::lock_guard lock(one_large_page);
        return add_themes(context, files);
      }
      case SiteWork::directory: {
        const std::lock_guard lock(one_large_page);
        return add_directory(context, files);
      }
      case SiteWork::partners:
        for (std::size_t i = task.first; i < std::min(figures.partners.size(), task.last); ++i)
          add_partner(context, *figures.partners[i], files);
        return;
    }
  });
}

std::vector<SiteTask> schedule_site(std::size_t languages, std::size_t partners) {
  // The small pages of every language first; then the partners' pages in batches, so that every
  // core has some and no batch is held long, the languages taking turns batch by batch: threads
  // working at the same time write into different directories, as a file system serializes the
  // files created in one directory. The large pages are spread among the batches, so that a
  // thread seldom waits for another's.
  constexpr std::size_t kBatch = 64;
  std::vector<SiteTask> tasks;
  for (std::size_t language = 0; language < languages; ++language)
    for (const SiteWork work : {SiteWork::home, SiteWork::group, SiteWork::news, SiteWork::feed,
                                SiteWork::assets, SiteWork::join})
      tasks.push_back({language, work, 0, 0});
  std::vector<SiteTask> batches;
  for (std::size_t first = 0; first < partners; first += kBatch)
    for (std::size_t language = 0; language < languages; ++language)
      batches.push_back({language, SiteWork::partners, first, first + kBatch});
  std::vector<SiteTask> large;
  for (const SiteWork work : {SiteWork::directory, SiteWork::themes})
    for (std::size_t language = 0; language < languages; ++language)
      large.push_back({language, work, 0, 0});
  for (std::size_t i = 0, placed = 0; i <= batches.size(); ++i) {
    // The (k+1)-th large page goes after (k+1)/(n+1) of the batches.
    while (placed < large.size() && (placed + 1) * batches.size() <= i * (large.size() + 1))
      tasks.push_back(large[placed++]);
    if (i < batches.size()) tasks.push_back(batches[i]);
  }
  return tasks;
}

std::vector<SiteFile> build_site(const model::Registry& registry, const figures::Figures& figures,
                                 const refdata::ReferenceData& reference,
                                 const SiteOptions& options) {
  std::vector<SiteFile> files;
  std::mutex mutex;
  make_site(registry, figures, reference, options, [&](SiteFile&& file) {
    const std::lock_guard lock(mutex);
    files.push_back(std::move(file));
  });
  std::sort(files.begin(), files.end(),
            [](const SiteFile& a, const SiteFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace gcsj::publish
