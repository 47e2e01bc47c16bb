#pragma once
// Small pieces of HTML for the portal: escaping, and the frame every page shares.

#include <string>
#include <string_view>
#include <vector>

namespace gcsj::publish {

// Text from the registry made safe inside HTML text and attribute values: `<script>` stays text.
std::string escape(std::string_view text);

// The way from a page at `path` (relative to the site root, "partners/ilo.html") back to the root.
std::string root_of(std::string_view path);

// An href only for http and https addresses; anything else (javascript:, data:) is no link.
bool is_web_address(std::string_view url);

enum class Section { home, partners, themes, group, news, join };

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

// A whole HTML document in the language of `site`: head (its language, the same page in every
// other language as an alternate, x-default the English one, the feed), the site's navigation
// and language switcher, `body` (HTML) and the footer (with a visible link to the feed).
std::string page(const SiteContext& site, const PageFrame& frame, std::string body);

// The links of the language switcher and the alternates of the page at `path` (relative to the
// language's tree) of a site with `languages`, written by a page in `current`.
std::string language_alternates(std::string_view path, const std::vector<std::string>& languages);
std::string language_switcher(std::string_view path, const std::vector<std::string>& languages,
                              std::string_view current, std::string_view label);

}  // namespace gcsj::publish
