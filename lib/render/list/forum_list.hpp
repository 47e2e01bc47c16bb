#pragma once
// `gcsj list forum`: the sessions of the Forum (GB.349/INS/4 ¶39-42) as the registry records
// them, oldest first, as a table, JSON or CSV, for the secretariat and scripts.

#include <string>

#include "i18n/translator.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

enum class ForumListFormat { text, json, csv };

// The dated sessions of the registry's Forum (model::forum_of, model::dated_sessions: oldest
// first, the document's order on one date; a session without a readable date is left out), one
// row each: date, end, title, place, format (as written), hosts (ids, in the registry's order),
// alongside, the number of initiatives and the file. The JSON gives each session's initiatives
// too (partner id and action title). The text table is written in the language of `tr` (its
// headings and count); JSON and CSV are for scripts: their keys never change with the language,
// and the JSON says which language the run used (`language`). Lists what the registry holds,
// public or not: a tool for the secretariat, never a public output.
std::string render_forum_list(const model::Registry& registry, ForumListFormat format,
                              const i18n::Translator& tr = i18n::Translator::english());

}  // namespace gcsj::render
