#pragma once
// Go to definition: from a partner id (in `partner:`, `with:`, a Forum session's `hosts` or an
// initiative's `partner`) to the start of that partner's document.

#include <optional>
#include <string_view>

#include "lsp/editor_context.hpp"
#include "model/location.hpp"

namespace gcsj::lsp {

// Where the partner named under the 1-based `line` and code-point `column` of `text` is
// defined (its digest's `where`: file, line, column); nullopt when the cursor is on no partner
// id, or on one the registry does not hold.
std::optional<model::Location> definition_at(const EditorContext& context, std::string_view text,
                                             int line, int column);

}  // namespace gcsj::lsp
