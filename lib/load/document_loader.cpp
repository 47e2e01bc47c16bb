#include "load/document_loader.hpp"

#include <cstdint>
#include <iterator>

#include <fmt/format.h>

#include "load/document_parser.hpp"
#include "load/format_rules.hpp"
#include "load/group_reader.hpp"
#include "load/partner_reader.hpp"
#include "load/value_reader.hpp"

namespace gcsj::load {
namespace {

// Gathers the documents of one piece and hands them on in small batches, so that only a few
// whole partners exist at a time when they are not kept.
class DocumentCollector {
 public:
  DocumentCollector(const DocumentSink& sink, LoadedFile& out) : sink_(sink), out_(out) {}

  // The hash of the document read next, for a partner without an id (model::Partner::anonymous).
  void set_anonymous(std::uint64_t anonymous) { anonymous_ = anonymous; }

  // `nodes`: the document's, of which the model read is about the size.
  void add(model::Partner partner, std::size_t nodes) {
    partner.anonymous = anonymous_;
    partners_.push_back(std::move(partner));
    nodes_ += nodes;
    if (partners_.size() == kBatch || nodes_ >= kBatchNodes) flush();
  }
  void add(model::Group group) { groups_.push_back(std::move(group)); }

  void flush() {
    if (sink_.check && *sink_.check && sink_.registry)
      (*sink_.check)(*sink_.registry, partners_, groups_, out_.findings);
    for (model::Partner& partner : partners_) {
      out_.digests.push_back(model::PartnerDigest::of(partner));
      if (!partner.actions) continue;
      // The ids actions name, for the registry-wide rules: moved when the partner is not kept.
      for (model::Action& action : partner.actions->value) {
        if (!action.with) continue;
        auto& ids = action.with->value;
        if (sink_.keep_partners)
          out_.partner_references.insert(out_.partner_references.end(), ids.begin(), ids.end());
        else
          out_.partner_references.insert(out_.partner_references.end(),
                                         std::make_move_iterator(ids.begin()),
                                         std::make_move_iterator(ids.end()));
      }
    }
    if (sink_.keep_partners)
      std::move(partners_.begin(), partners_.end(), std::back_inserter(out_.partners));
    std::move(groups_.begin(), groups_.end(), std::back_inserter(out_.groups));
    partners_.clear();
    groups_.clear();
    nodes_ = 0;
  }

 private:
  // Partners are judged a batch at a time: 64 partners, or fewer that hold as many nodes as 64
  // large real ones, so that a batch of large documents does not hold 64 of them at once.
  static constexpr std::size_t kBatch = 64;
  static constexpr std::size_t kBatchNodes = 16'384;
  std::size_t nodes_ = 0;
  const DocumentSink& sink_;
  LoadedFile& out_;
  std::vector<model::Partner> partners_;
  std::vector<model::Group> groups_;
  std::uint64_t anonymous_ = 0;
};

// What the findings of a document are about, known before it is read: a partner's id, or for a
// document without one (no `id`, no `kind`, not a mapping) a hash of its content. Empty for a
// coordinating-group document, whose findings are about the member entry they lie in (found from
// their place once the Group is read, config/subjects.hpp).
findings::Subject document_subject(const Node& document, std::uint64_t& hash) {
  findings::Subject subject;
  if (document.is_mapping()) {
    const Entry* kind = find_entry(document, "kind");
    if (kind && kind->value.is_scalar() && kind->value.text == "coordinating-group") return subject;
    const Entry* id = find_entry(document, "id");
    // The id as read_partner reads it (a plain `123` or `true` is not one).
    if (kind && kind->value.is_scalar() && kind->value.text == "partner" && id &&
        reads_as_string(id->value) && !id->value.text.empty()) {
      subject.partner = id->value.text;
      return subject;
    }
  }
  hash = content_hash(document);
  subject.anonymous = fmt::format("{:016x}", hash);
  return subject;
}

void read_document(const Node& document, DocumentCollector& collector, ValueReader& reader);

// Reads a document with its findings' subject: those the parser found in it (from
// `first_finding` on) and those of reading it.
void read_document(const Node& document, std::size_t first_finding, DocumentCollector& collector,
                   ValueReader& reader, findings::FindingList& out) {
  std::uint64_t hash = 0;
  const findings::Subject subject = document_subject(document, hash);
  if (subject.empty()) {
    read_document(document, collector, reader);
    return;
  }
  collector.set_anonymous(hash);
  out.set_subject_of([&subject](const model::Location&) { return subject; });
  read_document(document, collector, reader);
  out.set_subject_of({});
  collector.set_anonymous(0);
  out.set_subjects_from(first_finding, subject);
}

void read_document(const Node& document, DocumentCollector& collector, ValueReader& reader) {
  using i18n::arg;
  using i18n::msg;
  if (!document.is_mapping()) {
    reader.report(format::kWrongType, document.where,
                  msg("a document must be a mapping with a `kind`, not {actual}",
                      arg("actual", describe(document))));
    return;
  }
  const Entry* kind = find_entry(document, "kind");
  if (!kind) {
    reader.report(format::kMissingKind, document.where, msg("the document has no `kind`"),
                  msg("add `kind: partner` or `kind: coordinating-group`"));
    return;
  }
  if (!kind->value.is_scalar()) {
    if (!kind->value.is_invalid())
      reader.report(format::kWrongType, kind->value.where,
                    msg("`{key}` must be `partner` or `coordinating-group`, not {actual}",
                        arg("key", "kind"), arg("actual", describe(kind->value))));
    return;
  }
  if (kind->value.text == "partner") {
    collector.add(read_partner(document, reader), count_nodes(document));
  } else if (kind->value.text == "coordinating-group") {
    collector.add(read_group(document, reader));
  } else {
    reader.report(format::kInvalidValue, kind->value.where,
                  msg("{value} is not a kind of document", arg("value", describe(kind->value))),
                  msg("expected `partner` or `coordinating-group`"));
  }
}

}  // namespace

void append(LoadedFile& to, LoadedFile&& from) {
  move_all(to.partners, from.partners);
  move_all(to.digests, from.digests);
  move_all(to.partner_references, from.partner_references);
  move_all(to.groups, from.groups);
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
        read_document(document, first_finding, collector, reader, result.loaded.findings);
      },
      result.loaded.findings, first_line);
  collector.flush();
  return result;
}

}  // namespace gcsj::load
