#pragma once
// The one escaping of registry text for every Markdown output: `validate -f markdown`,
// `changes -f markdown` (with or without --base), `group plan -f markdown`, `report`.

#include <string>
#include <string_view>

namespace gcsj::render {

// Registry text made safe for Markdown: one line (through util::printable), every character
// Markdown or HTML could read as syntax escaped by a backslash or an entity (so no link, image,
// tag, heading, table cell, emphasis or math), and a zero-width space after each `@`, so that a
// partner named `@org/team` mentions, and notifies, no one where the Markdown is posted, and after
// each `://` and `www` (before its `.`), so that `https://x`, `http://x` and `www.x` are no
// autolinks.
std::string markdown_text(std::string_view text);

// The same escaping, under the name the pull-request renderers used (kept for branches that call
// it; new code calls markdown_text).
inline std::string comment_text(std::string_view text) {
  return markdown_text(text);
}

}  // namespace gcsj::render
