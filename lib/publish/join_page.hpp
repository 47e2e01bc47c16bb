#pragma once
// The join page (¶15-20) and its application form's script. Internal to lib/publish.

#include <string_view>

#include "publish/site.hpp"

namespace gcsj::publish {

struct SiteContext;

// The join page of a language's tree, and the form's script beside it.
inline constexpr std::string_view kJoinPath = "join.html";
inline constexpr std::string_view kJoinScriptPath = "join.js";

// The JSON Schema of a partner the page embeds for its form: the bytes `gcsj schema partner`
// prints (data/schema/partner.schema.json), its category branches annotated with the paragraph
// and rules they enforce (`x-gcsj-paragraph`, `x-gcsj-rules`).
std::string_view join_schema();

// LANG/join.html: who may join, category by category, from the rules of ¶19 and the schema;
// the commitments of ¶16, adherence (¶18), no fee (¶20); and the application form.
void add_join(const SiteContext& site, const FileSink& files);

// The form's script (join.js): the same bytes for every language and every registry; it reads
// the page's embedded data (`#join-data`), sends nothing and has no inline handler.
std::string_view join_script();

}  // namespace gcsj::publish
