#pragma once
// Completion: the keys a mapping takes at the cursor (by kind and, for a partner, its category of
// ¶19; those already written left out), the values of a key whose values the format lists
// (model/enum_names.hpp, model/vocabulary.hpp, the kinds of document), the ids of the registry's
// partners in `partner:`, `with:` and a Forum session's `hosts`, and country codes with their
// names. Every fact comes from the loader's key tables, the enumerations and the reference data.

#include <string>
#include <string_view>
#include <vector>

#include "lsp/editor_context.hpp"
#include "lsp/text_position.hpp"

namespace gcsj::lsp {

struct CompletionItem {
  enum class Kind { key, value, partner, country };
  std::string label;          // what the list shows: the key or the value as written
  std::string detail;         // a line beside it: a value's words, a partner's category
  std::string documentation;  // Markdown: what a key means, in the context's language
  Kind kind = Kind::value;
  std::string insert_text;  // what replaces `replace`
  Span replace{0, 0, 0};    // the token being written (begin == end: insert at the cursor)
};

// The completions at the 1-based `line` and code-point `column` of `text`. Partner ids and
// country codes are offered only when they start with what is written already (a registry may
// hold 10,000 partners).
std::vector<CompletionItem> complete_at(const EditorContext& context, std::string_view text,
                                        int line, int column);

}  // namespace gcsj::lsp
