#pragma once
// What the cursor is on in a registry YAML buffer: the kind of the document around it, the path
// of keys from that document's root, whether it is on a key or a value, and the token there.
// Hover, completion and go to definition all start from it.
//
// It reads the lines, not a parse tree: a buffer being edited rarely parses (`  sta` on its own is
// a syntax error), and registry files are written in block style, where a line's indentation and
// its `- ` say where it stands. The document's `kind` and `category` are read through the loader's
// parser when the document parses (so a document written in flow style is known too), from its
// top-level lines when it does not.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/text_position.hpp"
#include "model/partner.hpp"

namespace gcsj::lsp {

// One step of a path from a document's root: a key of a mapping, or an item of a list.
struct PathStep {
  std::string key;  // empty for an item
  int index = -1;   // the item's index, from 0; -1 for a key
  bool is_item() const { return index >= 0; }
};

struct CursorContext {
  std::string kind;                         // the document's `kind` as written; "" when absent
  std::optional<model::Category> category;  // a partner's `category`, when it is one of ¶19
  // From the root to the key the cursor is on, or whose value (or an item of it) it is in; on a
  // key being written, that key as typed so far.
  std::vector<PathStep> path;
  bool on_key = false;  // on a key, or where a key is being written (a blank line of a mapping)
  bool colon_written = false;  // on a key already followed by its ':'
  std::string token;   // the text under the cursor, quotes removed; "" when nothing is written
  Span span{0, 0, 0};  // where the token stands; begin == end when nothing is written yet
  // The keys written in the mapping that holds the cursor, but the one under the cursor.
  std::vector<std::string> sibling_keys;
  int document_line = 1;  // the first line of the YAML document around the cursor

  // "actions[2].status".
  std::string path_text() const;
  // The keys of the path, items left out: "actions.status", as load::partner_key_paths() writes
  // them.
  std::string key_path() const;
  // The key path of the mapping that holds the cursor: key_path() without its last key when the
  // cursor is on a key ("actions" for a key of an action), key_path() otherwise.
  std::string parent_key_path() const;
  // The last key of the path ("status"); "" when it has none.
  std::string_view key() const;
  // The index of the item that follows the key `key` in the path (members[3] -> 3), or -1.
  int index_after(std::string_view key) const;
  // True when the cursor is in an item of the list that is the value of the last key
  // (`with: [a, b]`, or `- kenya` under `with:`).
  bool in_list() const { return !path.empty() && path.back().is_item(); }
};

// The context of the 1-based `line` and code-point `column` of `text`. Never throws: a buffer that
// does not parse, a line past the end or a column past the line give what the lines say.
CursorContext cursor_context(std::string_view text, int line, int column);

}  // namespace gcsj::lsp
