#include "load/registry_loader.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include <ext/stdio_filebuf.h>

#include <fmt/format.h>

#include "load/chunk_reader.hpp"
#include "load/document_parser.hpp"
#include "load/file_walker.hpp"
#include "load/group_reader.hpp"
#include "load/memory_buffer.hpp"
#include "load/partner_reader.hpp"
#include "load/source_text.hpp"
#include "load/value_reader.hpp"
#include "rules/format_rules.hpp"

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

struct PlannedFile {
  std::string display;
  std::string path;
  std::string problem;  // non-empty: report it instead of reading
  bool selected = true;
  bool is_stdin = false;
  bool is_pipe = false;  // a FIFO named on the command line
};

std::string identity_of(const fs::path& path) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(path, error);
  return error ? path.lexically_normal().string() : canonical.string();
}

// What becomes of documents once read: judged by `check`, then kept whole or as digests.
struct DocumentSink {
  const model::Registry* registry = nullptr;
  const DocumentCheck* check = nullptr;
  bool keep_partners = true;
};

// Gathers the documents of one chunk and hands them on in small batches, so that only a few
// whole partners exist at a time when they are not kept.
class DocumentCollector {
 public:
  DocumentCollector(const DocumentSink& sink, LoadedFile& out) : sink_(sink), out_(out) {}

  void add(model::Partner partner) {
    partners_.push_back(std::move(partner));
    if (partners_.size() == kBatch) flush();
  }
  void add(model::Group group) { groups_.push_back(std::move(group)); }

  void flush() {
    if (sink_.check && *sink_.check && sink_.registry)
      (*sink_.check)(*sink_.registry, partners_, groups_, out_.findings);
    for (const model::Partner& partner : partners_) {
      out_.digests.push_back(model::PartnerDigest::of(partner));
      if (partner.actions)
        for (const model::Action& action : partner.actions->value)
          if (action.with)
            out_.partner_references.insert(out_.partner_references.end(),
                                           action.with->value.begin(), action.with->value.end());
    }
    if (sink_.keep_partners)
      std::move(partners_.begin(), partners_.end(), std::back_inserter(out_.partners));
    std::move(groups_.begin(), groups_.end(), std::back_inserter(out_.groups));
    partners_.clear();
    groups_.clear();
  }

 private:
  static constexpr std::size_t kBatch = 64;
  const DocumentSink& sink_;
  LoadedFile& out_;
  std::vector<model::Partner> partners_;
  std::vector<model::Group> groups_;
};

void read_document(const Node& document, DocumentCollector& collector, ValueReader& reader) {
  if (!document.is_mapping()) {
    reader.wrong_type(document, "a document", "a mapping with a `kind`");
    return;
  }
  const Entry* kind = find_entry(document, "kind");
  if (!kind) {
    reader.report().add(rules::format::kMissingKind, document.where, "the document has no `kind`",
                        "add `kind: partner` or `kind: coordinating-group`");
    return;
  }
  if (!kind->value.is_scalar()) {
    if (!kind->value.is_invalid())
      reader.wrong_type(kind->value, "kind", "partner or coordinating-group");
    return;
  }
  if (kind->value.text == "partner") {
    collector.add(read_partner(document, reader));
  } else if (kind->value.text == "coordinating-group") {
    collector.add(read_group(document, reader));
  } else {
    reader.report().add(rules::format::kInvalidValue, kind->value.where,
                        fmt::format("{} is not a kind of document", describe(kind->value)),
                        "expected `partner` or `coordinating-group`");
  }
}

// One chunk of a file: its encoding checked, its documents parsed, read and handed to the sink.
struct ChunkResult {
  LoadedFile loaded;
  std::optional<EncodingProblem> problem;
};

void load_chunk(model::FileId file, TextChunk& chunk, const DocumentSink& sink,
                ChunkResult& result) {
  if (auto problem = prepare_text(chunk.text)) {
    problem->line += chunk.first_line - 1;
    result.problem = std::move(problem);
    return;
  }
  rules::Reporter report(result.loaded.findings);
  ValueReader reader(report);
  DocumentCollector collector(sink, result.loaded);
  result.loaded.documents = parse_documents(
      file, chunk.text, [&](const Node& document) { read_document(document, collector, reader); },
      result.loaded.findings, chunk.first_line);
  collector.flush();
}

// Moves every item of `items` to the end of `into` (a vector or a deque).
template <class Container>
void move_all(Container& into, Container& items) {
  if (into.empty()) {
    into.swap(items);
    return;
  }
  into.insert(into.end(), std::make_move_iterator(items.begin()),
              std::make_move_iterator(items.end()));
}

