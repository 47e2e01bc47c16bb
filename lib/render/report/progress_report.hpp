#pragma once
// `gcsj report`: the progress report to the Governing Body (¶44) in Markdown (to read, or paste
// into a document) and JSON (for scripts). Both render figures::Figures, which the portal of `gcsj
// publish` shows too.

#include <string>

#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "render/markdown_text.hpp"  // markdown_text, for the renderers that include it here

namespace gcsj::render {

// In the language of `tr`: its words, and dates in sentences in its long form; the JSON keeps
// its keys, ids, enumerated values and ISO dates, says its "language" and translates "label".
std::string render_progress_markdown(const figures::Figures& figures, const i18n::Translator& tr);
std::string render_progress_json(const figures::Figures& figures, const i18n::Translator& tr);
// In English.
std::string render_progress_markdown(const figures::Figures& figures);
std::string render_progress_json(const figures::Figures& figures);

}  // namespace gcsj::render
