// The secretariat's own pages (privacy notice, contact, about: `portal: pages:` of .gcsj.yaml),
// their Markdown rendered by cmark in its safe mode: raw HTML is dropped and links to
// `javascript:`, `vbscript:`, `file:` and `data:` addresses are emptied, as every other input of
// the portal is escaped.

#include <cmark.h>

#include <cstdlib>
#include <vector>

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"

namespace gcsj::publish {
namespace {

// The page has its own h1: the Markdown's headings go below it, in order, whatever level they
// were written at (a `#` becomes an h2, a first `###` too; a heading is never more than one
// level below the one it follows).
void demote_headings(cmark_node* document) {
  struct Level {
    int written, shown;
  };
  std::vector<Level> open;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HEADING) continue;
    const int written = cmark_node_get_heading_level(node);
    while (!open.empty() && open.back().written >= written) open.pop_back();
    const int shown = std::min(6, open.empty() ? 2 : open.back().shown + 1);
    open.push_back({written, shown});
    cmark_node_set_heading_level(node, shown);
  }
  cmark_iter_free(iter);
}

}  // namespace

std::string markdown_html(std::string_view markdown) {
  // CMARK_OPT_DEFAULT is the safe mode (no CMARK_OPT_UNSAFE): raw HTML and unsafe links are
  // left out of the HTML.
  const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
  cmark_node* document = cmark_parse_document(markdown.data(), markdown.size(), options);
  demote_headings(document);
  char* html = cmark_render_html(document, options);
  std::string out(html);
  cmark_get_default_mem_allocator()->free(html);
  cmark_node_free(document);
  return out;
}

void add_own_pages(const SiteContext& site, const FileSink& files) {
  const std::string code(site.tr->code());
  for (const model::PortalPage& own : site.settings->pages) {
    auto text = own.markdown.find(code);
    // A language without its own file shows English's, marked as English.
    const bool english = text == own.markdown.end();
    if (english) text = own.markdown.find("en");
    if (text == own.markdown.end()) continue;
    const auto [title, title_language] = own_page_title(site, own);
    const std::string path = own.slug + ".html";
    const std::string lang = english && code != "en" ? std::string(" lang=\"en\"") : std::string();
    std::string body = fmt::format(
        "<h1{}>{}</h1>\n<div class=\"own-page\"{}>\n{}</div>\n",
        title_language.empty() ? std::string() : fmt::format(" lang=\"{}\"", title_language),
        escape(title), lang, markdown_html(text->second));
    files({path, page(site, {path, title, Section::own, title}, std::move(body))});
  }
}

}  // namespace gcsj::publish
