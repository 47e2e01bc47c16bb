#pragma once
// One piece of a file to model: its encoding checked, its documents parsed, each read by the
// reader of its kind (document_kinds.hpp), and handed to the document check a batch at a time.
// Pieces touch nothing shared, so they load in parallel.

#include <deque>
#include <functional>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "findings/finding_list.hpp"
#include "i18n/message.hpp"
#include "load/document_kinds.hpp"
#include "load/source_text.hpp"
#include "model/documents.hpp"
#include "model/registry.hpp"

namespace gcsj::load {

// Judges documents as they are read (the document rules of `gcsj validate`): `batch` holds a few
// documents, a list per kind. It runs on the loading threads and may read only `registry.files`
// and `registry.complete`: the rest of the registry is still being loaded.
using DocumentCheck = std::function<void(
    const model::Registry& registry, const model::Documents& batch, findings::FindingList& out)>;

// What becomes of documents once read: read by the rows of `kinds`, judged by `check`, then kept
// whole or (partners) as digests.
struct DocumentSink {
  const model::Registry* registry = nullptr;
  const DocumentCheck* check = nullptr;
  bool keep_partners = true;
  DocumentKinds kinds = document_kinds();
};

// What a piece, or a whole file, holds.
struct LoadedFile {
  // The documents kept whole, a list per kind (partners only when the load keeps partners).
  model::Documents kept;
  std::deque<model::PartnerDigest> digests;
  std::vector<model::Located<std::string>> partner_references;
  findings::FindingList findings;
  int documents = 0;  // non-empty YAML documents
};

// Moves every item of `items` to the end of `into` (a vector or a deque), and frees `items` at
// once, so the two never hold a large registry's digests twice.
template <class Container>
void move_all(Container& into, Container& items) {
  if (into.empty()) {
    into.swap(items);
    return;
  }
  into.insert(into.end(), std::make_move_iterator(items.begin()),
              std::make_move_iterator(items.end()));
  Container().swap(items);
}

// Moves every item of `items` to the end of `into`, a container of another kind (a vector's
// partners into the registry's deque), and frees `items` at once.
template <class Into, class Items>
void move_all(Into& into, Items& items) {
  into.insert(into.end(), std::make_move_iterator(items.begin()),
              std::make_move_iterator(items.end()));
  Items().swap(items);
}

inline void move_all(findings::FindingList& into, findings::FindingList& items) {
  into.absorb(std::move(items));
}

// Appends everything of `from` to `to`.
void append(LoadedFile& to, LoadedFile&& from);

struct PieceResult {
  LoadedFile loaded;
  std::optional<EncodingProblem> encoding;  // set: the file is not UTF-8 text YAML accepts
  i18n::Message unreadable;                 // non-empty: the piece could not be read (why)
};

// Loads `text`, a piece of file `file` starting on line `first_line`. `text` is changed in place
// (a byte order mark is dropped).
PieceResult load_piece(model::FileId file, std::string& text, int first_line,
                       const DocumentSink& sink);

}  // namespace gcsj::load
