#pragma once
// `gcsj report`: the progress report of ¶28 in Markdown (to read, or paste into a document) and
// JSON (for scripts). Both render figures::Figures, which the portal of `gcsj publish` shows too.

#include <string>

#include "figures/figures.hpp"
#include "i18n/translator.hpp"

namespace gcsj::render {

// In the language of `tr`: its words, and dates in sentences in its long form; the JSON keeps
// its keys, ids, enumerated values and ISO dates, says its "language" and translates "label".
std::string render_progress_markdown(const figures::Figures& figures, const i18n::Translator& tr);
std::string render_progress_json(const figures::Figures& figures, const i18n::Translator& tr);
// In English.
std::string render_progress_markdown(const figures::Figures& figures);
std::string render_progress_json(const figures::Figures& figures);

// Registry text made safe for Markdown: one line, with every character Markdown or HTML could
// read as syntax escaped by a backslash or an entity.
std::string markdown_text(std::string_view text);

// markdown_text for a comment a bot posts: also a zero-width space after each `@`, so that a
// partner named `@org/team` mentions, and notifies, no one.
std::string comment_text(std::string_view text);

}  // namespace gcsj::render
