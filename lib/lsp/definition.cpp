#include "lsp/definition.hpp"

#include "lsp/cursor_context.hpp"
#include "lsp/key_values.hpp"
#include "lsp/partner_lookup.hpp"

namespace gcsj::lsp {

std::optional<model::Location> definition_at(const EditorContext& context, std::string_view text,
                                             int line, int column) {
  const CursorContext at = cursor_context(text, line, column);
  // A partner's own `id:` is where it is defined already: only the keys that refer to one.
  if (at.on_key || at.token.empty() || at.key_path() == "id" ||
      value_source(at.kind, at.key_path()) != ValueSource::partner)
    return std::nullopt;
  const model::PartnerDigest* partner = find_partner(context.registry, at.token);
  if (!partner) return std::nullopt;
  return partner->where;
}

}  // namespace gcsj::lsp
