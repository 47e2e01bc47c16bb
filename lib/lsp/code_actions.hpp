#pragma once
// Quick fixes: the edit a finding's fix (findings::Fix, decided by the rule or the loader that
// reports it) makes in the buffer as it stands, and its title in the client's language. The
// server turns each into a CodeAction of kind `quickfix` with its diagnostic attached.

#include <optional>
#include <string>
#include <string_view>

#include "findings/finding.hpp"
#include "i18n/translator.hpp"
#include "lsp/text_position.hpp"

namespace gcsj::lsp {

// The text of `span` replaced by `new_text`; a span of no column (begin == end) is an insertion
// before that column.
struct TextEditPlan {
  Span span;
  std::string new_text;
  friend bool operator==(const TextEditPlan&, const TextEditPlan&) = default;
};

// The edit `fix` makes in `file_text` (the buffer the finding was made on), or nullopt when the
// text at its place is not what it expects: past the end of the buffer, a block scalar (`|`,
// `>`) that one line cannot hold, or already the text the fix writes.
std::optional<TextEditPlan> edit_of(const findings::Fix& fix, std::string_view file_text);

struct QuickFix {
  std::string title;  // "Replace `direct` with `employers-group`", "Add `channel: ...`"
  TextEditPlan edit;
};

// The quick fix of `fix` in `file_text`, titled in `language`; nullopt as edit_of.
std::optional<QuickFix> quick_fix(const findings::Fix& fix, std::string_view file_text,
                                  const i18n::Translator& language);

}  // namespace gcsj::lsp
