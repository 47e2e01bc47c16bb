#include "load/registry_loader.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <system_error>

#include "load/file_plan.hpp"
#include "load/format_rules.hpp"
#include "load/piece_cutter.hpp"
#include "util/file_io.hpp"
#include "util/memory_budget.hpp"
#include "util/parallel.hpp"
#include "util/regular_file.hpp"

namespace gcsj::load {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;

// How one file is to be read: its pieces, from the file itself or from text held in memory
// (standard input, a pipe), or the one finding that refuses it.
struct FileWork {
  const PlannedFile* planned = nullptr;
  std::string_view memory;           // the text, when it is not read from the file
  std::string owned;                 // a pipe's text, read while planning
  std::shared_ptr<const void> held;  // what holds `memory` when a FileSource read it
  std::string path;                  // the regular file its pieces are read from
  std::uint64_t size = 0;
  std::vector<Piece> pieces;
  std::optional<LoadedFile> refused;
};

LoadedFile refused(const findings::Rule& rule, model::Location where, i18n::Message message,
                   i18n::Message hint = {}) {
  LoadedFile loaded;
  loaded.findings.add(rule, where, std::move(message), std::move(hint));
  return loaded;
}

// A file holding more partner documents than this is an input-limit finding; the partners after
// the limit are not read (a real registry holds hundreds; the benchmarks, 100,000 in one file).
constexpr std::size_t kMaxPartnersPerFile = 200'000;

// The longest piece read (see load_planned_piece).
constexpr std::size_t kMaxPieceBytes = std::size_t{16} << 20;

// What loading a piece may hold at its peak, in bytes, at worst: its text (read, then seen by
// yaml-cpp's stream) and, of its largest document, the tree and the model being built. A document
// costs at most kWorstBytesPerDocumentByte bytes for each of its bytes (a list of `{}` actions:
// three bytes, a tree node and an action each) and at most kWorstDocumentBytes, what the largest
// document the node limit admits costs (bench/hostile_memory.py measures both).
constexpr std::uint64_t kTextCopies = 3;
constexpr std::uint64_t kWorstBytesPerDocumentByte = 256;
constexpr std::uint64_t kWorstDocumentBytes = std::uint64_t{160} << 20;

std::uint64_t piece_cost(const Piece& piece) {
  if (piece.length > kMaxPieceBytes) return 0;  // refused unread
  return kTextCopies * piece.length +
         std::min(kWorstDocumentBytes, kWorstBytesPerDocumentByte * piece.largest);
}

// The pieces parsed at once, on any number of threads, hold at most this much by piece_cost (or
// the one piece that costs more): a file of large documents is parsed a few pieces at a time,
// the 1 MiB pieces of small documents (about 4 MiB each) many at a time.
constexpr std::uint64_t kLoadBudget = std::uint64_t{128} << 20;

// After a piece that may have cost this much, the memory it freed is given back to the system:
// glibc keeps what a thread frees in that thread's arena, so pieces parsed one at a time on
// different threads would otherwise leave each arena as large as the largest piece it parsed.
constexpr std::uint64_t kTrimAfterBytes = std::uint64_t{32} << 20;

// Loads a piece holding its cost in `budget`.
template <class Load>
PieceResult within_budget(util::MemoryBudget& budget, std::uint64_t cost, Load&& load) {
  const util::MemoryBudget::Hold hold(budget, cost);
  PieceResult result = load();
  if (cost >= kTrimAfterBytes) ::malloc_trim(0);
  return result;
}

LoadedFile too_large(model::FileId file) {
  return refused(format::kInputLimit, {file, 1, 1}, msg("the file is larger than 256 MiB"));
}

// The reasons a file could not be read, as its unreadable-file finding gives them.
i18n::Message cannot_open(const util::Error& error) {
  return msg("the file cannot be read: {reason}", arg("reason", error.message));
}
i18n::Message read_error(int error_number) {
  return msg("read error: {reason}", arg("reason", std::generic_category().message(error_number)));
}
i18n::Message changed_while_read() {
  return msg("the file changed while it was being read");
}

// The pieces of a regular file over one piece long, found by reading it once without keeping it;
// the reason it cannot be read when it cannot.
std::optional<i18n::Message> cut_file(const util::OpenFile& file, std::uint64_t size,
                                      std::vector<Piece>& pieces) {
  PieceCutter cutter(kPieceBytes);
  std::string block(kPieceBytes, '\0');
  std::uint64_t total = 0;
  for (;;) {
    const ssize_t got = ::pread(file.fd(), block.data(), block.size(), static_cast<off_t>(total));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return read_error(errno);
    if (got == 0) break;
    total += static_cast<std::uint64_t>(got);
    cutter.feed(std::string_view(block.data(), static_cast<std::size_t>(got)));
  }
  if (total != size) return changed_while_read();
  pieces = cutter.finish();
  return std::nullopt;
}

// `length` bytes from `offset` of a regular file that must still be `size` bytes long, into
// `text`: a file that changed since it was planned is refused, not read as a mix of two versions.
// The reason it cannot be read when it cannot.
std::optional<i18n::Message> read_range(const std::string& path, std::uint64_t offset,
                                        std::size_t length, std::uint64_t size, std::string& text) {
  const auto file = util::open_regular_file(path);
  if (!file) return cannot_open(file.error());
  if (file->size() != size) return changed_while_read();
  text.assign(length, '\0');
  for (std::size_t done = 0; done < length;) {
    const ssize_t got =
        ::pread(file->fd(), text.data() + done, length - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return read_error(errno);
    if (got == 0) return changed_while_read();
    done += static_cast<std::size_t>(got);
  }
  return std::nullopt;
}

// Plans how file `id` is read.
FileWork plan_work(model::FileId id, const PlannedFile& file, const LoadRequest& request) {
  FileWork work;
  work.planned = &file;
  if (file.refusal) {
    work.refused =
        refused(file.refusal.skipped() ? format::kSymlinkSkipped : format::kUnreadableFile,
                {id, 1, 1}, file.refusal.message());
    return work;
  }
  if (file.source == PlannedFile::Source::blob) {
    // Its size is known before it is read: a blob over the limit is never read.
    if (file.size > kMaxFileBytes) {
      work.refused = too_large(id);
      return work;
    }
    auto text = request.source ? request.source->read(file)
                               : util::Expected<HeldText>(util::Error{"no source to read it from"});
    if (!text) {
      work.refused = refused(format::kUnreadableFile, {id, 1, 1}, cannot_open(text.error()));
      return work;
    }
    work.held = std::move(text->owner);
    work.memory = text->text;
    work.size = work.memory.size();
    work.pieces = cut_into_pieces(work.memory, kPieceBytes);
    return work;
  }
  const bool spooled_stdin =
      file.source == PlannedFile::Source::standard_input && request.stdin_file;
  if (file.source != PlannedFile::Source::file && !spooled_stdin) {
    if (file.source == PlannedFile::Source::standard_input) {
      work.memory = "";  // no copy of standard input was given: it reads as empty
    } else {
      // Opened without waiting for a writer: a named pipe nobody writes to reads as empty rather
      // than hanging the check; one that is written to (as `<(command)` is) is read to its end.
      auto text = util::read_bounded(file.path, kMaxFileBytes);
      if (!text) {
        work.refused = refused(format::kUnreadableFile, {id, 1, 1}, cannot_open(text.error()));
        return work;
      }
      work.owned = std::move(*text);
      work.memory = work.owned;
    }
    if (work.memory.size() > kMaxFileBytes) {
      work.refused = too_large(id);
      return work;
    }
    work.size = work.memory.size();
    work.pieces = cut_into_pieces(work.memory, kPieceBytes);
    return work;
  }
  // Opened without following a link or waiting: what was listed as a regular file may have
  // become a link, a pipe or a device since.
  const std::string& path = spooled_stdin ? *request.stdin_file : file.path;
  const auto opened = util::open_regular_file(path);
  if (!opened) {
    work.refused = refused(format::kUnreadableFile, {id, 1, 1}, cannot_open(opened.error()));
    return work;
  }
  work.size = opened->size();
  work.path = path;
  if (work.size > kMaxFileBytes) {
    work.refused = too_large(id);
    return work;
  }
  if (work.size <= kPieceBytes) {
    work.pieces = {
        Piece{0, static_cast<std::size_t>(work.size), 1, static_cast<std::size_t>(work.size)}};
    return work;
  }
  if (auto unreadable = cut_file(*opened, work.size, work.pieces))
    work.refused = refused(format::kUnreadableFile, {id, 1, 1}, std::move(*unreadable));
  return work;
}

// Reads and loads one piece of a planned file; failing to read it is kept as its reason.
PieceResult load_planned_piece(model::FileId id, const FileWork& work, const Piece& piece,
                               const DocumentSink& sink) {
  // A piece ends at the first `---` line past 1 MiB: one this long holds a document of more than
  // 15 MiB (a partner takes a few KiB). yaml-cpp holds such a document several times over, so
  // it is refused unread, and memory stays bounded whatever a file of 256 MiB holds.
  if (piece.length > kMaxPieceBytes) {
    PieceResult refused_piece;
    refused_piece.loaded.findings.add(
        format::kInputLimit, {id, piece.first_line, 1},
        msg("a document of more than {size} MiB begins within the next MiB of the file; it is not "
            "read",
            arg("size", (kMaxPieceBytes - kPieceBytes) >> 20)),
        msg("a registry document holds one partner or the Group: a few KiB"));
    return refused_piece;
  }
  std::string text;
  if (!work.path.empty()) {
    if (auto unreadable = read_range(work.path, piece.offset, piece.length, work.size, text)) {
      PieceResult unread;
      unread.unreadable = std::move(*unreadable);
      return unread;
    }
  } else {
    text.assign(work.memory.substr(piece.offset, piece.length));
  }
  return load_piece(id, text, piece.first_line, sink);
}

// The pieces of one file, put together in order as they arrive, each freed as soon as it is
// folded in (so a large file's results do not wait whole for its last piece). A piece that could
// not be read, or that is not UTF-8 text, refuses the whole file.
class FileAssembly {
 public:
  FileAssembly(model::FileId id, std::size_t pieces) : id_(id), waiting_(pieces) {}

  // Not thread-safe: the caller serialises calls.
  void add(std::size_t index, PieceResult piece) {
    waiting_[index] = std::move(piece);
    for (; next_ < waiting_.size() && waiting_[next_]; ++next_) {
      PieceResult ready = std::move(*waiting_[next_]);
      waiting_[next_].reset();
      if (refusal_) continue;
      if (!ready.unreadable.empty())
        refusal_ = refused(format::kUnreadableFile, {id_, 1, 1}, std::move(ready.unreadable));
      else if (ready.encoding)
        refusal_ = refused(format::kEncoding, {id_, ready.encoding->line, ready.encoding->column},
                           std::move(ready.encoding->message), std::move(ready.encoding->hint));
      else
        fold(std::move(ready.loaded));
    }
  }

  // Every piece is added.
  bool complete() const { return next_ == waiting_.size(); }

  // Once every piece is added.
  LoadedFile finish() {
    if (refusal_) return std::move(*refusal_);
    if (beyond_limit_ > 0)
      loaded_.findings.add(
          format::kInputLimit, first_beyond_,
          msg_n("the file holds {documents} and gcsj reads at most {limit} of one file: this one "
                "and the {count} after it are not read",
                "the file holds {documents} and gcsj reads at most {limit} of one file: this one "
                "and the {count} after it are not read",
                beyond_limit_ - 1,
                arg("documents", msg_n("{count} partner document", "{count} partner documents",
                                       kMaxPartnersPerFile + beyond_limit_)),
                arg("limit", kMaxPartnersPerFile)),
          msg("split the registry into files of fewer partners"));
    if (loaded_.documents == 0 && loaded_.findings.empty())
      loaded_.findings.add(format::kEmptyFile, {id_, 1, 1}, msg("the file holds no YAML document"));
    return std::move(loaded_);
  }

 private:
  model::FileId id_;
  std::vector<std::optional<PieceResult>> waiting_;
  // Appends a piece, keeping at most kMaxPartnersPerFile partners: what a registry keeps of each
  // partner is small, but a file of millions of two-line partner documents would fill memory.
  void fold(LoadedFile&& piece) {
    const std::size_t room = kMaxPartnersPerFile - std::min(kMaxPartnersPerFile, kept_);
    if (piece.digests.size() > room) {
      if (beyond_limit_ == 0) first_beyond_ = piece.digests[room].where;
      beyond_limit_ += piece.digests.size() - room;
      piece.digests.resize(room);
      auto& partners = piece.kept.of<model::Partner>();
      if (partners.size() > room) partners.resize(room);
    }
    kept_ += piece.digests.size();
    append(loaded_, std::move(piece));
  }

  std::size_t next_ = 0;
  LoadedFile loaded_;
  std::optional<LoadedFile> refusal_;
  std::size_t kept_ = 0;          // partners kept
  std::size_t beyond_limit_ = 0;  // partners past the limit, not kept
  model::Location first_beyond_;
};

// Files planned and read at once before their results are merged: enough that threads rarely
// wait for each other at the end of a window, few enough that the results waiting to merge stay
// small.
constexpr std::size_t kFileWindow = 512;
// Blobs (a git revision's files) are held in memory while their window is parsed: a window holds
// at most this many bytes of them, or one blob (up to the file limit).
constexpr std::uint64_t kWindowBlobBytes = std::uint64_t{64} << 20;

// The number of files of the window starting at `files[0]`.
std::size_t window_length(std::span<const PlannedFile> files) {
  std::uint64_t blob_bytes = 0;
  std::size_t n = 0;
  for (; n < files.size() && n < kFileWindow; ++n) {
    if (files[n].source != PlannedFile::Source::blob || files[n].size > kMaxFileBytes) continue;
    blob_bytes += files[n].size;
    if (blob_bytes > kWindowBlobBytes && n > 0) break;
  }
  return std::max<std::size_t>(n, 1);
}

// Puts each kind's documents in their place in the registry (DocumentKind::put), and those of a
// kind without one in `registry.other_documents`.
void merge(model::FileId file, LoadedFile loaded, model::Registry& registry,
           findings::FindingList& out, DocumentKinds kinds) {
  registry.files[file].partner_documents += static_cast<int>(loaded.digests.size());
  for (const DocumentKind& kind : kinds)
    if (kind.put) kind.put(loaded.kept, registry);
  registry.other_documents.absorb(loaded.kept);
  move_all(registry.digests, loaded.digests);
  move_all(registry.partner_references, loaded.partner_references);
  move_all(out, loaded.findings);
}

// Loads the planned files `begin` to `end` (ids `first_id` on): their pieces are planned, then
// read and parsed on `jobs` threads, each thread taking the next piece of any file.
std::vector<LoadedFile> load_window(std::span<const PlannedFile> files, model::FileId first_id,
                                    const LoadRequest& request, const DocumentSink& sink) {
  std::vector<FileWork> work(files.size());
  util::parallel_for(files.size(), request.jobs, [&](std::size_t i) {
    work[i] = plan_work(first_id + static_cast<model::FileId>(i), files[i], request);
  });
  struct PieceRef {
    std::size_t file;
    std::size_t piece;
  };
  std::vector<PieceRef> refs;
  std::vector<FileAssembly> assemblies;
  assemblies.reserve(files.size());
  util::Progress& progress = util::progress_or_none(request.progress);
  std::size_t read_already = 0;  // refused, or without a piece to parse
  for (std::size_t f = 0; f < work.size(); ++f) {
    const auto id = first_id + static_cast<model::FileId>(f);
    assemblies.emplace_back(id, work[f].refused ? 0 : work[f].pieces.size());
    if (work[f].refused || work[f].pieces.empty()) ++read_already;
    if (work[f].refused) continue;
    for (std::size_t p = 0; p < work[f].pieces.size(); ++p) refs.push_back({f, p});
  }
  if (read_already > 0) progress.advance(util::Stage::files_read, read_already);
  std::mutex assembling;
  util::MemoryBudget budget(kLoadBudget);
  util::parallel_for(refs.size(), request.jobs, [&](std::size_t i) {
    const PieceRef ref = refs[i];
    const auto id = first_id + static_cast<model::FileId>(ref.file);
    const Piece& planned = work[ref.file].pieces[ref.piece];
    PieceResult piece = within_budget(budget, piece_cost(planned), [&] {
      return load_planned_piece(id, work[ref.file], planned, sink);
    });
    const std::lock_guard lock(assembling);
    assemblies[ref.file].add(ref.piece, std::move(piece));
    if (assemblies[ref.file].complete()) progress.advance(util::Stage::files_read);
  });
  std::vector<LoadedFile> loaded(files.size());
  for (std::size_t f = 0; f < work.size(); ++f)
    loaded[f] = work[f].refused ? std::move(*work[f].refused) : assemblies[f].finish();
  return loaded;
}

}  // namespace

model::SourceFile source_file_of(const PlannedFile& file, const LoadRequest& request) {
  model::SourceFile source;
  source.path = file.display;
  if (file.path != file.display) source.open_path = file.path;
  source.is_stdin = file.source == PlannedFile::Source::standard_input;
  source.held = file.source == PlannedFile::Source::blob;
  source.is_pipe = file.source == PlannedFile::Source::pipe;
  source.selected = file.selected;
  if (source.is_stdin && request.stdin_file) source.open_path = *request.stdin_file;
  return source;
}

std::vector<LoadedFile> load_planned_files(std::span<const PlannedFile> files,
                                           model::FileId first_id, const LoadRequest& request,
                                           const model::Registry& registry) {
  const DocumentSink sink{&registry, &request.check_documents, request.keep_partners,
                          request.kinds};
  std::vector<LoadedFile> loaded;
  loaded.reserve(files.size());
  for (std::size_t begin = 0; begin < files.size();) {
    const auto window = files.subspan(begin, window_length(files.subspan(begin)));
    for (LoadedFile& file :
         load_window(window, first_id + static_cast<model::FileId>(begin), request, sink))
      loaded.push_back(std::move(file));
    begin += window.size();
  }
  return loaded;
}

void merge_loaded(model::FileId file, LoadedFile loaded, model::Registry& registry,
                  findings::FindingList& out, DocumentKinds kinds) {
  merge(file, std::move(loaded), registry, out, kinds);
}

LoadedFile load_file_text(model::FileId file, std::string_view text, unsigned jobs,
                          std::size_t piece_bytes) {
  if (text.size() > kMaxFileBytes) return too_large(file);
  const std::vector<Piece> pieces = cut_into_pieces(text, piece_bytes);
  FileAssembly assembly(file, pieces.size());
  std::mutex assembling;
  util::MemoryBudget budget(kLoadBudget);
  util::parallel_for(pieces.size(), jobs, [&](std::size_t i) {
    PieceResult result = within_budget(budget, piece_cost(pieces[i]), [&] {
      std::string piece(text.substr(pieces[i].offset, pieces[i].length));
      return load_piece(file, piece, pieces[i].first_line, DocumentSink{});
    });
    const std::lock_guard lock(assembling);
    assembly.add(i, std::move(result));
  });
  return assembly.finish();
}

void load_text(model::FileId file, std::string_view text, model::Registry& registry,
               findings::FindingList& out) {
  merge(file, load_file_text(file, text, 1), registry, out, document_kinds());
}

util::Expected<LoadResult> load_registry(const LoadRequest& request) {
  // glibc raises its mmap threshold to the size of the first large block freed (up to 32 MiB),
  // after which a large piece's blocks come from the heap of the thread that parsed it and stay
  // there once freed: pieces parsed one at a time on many threads would leave every heap as large
  // as the largest piece. Large blocks stay mapped blocks, given back when freed.
  ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  PlanOptions options;
  options.walk = {request.exclude, request.follow_symlinks};
  options.allow_empty = request.allow_empty;
  auto plan = request.source ? request.source->plan(options)
                             : plan_files(request.paths, request.registry_dir, options);
  if (!plan) return plan.error();
  LoadResult result;
  result.excluded = plan->excluded;
  model::Registry& registry = result.registry;
  registry.complete = plan->complete;
  for (const PlannedFile& file : plan->files)
    registry.files.push_back(source_file_of(file, request));
  const DocumentSink sink{&registry, &request.check_documents, request.keep_partners,
                          request.kinds};
  // Each window is merged in the planned order before the next is read, so the output does not
  // depend on the number of threads and only one window's results wait in memory.
  const std::span<const PlannedFile> files = plan->files;
  util::progress_or_none(request.progress).begin(util::Stage::files_read, files.size());
  for (std::size_t begin = 0; begin < files.size();) {
    const auto window = files.subspan(begin, window_length(files.subspan(begin)));
    const auto first_id = static_cast<model::FileId>(begin);
    std::vector<LoadedFile> loaded = load_window(window, first_id, request, sink);
    for (std::size_t i = 0; i < loaded.size(); ++i)
      merge(first_id + static_cast<model::FileId>(i), std::move(loaded[i]), registry,
            result.findings, request.kinds);
    begin += window.size();
  }
  return result;
}

}  // namespace gcsj::load
