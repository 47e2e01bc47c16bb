#pragma once
// `gcsj changes --base REF`: what a change does to a registry (diff::RegistryDiff), in text for a
// terminal, Markdown for a pull-request comment, and JSON for scripts.

#include <optional>
#include <string>
#include <string_view>

#include "diff/registry_diff.hpp"
#include "i18n/translator.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct DiffView {
  const diff::RegistryDiff& diff;
  const model::Registry& before;  // the older version (REF), its files shown under PATH's paths
  const model::Registry& after;   // the registry as it is
  std::string_view ref;           // --base as given
  std::optional<std::string_view> commit = {};  // when REF is a git revision
  bool existed = true;  // false: the registry's directory was not there at REF
  const i18n::Translator* tr = &i18n::Translator::english();  // the language of the words
};

std::string render_diff_text(const DiffView& view, bool color);
std::string render_diff_markdown(const DiffView& view);
std::string render_diff_json(const DiffView& view);

}  // namespace gcsj::render
