#pragma once
// Hover: what the key or value under the cursor means, in the client's language. On a key or a
// value: the key's meaning and the rules that judge it (id, summary, paragraph, as `gcsj explain`
// words them), with the words of an enumerated value or a country's name; on a partner id (in
// `partner:`, `with:`, a Forum session's `hosts`, a partner's own `id:`): the partner's name,
// category and status on the context's date; on a member of the Coordinating Group: its term and
// what follows it, as `gcsj group terms` says.

#include <optional>
#include <string>
#include <string_view>

#include "lsp/editor_context.hpp"
#include "lsp/text_position.hpp"

namespace gcsj::lsp {

struct Hover {
  std::string markdown;
  Span span;  // the token hovered
};

// The hover of the 1-based `line` and code-point `column` of `text`; nullopt where there is
// nothing to say (a blank line, a key the format does not know).
std::optional<Hover> hover_at(const EditorContext& context, std::string_view text, int line,
                              int column);

}  // namespace gcsj::lsp
