#pragma once
// Small pieces of HTML for the portal: escaping, and the frame every page shares.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/portal_settings.hpp"

namespace gcsj::publish {

// Text from the registry made safe inside HTML text and attribute values: `<script>` stays text.
std::string escape(std::string_view text);

// The way from a page at `path` (relative to the site root, "partners/ilo.html") back to the root.
std::string root_of(std::string_view path);

// An href only for http and https addresses; anything else (javascript:, data:) is no link.
bool is_web_address(std::string_view url);

enum class Section { home, partners, themes, group, forum, news, join, own };

struct PageFrame {
  std::string path;   // relative to the root of the language's tree
  std::string title;  // plain text; escaped here
  Section section;
  std::string description;  // plain text for search engines and link previews; escaped here
  bool search = false;      // loads the search script
};

struct SiteContext;

// The portal's Atom feed of what's new (publish/feed.cpp), at the site's root.
inline constexpr const char* kFeedPath = "feed.xml";
inline constexpr const char* kNewsPath = "news.html";
// The Forum page (publish/pages_forum.cpp), in the navigation when the site has one (has_forum).
inline constexpr const char* kForumPath = "forum.html";

// A whole HTML document in the language of `site`: head (its language, the same page in every
// other language as an alternate, x-default the English one, the feed), the site's navigation
// and language switcher, `body` (HTML) and the footer (with a visible link to the feed).
// With the secretariat's settings (SiteContext::settings): its title, its logo, a canonical link
// under its base URL, its footer line, its contact address and its own pages in the footer.
// (make_site then links its paragraph marks: link_paragraphs.)
std::string page(const SiteContext& site, const PageFrame& frame, std::string body);

// The public address of GB.349/INS/4 in the language of `site`'s pages: the settings' address
// for that language, else for every language, else English's, else kDefaultDocumentUrl.
std::string document_url(const SiteContext& site);

// The HTML page `html` with each paragraph mark of its text ("¶19(b)", "¶21-26") made a link to
// document_url(site) whose title says what it is in the page's language ("paragraph 19(b) of
// GB.349/INS/4"). Marks inside a tag (its attributes), a link, the title, an SVG, a script, a
// style, a comment or a form control are left as they are. make_site applies it to every page
// it makes, once, as the page is handed over.
std::string link_paragraphs(const SiteContext& site, std::string_view html);

// The title of the site in the language of `site` (settings), else the Coalition's name.
std::string site_title(const SiteContext& site);

// The title of one of the secretariat's pages in the language of `site`, and the language it is
// written in when it is not the page's (English's, shown where a language has none): "" else.
std::pair<std::string, std::string> own_page_title(const SiteContext& site,
                                                   const model::PortalPage& own);

// The links of the language switcher and the alternates of the page at `path` (relative to the
// language's tree) of a site with `languages`, written by a page in `current`.
std::string language_alternates(std::string_view path, const std::vector<std::string>& languages);
std::string language_switcher(std::string_view path, const std::vector<std::string>& languages,
                              std::string_view current, std::string_view label);

}  // namespace gcsj::publish
