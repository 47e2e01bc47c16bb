#include "publish/html.hpp"

#include <algorithm>

#include <fmt/format.h>

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

std::string page(const PageFrame& frame, std::string_view body) {
  const std::string root = root_of(frame.path);
  const auto link = [&](Section section, std::string_view href, std::string_view label) {
    return fmt::format("<li><a href=\"{}{}\"{}>{}</a></li>", root, href,
                       section == frame.section ? " aria-current=\"page\"" : "", label);
  };
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{0} · Global Coalition for Social Justice</title>\n"
      "<meta name=\"description\" content=\"{4}\">\n"
      "<meta property=\"og:type\" content=\"website\">\n"
      "<meta property=\"og:site_name\" content=\"Global Coalition for Social Justice\">\n"
      "<meta property=\"og:title\" content=\"{0}\">\n"
      "<meta property=\"og:description\" content=\"{4}\">\n"
      "<link rel=\"stylesheet\" href=\"{1}style.css\">\n"
      "<link rel=\"alternate\" type=\"application/atom+xml\" "
      "title=\"Global Coalition for Social Justice: what's new\" href=\"{1}feed.xml\">\n"
      "{2}</head>\n<body>\n"
      "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
      "<header class=\"site\">\n<p class=\"brand\"><a href=\"{3}index.html\">Global Coalition for "
      "Social Justice</a></p>\n<nav aria-label=\"Site\">\n<ul>\n",
      escape(frame.title), root,
      frame.search ? fmt::format("<script src=\"{}search.js\" defer></script>\n", root) : "", root,
      escape(frame.description));
  out += link(Section::home, "index.html", "In figures") + "\n";
  out += link(Section::partners, "partners/index.html", "Partners") + "\n";
  out += link(Section::themes, "themes.html", "Domains and priorities") + "\n";
  out += link(Section::group, "group.html", "Coordinating Group") + "\n";
  out += link(Section::news, kNewsPath, "What's new") + "\n";
  out += "</ul>\n</nav>\n</header>\n<main id=\"main\">\n";
  out += body;
  out += fmt::format(
      "</main>\n<footer>\n<p>Figures as of {date}. Published from the Coalition registry by gcsj "
      "under GB.349/INS/4: partnership is made public on admission (¶18); progress is shared "
      "voluntarily (¶17).</p>\n<p><a href=\"{root}{feed}\">Follow what's new with the Atom "
      "feed</a>.</p>\n</footer>\n</body>\n</html>\n",
      fmt::arg("date", escape(frame.as_of)), fmt::arg("root", root), fmt::arg("feed", kFeedPath));
  return out;
}

}  // namespace gcsj::publish
