#include "publish/html.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "publish/site_context.hpp"
#include "util/text.hpp"

namespace gcsj::publish {

std::string escape(std::string_view text) {
  return util::escape_markup(text);
}

std::string root_of(std::string_view path) {
  std::string out;
  for (char c : path)
    if (c == '/') out += "../";
  return out;
}

bool is_web_address(std::string_view url) {
  const auto starts = [&](std::string_view prefix) {
    return url.size() > prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), url.begin(), [](char a, char b) {
             return a == std::tolower(static_cast<unsigned char>(b));
           });
  };
  return (starts("https://") || starts("http://")) &&
         url.find_first_of(" \t\r\n\"'<>`") == std::string_view::npos;
}

namespace {

// The language's name in itself, for the switcher ("Français").
std::string_view own_name(std::string_view code) {
  const i18n::Translator* tr = i18n::Translator::of(code);
  return tr ? tr->own_name() : code;
}

// The tree the x-default alternate points to: English, or the first language published.
std::string_view default_language(const std::vector<std::string>& languages) {
  for (const std::string& code : languages)
    if (code == "en") return code;
  return languages.empty() ? std::string_view("en") : std::string_view(languages.front());
}

}  // namespace

std::string language_alternates(std::string_view path, const std::vector<std::string>& languages) {
  const std::string up = root_of(path) + "../";
  std::string out;
  for (const std::string& code : languages)
    out += fmt::format("<link rel=\"alternate\" hreflang=\"{0}\" href=\"{1}{0}/{2}\">\n", code, up,
                       path);
  out += fmt::format("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}{}/{}\">\n", up,
                     default_language(languages), path);
  return out;
}

std::string language_switcher(std::string_view path, const std::vector<std::string>& languages,
                              std::string_view current, std::string_view label) {
  if (languages.size() < 2) return {};
  const std::string up = root_of(path) + "../";
  std::string out =
      fmt::format("<nav class=\"languages\" aria-label=\"{}\">\n<ul>\n", escape(label));
  for (const std::string& code : languages) {
    if (code == current)
      out += fmt::format("<li><span lang=\"{0}\" aria-current=\"true\">{1}</span></li>\n", code,
                         escape(own_name(code)));
    else
      out += fmt::format(
          "<li><a href=\"{1}{0}/{2}\" hreflang=\"{0}\" lang=\"{0}\" "
          "data-language=\"{0}\">{3}</a></li>\n",
          code, up, path, escape(own_name(code)));
  }
  return out + "</ul>\n</nav>\n";
}

namespace {

// A text of the settings in the language of the pages: its own, else the one for every language.
const std::string& in_language(const SiteContext& site, const std::string& any,
                               const std::map<std::string, std::string>& by_language) {
  const auto it = by_language.find(std::string(site.tr->code()));
  return it != by_language.end() ? it->second : any;
}

// The secretariat's own pages, linked from the footer of every page.
std::string own_pages_nav(const SiteContext& site, const PageFrame& frame,
                          const std::string& root) {
  const model::PortalSettings& settings = *site.settings;
  if (settings.pages.empty()) return {};
  const i18n::Translator& tr = *site.tr;
  std::string out = fmt::format("<nav class=\"own-pages\" aria-label=\"{}\">\n<ul>\n",
                                escape(tr("About this site")));
  for (const model::PortalPage& own : settings.pages) {
    const std::string href = own.slug + ".html";
    const auto [title, language] = own_page_title(site, own);
    out += fmt::format(
        "<li><a href=\"{}{}\"{}{}>{}</a></li>\n", root, escape(href),
        frame.path == href ? " aria-current=\"page\"" : "",
        language.empty() ? std::string() : fmt::format(" lang=\"{}\"", escape(language)),
        escape(title));
  }
  return out + "</ul>\n</nav>\n";
}

// The footer's lines of the settings: the secretariat's contact address and its footer line.
std::string settings_footer(const SiteContext& site) {
  const model::PortalSettings& settings = *site.settings;
  const i18n::Translator& tr = *site.tr;
  std::string out;
  if (!settings.contact_email.empty())
    out += fmt::format("<p>{} <a href=\"mailto:{}\">{}</a></p>\n",
                       escape(tr("Contact the secretariat:")), escape(settings.contact_email),
                       escape(settings.contact_email));
  if (const std::string& footer = in_language(site, settings.footer, settings.footer_in);
      !footer.empty())
    out += fmt::format("<p>{}</p>\n", escape(footer));
  return out;
}

}  // namespace

std::pair<std::string, std::string> own_page_title(const SiteContext& site,
                                                   const model::PortalPage& own) {
  const std::string code(site.tr->code());
  if (const auto it = own.title.find(code); it != own.title.end()) return {it->second, ""};
  if (const auto it = own.title.find(""); it != own.title.end()) return {it->second, ""};
  if (const auto it = own.title.find("en"); it != own.title.end())
    return {it->second, code == "en" ? "" : "en"};
  return {own.slug, ""};
}

std::string site_title(const SiteContext& site) {
  const std::string& title = in_language(site, site.settings->title, site.settings->title_in);
  return title.empty() ? std::string((*site.tr)("Global Coalition for Social Justice")) : title;
}