void append(LoadedFile& to, LoadedFile&& from) {
  move_all(to.partners, from.partners);
  move_all(to.digests, from.digests);
  move_all(to.partner_references, from.partner_references);
  move_all(to.groups, from.groups);
  move_all(to.findings, from.findings);
  to.documents += from.documents;
}

// A file refused whole: one finding, nothing else from it.
LoadedFile refused(const rules::Rule& rule, model::Location where, std::string message,
                   std::string hint = {}) {
  LoadedFile loaded;
  rules::Reporter(loaded.findings).add(rule, where, std::move(message), std::move(hint));
  return loaded;
}

// Reads `in` a chunk at a time, `jobs` chunks in parallel; results are merged in file order, so
// they do not depend on the number of threads, and at most `jobs` chunks are in memory at once.
LoadedFile load_stream(model::FileId file, std::istream& in, unsigned jobs,
                       const DocumentSink& sink) {
  LoadedFile loaded;
  ChunkReader reader(in, kChunkBytes, kMaxFileBytes);
  const std::size_t batch_size = std::max(1u, jobs);
  for (bool more = true; more;) {
    std::vector<TextChunk> batch;
    while (batch.size() < batch_size) {
      TextChunk chunk;
      const ChunkReader::Status status = reader.next(chunk);
      if (status == ChunkReader::Status::too_large)
        return refused(rules::format::kInputLimit, {file, 1, 1}, "the file is larger than 256 MiB");
      if (status == ChunkReader::Status::read_error)
        return refused(rules::format::kUnreadableFile, {file, 1, 1}, "read error");
      if (status == ChunkReader::Status::end) {
        more = false;
        break;
      }
      batch.push_back(std::move(chunk));
    }
    std::vector<ChunkResult> results(batch.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < batch.size();)
        load_chunk(file, batch[i], sink, results[i]);
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < batch.size(); ++t) threads.emplace_back(work);
    work();
    for (auto& thread : threads) thread.join();
    for (ChunkResult& result : results) {
      if (result.problem)  // a file that is not UTF-8 text is refused whole
        return refused(rules::format::kEncoding,
                       {file, result.problem->line, result.problem->column},
                       std::move(result.problem->message), std::move(result.problem->hint));
      append(loaded, std::move(result.loaded));
    }
  }
  if (loaded.documents == 0 && loaded.findings.empty())
    rules::Reporter(loaded.findings)
        .add(rules::format::kEmptyFile, {file, 1, 1}, "the file holds no YAML document");
  return loaded;
}

}  // namespace

LoadedFile load_file_text(model::FileId file, std::string_view text, unsigned jobs) {
  MemoryBuffer buffer(text);
  std::istream in(&buffer);
  return load_stream(file, in, jobs, DocumentSink{});
}

namespace {

// Files read at once before their results are merged: enough that threads rarely wait for each
// other at the end of a window, few enough that the results waiting to merge stay small.
constexpr std::size_t kFileWindow = 512;

void merge(model::FileId file, LoadedFile loaded, model::Registry& registry,
           std::vector<findings::Finding>& out) {
  registry.files[file].partner_documents += static_cast<int>(loaded.digests.size());
  move_all(registry.partners, loaded.partners);
  move_all(registry.digests, loaded.digests);
  move_all(registry.partner_references, loaded.partner_references);
  move_all(registry.groups, loaded.groups);
  move_all(out, loaded.findings);
}

// Reads and loads one planned file; problems reading it are its findings.
LoadedFile load_planned(model::FileId id, const PlannedFile& file, const LoadRequest& request,
                        unsigned jobs, const DocumentSink& sink) {
  if (!file.problem.empty())
    return refused(rules::format::kUnreadableFile, {id, 1, 1}, file.problem);
  if (file.is_stdin) {
    MemoryBuffer buffer(request.stdin_text ? std::string_view(*request.stdin_text) : "");
    std::istream in(&buffer);
    return load_stream(id, in, jobs, sink);
  }
  if (file.is_pipe) {
    // Opened without waiting for a writer: a named pipe nobody writes to reads as empty rather
    // than hanging the check; one that is written to (as `<(command)` is) is read to its end.
    const int fd = ::open(file.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 || ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
      const int error = errno;
      if (fd >= 0) ::close(fd);
      return refused(rules::format::kUnreadableFile, {id, 1, 1},
                     fmt::format("cannot open: {}",
                                 std::error_code(error, std::generic_category()).message()));
    }
    __gnu_cxx::stdio_filebuf<char> buffer(fd, std::ios::in);  // closes fd
    std::istream in(&buffer);
    return load_stream(id, in, jobs, sink);
  }
  std::ifstream in(file.path, std::ios::binary);
  if (!in)
    return refused(
        rules::format::kUnreadableFile, {id, 1, 1},
        fmt::format("cannot open: {}", std::error_code(errno, std::generic_category()).message()));
  return load_stream(id, in, jobs, sink);
}

}  // namespace

