#pragma once
// The kinds of registry document, one row each: the value of `kind` that names it, its JSON
// Schema, its reader, where its documents go, whether a registry may hold several, and what
// their findings are about. The loader dispatches on the rows, the messages that list the kinds
// are built from them, and `gcsj schema` and `gcsj init` list them: a new kind is its row here,
// its model (lib/model), its reader and its rules (ARCHITECTURE.md, "Adding a document kind").
//
// The table is data handed to the load (LoadRequest::kinds, the built-in table by default), so a
// test can load a kind that exists only in the test.

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "i18n/message.hpp"
#include "model/documents.hpp"
#include "model/registry.hpp"

namespace gcsj::load {

struct Node;
class ValueReader;
struct LoadedFile;

// What the findings of a document are about (findings::Subject), known before it is read.
enum class FindingsAbout {
  content,         // a hash of the document's content (its own, not the document's before it)
  partner_id,      // the partner its `id` names when it reads as one, else a hash of its content
  member_entries,  // the entry they lie in, found from their place once it is read (the Group)
};

struct DocumentKind {
  std::string_view name;    // the value of `kind`
  std::string_view schema;  // its JSON Schema (data/schema/NAME.schema.json); "" when none
  // False: a registry holds one; a registry rule reports the others (one-coordinating-group), and
  // one named on the command line replaces that of the --registry context (prefer_selected).
  bool several = true;
  FindingsAbout about = FindingsAbout::content;
  // Reads `document` into its list of `batch` (model::Documents::of); `anonymous` is the hash its
  // findings are about when they are about its content (model::Partner::anonymous).
  void (*read)(const Node& document, ValueReader& reader, std::uint64_t anonymous,
               model::Documents& batch) = nullptr;
  // Once a batch is judged: what the load keeps of the kind's documents besides themselves (a
  // partner's digest and references), and whether it keeps them whole (`whole`: when the load
  // keeps partners). Null: kept whole.
  void (*keep)(model::Documents& batch, LoadedFile& out, bool whole) = nullptr;
  // Moves the kept documents of a file to their place in `registry`. Null: they stay in
  // `registry.other_documents`.
  void (*put)(model::Documents& kept, model::Registry& registry) = nullptr;
  // For a kind of which a registry holds one: drops those of files read only as context when a
  // file asked about holds one (null when `several`).
  void (*prefer_selected)(model::Registry& registry) = nullptr;
};

using DocumentKinds = std::span<const DocumentKind>;

// The built-in kinds of the registry format, in order (`partner` and `coordinating-group` first).
DocumentKinds document_kinds();

// The row of `name`, or null.
const DocumentKind* find_kind(DocumentKinds kinds, std::string_view name);

// The kinds, as the format rules' messages list them: "`partner` or `coordinating-group`", and
// with `prefix` before each name ("`kind: partner` or `kind: coordinating-group`").
i18n::Message kind_names(DocumentKinds kinds, std::string_view prefix = "");

// Of each kind of which a registry holds one, keeps only those of the files asked about when
// there are any: a coordinating-group document named on the command line is a proposed roster
// to be judged against the registry's partners, not a second Group.
void prefer_selected(model::Registry& registry, DocumentKinds kinds);

// Helpers for a row of a kind kept in a list of `model::Registry` (Member: `&Registry::groups`),
// read by `Read`, of which a registry holds several or one.
template <class T, T (*Read)(const Node&, ValueReader&)>
void read_into(const Node& document, ValueReader& reader, std::uint64_t /*anonymous*/,
               model::Documents& batch) {
  batch.of<T>().push_back(Read(document, reader));
}

template <auto Member>
void put_into(model::Documents& kept, model::Registry& registry) {
  auto& into = registry.*Member;
  using T = typename std::remove_cvref_t<decltype(into)>::value_type;
  auto& items = kept.of<T>();
  into.insert(into.end(), std::make_move_iterator(items.begin()),
              std::make_move_iterator(items.end()));
  std::vector<T>().swap(items);
}

// Keeps of `items` those of the files asked about when there are any.
template <class Items>
void keep_selected(Items& items, const model::Registry& registry) {
  const auto selected = [&](const auto& item) { return registry.file(item.where.file).selected; };
  if (std::any_of(items.begin(), items.end(), selected))
    std::erase_if(items, [&](const auto& item) { return !selected(item); });
}

// prefer_selected of a kind kept in a list of `model::Registry` (`&Registry::groups`)...
template <auto Member>
void prefer_selected_in(model::Registry& registry) {
  keep_selected(registry.*Member, registry);
}

// ... or in `registry.other_documents`.
template <class T>
void prefer_selected_of(model::Registry& registry) {
  keep_selected(registry.other_documents.of<T>(), registry);
}

}  // namespace gcsj::load
