#pragma once
// `gcsj changes`: what changed in the Coalition between two dates, as text for a terminal,
// Markdown for a notice to partners or a report's annex (naming only what the portal names), and
// JSON for scripts. All three render changes::Changes.

#include <string>

#include "changes/changes.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct ChangesView {
  const model::Registry& registry;  // for the files the events come from
  const changes::Changes& changes;
  std::string source;  // the registry as named on the command line
  model::Date as_of;   // the date the registry was judged on
  const i18n::Translator* tr = &i18n::Translator::english();  // the language of the words
};

std::string render_changes_text(const ChangesView& view);
std::string render_changes_markdown(const ChangesView& view);
std::string render_changes_json(const ChangesView& view);

}  // namespace gcsj::render