std::string document_url(const SiteContext& site) {
  const auto& urls = site.settings->document_url;
  const std::string codes[] = {std::string(site.tr->code()), std::string(), std::string("en")};
  for (const std::string& code : codes)
    if (const auto it = urls.find(code); it != urls.end()) return it->second;
  return model::kDefaultDocumentUrl;
}

std::string page(const SiteContext& site, const PageFrame& frame, std::string body) {
  const i18n::Translator& tr = *site.tr;
  const model::PortalSettings& settings = *site.settings;
  const std::string root = root_of(frame.path);
  const auto link = [&](Section section, std::string_view href, std::string_view label) {
    return fmt::format("<li><a href=\"{}{}\"{}>{}</a></li>", root, href,
                       section == frame.section ? " aria-current=\"page\"" : "", escape(label));
  };
  const std::string coalition = site_title(site);
  // The settings' head and brand: a canonical address under the base URL, the logo.
  std::string canonical, logo;
  if (!settings.base_url.empty())
    canonical = fmt::format("<link rel=\"canonical\" href=\"{}{}/{}\">\n",
                            escape(settings.base_url), tr.code(), escape(frame.path));
  if (!settings.logo_name.empty())
    logo = fmt::format("<img class=\"logo\" src=\"{}{}\" alt=\"{}\"> ", root,
                       escape(settings.logo_name),
                       escape(in_language(site, settings.logo_alt, settings.logo_alt_in)));
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{title} · {coalition}</title>\n"
      "<meta name=\"description\" content=\"{description}\">\n"
      "<meta property=\"og:type\" content=\"website\">\n"
      "<meta property=\"og:site_name\" content=\"{coalition}\">\n"
      "<meta property=\"og:title\" content=\"{title}\">\n"
      "<meta property=\"og:description\" content=\"{description}\">\n"
      "<meta property=\"og:locale\" content=\"{lang}\">\n"
      "{canonical}{alternates}"
      "<link rel=\"stylesheet\" href=\"{root}style.css\">\n"
      "<link rel=\"alternate\" type=\"application/atom+xml\" "
      "title=\"{feed_title}\" href=\"{root}feed.xml\">\n"
      "{script}</head>\n<body>\n"
      "<a class=\"skip\" href=\"#main\">{skip}</a>\n"
      "<header class=\"site\">\n<p class=\"brand\"><a href=\"{root}index.html\">{logo}{coalition}"
      "</a></p>\n{switcher}<nav aria-label=\"{site_nav}\">\n<ul>\n",
      fmt::arg("lang", tr.code()), fmt::arg("title", escape(frame.title)),
      fmt::arg("coalition", escape(coalition)), fmt::arg("description", escape(frame.description)),
      fmt::arg("canonical", canonical),
      fmt::arg("alternates", language_alternates(frame.path, site.languages)),
      fmt::arg("root", root), fmt::arg("logo", logo),
      fmt::arg("feed_title", escape(site.say(i18n::msg("{coalition}: what's new",
                                                       i18n::arg("coalition", coalition))))),
      fmt::arg("script", frame.search
                             ? fmt::format("<script src=\"{}search.js\" defer></script>\n", root)
                             : ""),
      fmt::arg("skip", escape(tr("Skip to content"))),
      fmt::arg("switcher",
               language_switcher(frame.path, site.languages, tr.code(), tr("Language"))),
      fmt::arg("site_nav", escape(tr.ctx("navigation landmark", "Site"))));
  out += link(Section::home, "index.html", tr("In figures")) + "\n";
  out += link(Section::partners, "partners/index.html", tr("Partners")) + "\n";
  out += link(Section::themes, "themes.html", tr("Domains and priorities")) + "\n";
  out += link(Section::group, "group.html", tr("Coordinating Group")) + "\n";
  if (has_forum(site)) out += link(Section::forum, kForumPath, tr("Forum")) + "\n";
  out += link(Section::news, kNewsPath, tr("What's new")) + "\n";
  out += link(Section::join, "join.html", tr("How to join")) + "\n";
  out += "</ul>\n</nav>\n</header>\n<main id=\"main\">\n";
  // The body is the page's bulk (2.6 MB for the directory of 10,000 partners): the frame goes
  // around it in place rather than the body being copied into the frame.
  body.insert(0, out);
  body += fmt::format(
      "</main>\n<footer>\n<p>{published}</p>\n<p><a href=\"{root}{feed}\">{follow}</a>.</p>\n",
      fmt::arg("published",
               escape(site.say(i18n::msg(
                   "Figures as of {date}. Published from the Coalition registry by gcsj under "
                   "GB.349/INS/4: partnership is made public on admission, or on the later date "
                   "the secretariat sets (¶18); progress is shared voluntarily (¶17).",
                   i18n::arg("date", site.figures.as_of))))),
      fmt::arg("root", root), fmt::arg("feed", kFeedPath),
      fmt::arg("follow", escape(tr("Follow what's new with the Atom feed"))));
  body += settings_footer(site) + own_pages_nav(site, frame, root);
  body += "</footer>\n</body>\n</html>\n";
  return body;
}

}  // namespace gcsj::publish
