#pragma once
// YAML scalars that read back as the text written: plain when that is safe, else double-quoted
// with escapes. What the value means is the reader's to judge: a date, a boolean or a number is
// written plain when it is one plain word, so the reader reads it as written and reports a
// malformed one at its place. What `gcsj import` writes, and the text of a finding's fix.

#include <string>
#include <string_view>

namespace gcsj::util::yaml {

enum class ScalarKind {
  text,  // a string: quoted when plain YAML would read it as another type (true, 12, null)
  word,  // a date, a boolean, a number, an enumerated value: plain when it can be
};

// Where the scalar stands: as a mapping's value, or as an item of a flow sequence `[a, b]`,
// where `,` `[` `]` `{` `}` cannot stand plain.
enum class Context { block, flow };

// True when `text` can be written as a plain scalar in `context` and reads back as the same text.
bool plain_safe(std::string_view text, Context context);

// `text` double-quoted: `"`, `\` and control characters escaped, the rest as it is.
std::string double_quoted(std::string_view text);

// `text` as a scalar of `kind` in `context`.
std::string scalar(std::string_view text, ScalarKind kind, Context context = Context::block);

}  // namespace gcsj::util::yaml