void load_text(model::FileId file, std::string_view text, model::Registry& registry,
               std::vector<findings::Finding>& out) {
  merge(file, load_file_text(file, text, 1), registry, out);
}

LoadResult load_registry(const LoadRequest& request) {
  LoadResult result;
  std::vector<PlannedFile> planned;
  std::map<std::string, std::size_t> by_identity;  // one read per file, however often it is named

  // Canonical paths (a readlink per file) are only needed when one file may be named twice.
  const bool may_overlap = request.registry_dir.has_value() || request.paths.size() > 1;
  const auto plan_walk = [&](const std::string& directory, bool selected) {
    for (FoundFile& found : find_registry_files(directory)) {
      if (may_overlap) {
        const std::string identity = identity_of(found.path);
        if (auto it = by_identity.find(identity); it != by_identity.end()) {
          PlannedFile& existing = planned[it->second];
          if (selected && !existing.selected) {
            existing.selected = true;
            existing.display = found.display;
          }
          continue;
        }
        by_identity.emplace(identity, planned.size());
      }
      planned.push_back({std::move(found.display), std::move(found.path), std::move(found.problem),
                         selected, false});
    }
  };

  if (request.registry_dir) {
    std::error_code error;
    if (!fs::is_directory(*request.registry_dir, error)) {
      result.usage_errors.push_back(
          fmt::format("--registry {}: not a directory", *request.registry_dir));
      return result;
    }
    result.registry.complete = true;
    plan_walk(*request.registry_dir, false);
  }

  for (const std::string& path : request.paths) {
    if (path == "-") {
      planned.push_back({"<stdin>", {}, {}, true, true});
      continue;
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || status.type() == fs::file_type::not_found) {
      result.usage_errors.push_back(fmt::format("{}: no such file or directory", path));
      continue;
    }
    if (status.type() == fs::file_type::directory) {
      result.registry.complete = true;
      plan_walk(path, true);
      continue;
    }
    const std::string identity = identity_of(path);
    if (auto it = by_identity.find(identity); it != by_identity.end()) {
      planned[it->second].selected = true;
      planned[it->second].display = path;
      continue;
    }
    // A pipe named on the command line is read (`gcsj validate <(git show HEAD:p.yaml)`); a
    // device such as /dev/zero never ends, and is not a registry file.
    if (status.type() != fs::file_type::regular && status.type() != fs::file_type::fifo) {
      by_identity.emplace(identity, planned.size());
      planned.push_back({path, path, "not a regular file (a device or socket)", true, false});
      continue;
    }
    if (::access(path.c_str(), R_OK) != 0) {  // unlike opening it, never waits on a pipe
      result.usage_errors.push_back(fmt::format("{}: cannot be read", path));
      continue;
    }
    by_identity.emplace(identity, planned.size());
    planned.push_back({path, path, {}, true, false, status.type() == fs::file_type::fifo});
  }
  if (!result.usage_errors.empty()) return result;

  model::Registry& registry = result.registry;
  for (const PlannedFile& file : planned) {
    model::SourceFile& source = registry.files.emplace_back();
    source.path = file.display;
    source.is_stdin = file.is_stdin;
    source.selected = file.selected;
    if (file.is_stdin) source.text = request.stdin_text.value_or("");
  }

  const DocumentSink sink{&registry, &request.check_documents, request.keep_partners};
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const auto jobs = static_cast<std::size_t>(request.jobs == 0 ? hardware : request.jobs);
  const unsigned jobs_per_file = planned.size() == 1 ? static_cast<unsigned>(jobs) : 1u;
  // Files are parsed on `jobs` threads, each taking the next file, a window of files at a time;
  // each window is merged in the planned order before the next is read, so the output does not
  // depend on the number of threads and only one window's results wait in memory.
  const std::size_t window = std::max<std::size_t>(kFileWindow, jobs);
  std::vector<LoadedFile> loaded;
  for (std::size_t begin = 0; begin < planned.size(); begin += window) {
    const std::size_t count = std::min(window, planned.size() - begin);
    loaded.assign(count, LoadedFile{});
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < count;)
        loaded[i] = load_planned(static_cast<model::FileId>(begin + i), planned[begin + i], request,
                                 jobs_per_file, sink);
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < std::min(jobs, count); ++t) threads.emplace_back(work);
    work();
    for (auto& thread : threads) thread.join();
    for (std::size_t i = 0; i < count; ++i)
      merge(static_cast<model::FileId>(begin + i), std::move(loaded[i]), registry, result.findings);
  }
  return result;
}

}  // namespace gcsj::load
