#include "lsp/completion.hpp"

#include <algorithm>
#include <unordered_set>

#include "figures/figures.hpp"
#include "load/partner_reader.hpp"
#include "lsp/cursor_context.hpp"
#include "lsp/key_meanings.hpp"
#include "lsp/key_values.hpp"

namespace gcsj::lsp {
namespace {

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    if (lower(text[i]) != lower(prefix[i])) return false;
  }
  return true;
}

// The keys of the mapping at `parent` (a key path; "" for the root) in a document of `kind`.
std::vector<std::string> child_keys(std::string_view kind, std::string_view parent) {
  std::vector<std::string> out;
  for (const std::string& path : key_paths_of(kind)) {
    std::string_view rest = path;
    if (!parent.empty()) {
      if (!rest.starts_with(parent) || rest.size() <= parent.size() || rest[parent.size()] != '.')
        continue;
      rest.remove_prefix(parent.size() + 1);
    }
    if (rest.find('.') != std::string_view::npos) continue;
    if (std::find(out.begin(), out.end(), rest) == out.end()) out.emplace_back(rest);
  }
  return out;
}

std::vector<CompletionItem> keys(const EditorContext& context, const CursorContext& at,
                                 std::string_view parent, bool colon_follows) {
  std::vector<CompletionItem> out;
  const i18n::Translator& tr = context.language;
  std::vector<std::string> names = child_keys(at.kind, parent);
  if (at.kind.empty() && parent.empty()) names = {"kind"};
  // A mapping whose keys are values of the format (`government_seats`: the regions).
  if (names.empty() && value_source(at.kind, parent) == ValueSource::enumeration) {
    for (ValueChoice& choice : value_choices(context, at.kind, parent)) {
      if (std::find(at.sibling_keys.begin(), at.sibling_keys.end(), choice.value) !=
          at.sibling_keys.end())
        continue;
      out.push_back({.label = choice.value,
                     .detail = std::move(choice.words),
                     .documentation = {},
                     .kind = CompletionItem::Kind::value,
                     .insert_text = colon_follows ? choice.value : choice.value + ": ",
                     .replace = at.span});
    }
    return out;
  }
  for (const std::string& key : names) {
    if (std::find(at.sibling_keys.begin(), at.sibling_keys.end(), key) != at.sibling_keys.end())
      continue;
    if (at.kind == "partner" && parent.empty() && !load::partner_key_allowed(key, at.category))
      continue;
    const std::string path = parent.empty() ? key : std::string(parent) + "." + key;
    const KeyMeaning* meaning = key_meaning(at.kind, path);
    out.push_back({.label = key,
                   .detail = {},
                   .documentation = meaning ? std::string(tr(meaning->meaning)) : std::string(),
                   .kind = CompletionItem::Kind::key,
                   .insert_text = colon_follows ? key : key + ": ",
                   .replace = at.span});
  }
  return out;
}

std::vector<CompletionItem> values(const EditorContext& context, const CursorContext& at,
                                   std::string_view key_path) {
  std::vector<CompletionItem> out;
  const KeyMeaning* meaning = key_meaning(at.kind, key_path);
  const std::string documentation =
      meaning ? std::string(context.language(meaning->meaning)) : std::string();
  switch (value_source(at.kind, key_path)) {
    case ValueSource::none:
      break;
    case ValueSource::enumeration:
      for (ValueChoice& choice : value_choices(context, at.kind, key_path))
        out.push_back({.label = choice.value,
                       .detail = std::move(choice.words),
                       .documentation = documentation,
                       .kind = CompletionItem::Kind::value,
                       .insert_text = choice.value,
                       .replace = at.span});
      break;
    case ValueSource::country:
      for (ValueChoice& choice : value_choices(context, at.kind, key_path))
        if (starts_with_folded(choice.value, at.token))
          out.push_back({.label = choice.value,
                         .detail = std::move(choice.words),
                         .documentation = {},
                         .kind = CompletionItem::Kind::country,
                         .insert_text = choice.value,
                         .replace = at.span});
      break;
    case ValueSource::partner:
      if (key_path == "sessions.hosts" && starts_with_folded("ilo", at.token))
        out.push_back({.label = "ilo",
                       .detail = "ILO",
                       .documentation = documentation,
                       .kind = CompletionItem::Kind::value,
                       .insert_text = "ilo",
                       .replace = at.span});
      std::unordered_set<std::string_view> offered;
      for (const model::PartnerDigest& partner : context.registry.digests) {
        if (!partner.id || !starts_with_folded(partner.id->value, at.token)) continue;
        const std::string& id = partner.id->value;
        if (!offered.insert(id).second) continue;  // a duplicated id is offered once
        out.push_back({.label = id,
                       .detail = partner.category
                                     ? std::string(context.language(
                                           figures::category_name_term(partner.category->value)))
                                     : std::string(),
                       .documentation = {},
                       .kind = CompletionItem::Kind::partner,
                       .insert_text = id,
                       .replace = at.span});
      }
      break;
  }
  return out;
}

}  // namespace

std::vector<CompletionItem> complete_at(const EditorContext& context, std::string_view text,
                                        int line, int column) {
  const CursorContext at = cursor_context(text, line, column);
  if (at.on_key) return keys(context, at, at.parent_key_path(), at.colon_written);
  const std::string key_path = at.key_path();
  // A partner's own id is new: the ids of the others are what it must not be.
  if (key_path == "id") return {};
  // `- ` in a list of mappings (actions, members, sessions): the keys of a new item.
  if (at.in_list() && value_source(at.kind, key_path) == ValueSource::none &&
      !child_keys(at.kind, key_path).empty())
    return keys(context, at, key_path, false);
  return values(context, at, key_path);
}

}  // namespace gcsj::lsp
