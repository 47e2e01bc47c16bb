#pragma once
// Small pieces of HTML for the portal: escaping, and the frame every page shares.

#include <string>
#include <string_view>

namespace gcsj::publish {

// Text from the registry made safe inside HTML text and attribute values: `<script>` stays text.
std::string escape(std::string_view text);

// The way from a page at `path` (relative to the site root, "partners/ilo.html") back to the root.
std::string root_of(std::string_view path);

// An href only for http and https addresses; anything else (javascript:, data:) is no link.
bool is_web_address(std::string_view url);

enum class Section { home, partners, themes, group, news };

struct PageFrame {
  std::string path;   // relative to the site root
  std::string title;  // plain text; escaped here
  Section section;
  std::string as_of;        // YYYY-MM-DD, shown in the footer
  std::string description;  // plain text for search engines and link previews; escaped here
  bool search = false;      // loads the search script
};

// The portal's Atom feed of what's new (publish/feed.cpp), at the site's root.
inline constexpr const char* kFeedPath = "feed.xml";
inline constexpr const char* kNewsPath = "news.html";

// A whole HTML document: head (with the feed as an alternate), the site's navigation, `body`
// (HTML) and the footer (with a visible link to the feed).
std::string page(const PageFrame& frame, std::string_view body);

}  // namespace gcsj::publish
