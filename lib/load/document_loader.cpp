#include "load/document_loader.hpp"

#include <cstdint>
#include <iterator>

#include <fmt/format.h>

#include "load/document_parser.hpp"
#include "load/format_rules.hpp"
#include "load/value_reader.hpp"

namespace gcsj::load {
namespace {

// Gathers the documents of one piece and hands them on in small batches, so that only a few
// whole partners exist at a time when they are not kept.
class DocumentCollector {
 public:
  DocumentCollector(const DocumentSink& sink, LoadedFile& out) : sink_(sink), out_(out) {}

  // The hash of the document read next, when its findings are about its content
  // (model::Partner::anonymous).
  void set_anonymous(std::uint64_t anonymous) { anonymous_ = anonymous; }

  // Reads `document` with the reader of its kind.
  void add(const DocumentKind& kind, const Node& document, ValueReader& reader) {
    kind.read(document, reader, anonymous_, batch_);
    // The document's nodes, of which the model read is about the size.
    nodes_ += count_nodes(document);
    if (++count_ == kBatch || nodes_ >= kBatchNodes) flush();
  }

  void flush() {
    if (sink_.check && *sink_.check && sink_.registry)
      (*sink_.check)(*sink_.registry, batch_, out_.findings);
    for (const DocumentKind& kind : sink_.kinds)
      if (kind.keep) kind.keep(batch_, out_, sink_.keep_partners);
    out_.kept.absorb(batch_);
    count_ = 0;
    nodes_ = 0;
  }

 private:
  // Documents are judged a batch at a time: 64 documents, or fewer that hold as many nodes as 64
  // large real partners, so that a batch of large documents does not hold 64 of them at once.
  static constexpr std::size_t kBatch = 64;
  static constexpr std::size_t kBatchNodes = 16'384;
  std::size_t count_ = 0;
  std::size_t nodes_ = 0;
  const DocumentSink& sink_;
  LoadedFile& out_;
  model::Documents batch_;
  std::uint64_t anonymous_ = 0;
};

// The row of the document's `kind`, when it names one.
const DocumentKind* kind_of(const Node& document, DocumentKinds kinds) {
  if (!document.is_mapping()) return nullptr;
  const Entry* kind = find_entry(document, "kind");
  if (!kind || !kind->value.is_scalar()) return nullptr;
  return find_kind(kinds, kind->value.text);
}

// What the findings of a document are about, known before it is read: a partner's id, or for a
// document without one (no `id`, no `kind`, not a mapping) a hash of its content. Empty for a
// coordinating-group document, whose findings are about the member entry they lie in (found from
// their place once the Group is read, config/subjects.hpp).
findings::Subject document_subject(const Node& document, const DocumentKind* kind,
                                   std::uint64_t& hash) {
  findings::Subject subject;
  if (kind && kind->about == FindingsAbout::member_entries) return subject;
  if (kind && kind->about == FindingsAbout::partner_id) {
    const Entry* id = find_entry(document, "id");
    // The id as read_partner reads it (a plain `123` or `true` is not one).
    if (id && reads_as_string(id->value) && !id->value.text.empty()) {
      subject.partner = id->value.text;
      return subject;
    }
  }
  hash = content_hash(document);
  subject.anonymous = fmt::format("{:016x}", hash);
  return subject;
}

void read_document(const Node& document, const DocumentKind* kind, DocumentCollector& collector,
                   ValueReader& reader, DocumentKinds kinds);

// Reads a document with its findings' subject: those the parser found in it (from
// `first_finding` on) and those of reading it.
void read_document(const Node& document, std::size_t first_finding, DocumentCollector& collector,
                   ValueReader& reader, findings::FindingList& out, DocumentKinds kinds) {
  const DocumentKind* kind = kind_of(document, kinds);
  std::uint64_t hash = 0;
  const findings::Subject subject = document_subject(document, kind, hash);
  if (subject.empty()) {
    read_document(document, kind, collector, reader, kinds);
    return;
  }
  collector.set_anonymous(hash);
  out.set_subject_of([&subject](const model::Location&) { return subject; });
  read_document(document, kind, collector, reader, kinds);
  out.set_subject_of({});
  collector.set_anonymous(0);
  out.set_subjects_from(first_finding, subject);
}

// `kind`: the row kind_of() found.
void read_document(const Node& document, const DocumentKind* kind, DocumentCollector& collector,
                   ValueReader& reader, DocumentKinds kinds) {
  using i18n::arg;
  using i18n::msg;
  if (kind) {
    collector.add(*kind, document, reader);
    return;
  }
  if (!document.is_mapping()) {
    reader.report(format::kWrongType, document.where,
                  msg("a document must be a mapping with a `kind`, not {actual}",
                      arg("actual", describe(document))));
    return;
  }
  const Entry* named = find_entry(document, "kind");
  if (!named) {
    reader
        .report(format::kMissingKind, document.where, msg("the document has no `kind`"),
                msg("add {kinds}", arg("kinds", kind_names(kinds, "kind: "))))
        .missing_key = "kind";
    return;
  }
  if (!named->value.is_scalar()) {
    if (!named->value.is_invalid())
      reader.report(format::kWrongType, named->value.where,
                    msg("`{key}` must be {kinds}, not {actual}", arg("key", "kind"),
                        arg("kinds", kind_names(kinds)), arg("actual", describe(named->value))));
    return;
  }
  reader.report(format::kInvalidValue, named->value.where,
                msg("{value} is not a kind of document", arg("value", describe(named->value))),
                msg("expected {kinds}", arg("kinds", kind_names(kinds))));
}

}  // namespace

void append(LoadedFile& to, LoadedFile&& from) {
  to.kept.absorb(from.kept);
  move_all(to.digests, from.digests);
  move_all(to.partner_references, from.partner_references);
  move_all(to.findings, from.findings);
  to.documents += from.documents;
}

PieceResult load_piece(model::FileId file, std::string& text, int first_line,
                       const DocumentSink& sink) {
  PieceResult result;
  if (auto problem = prepare_text(text)) {
    problem->line += first_line - 1;
    result.encoding = std::move(problem);
    return result;
  }
  ValueReader reader(result.loaded.findings);
  DocumentCollector collector(sink, result.loaded);
  result.loaded.documents = parse_documents(
      file, text,
      [&](const Node& document, std::size_t first_finding) {
        read_document(document, first_finding, collector, reader, result.loaded.findings,
                      sink.kinds);
      },
      result.loaded.findings, first_line);
  collector.flush();
  return result;
}

}  // namespace gcsj::load
