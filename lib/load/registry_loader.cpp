#include "load/registry_loader.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "load/document_parser.hpp"
#include "load/file_walker.hpp"
#include "load/group_reader.hpp"
#include "load/partner_reader.hpp"
#include "load/source_text.hpp"
#include "load/value_reader.hpp"
#include "rules/format_rules.hpp"

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

struct PlannedFile {
  std::string display;
  fs::path path;
  std::string problem;  // non-empty: report it instead of reading
  bool selected = true;
  bool is_stdin = false;
};

std::string identity_of(const fs::path& path) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(path, error);
  return error ? path.lexically_normal().string() : canonical.string();
}

// Reads a whole file (or pipe) into `text`; returns a problem description on failure.
std::string read_file(const fs::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return fmt::format("cannot open: {}",
                       std::error_code(errno, std::generic_category()).message());
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxFileBytes) return "too large";
  }
  if (in.bad()) return "read error";
  return {};
}

void read_document(const Node& document, LoadedFile& loaded, ValueReader& reader) {
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
    loaded.partners.push_back(read_partner(document, reader));
  } else if (kind->value.text == "coordinating-group") {
    loaded.groups.push_back(read_group(document, reader));
  } else {
    reader.report().add(rules::format::kInvalidValue, kind->value.where,
                        fmt::format("{} is not a kind of document", describe(kind->value)),
                        "expected `partner` or `coordinating-group`");
  }
}

}  // namespace

LoadedFile load_file_text(model::FileId file, std::string text, unsigned jobs) {
  LoadedFile loaded;
  auto& out = loaded.findings;
  rules::Reporter report(out);
  if (auto problem = prepare_text(text)) {
    report.add(rules::format::kEncoding, {file, problem->line, problem->column},
               std::move(problem->message), std::move(problem->hint));
    return loaded;
  }
  // A large file is cut at `---` lines and its chunks parsed on `jobs` threads. The cut depends
  // on the text alone, so the findings do not depend on the number of threads.
  const std::vector<Chunk> chunks = split_documents(text, kChunkBytes);
  std::vector<LoadedFile> parts(chunks.size());
  std::vector<int> documents(chunks.size(), 0);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < chunks.size();) {
      rules::Reporter part_report(parts[i].findings);
      ValueReader reader(part_report);
      documents[i] = parse_documents(
          file, chunks[i].text,
          [&](const Node& document) { read_document(document, parts[i], reader); },
          parts[i].findings, chunks[i].first_line);
    }
  };
  std::vector<std::thread> threads;
  const std::size_t workers = std::min<std::size_t>(chunks.size(), std::max(1u, jobs));
  for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& thread : threads) thread.join();

  int total = 0;
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    total += documents[i];
    std::move(parts[i].partners.begin(), parts[i].partners.end(),
              std::back_inserter(loaded.partners));
    std::move(parts[i].groups.begin(), parts[i].groups.end(), std::back_inserter(loaded.groups));
    std::move(parts[i].findings.begin(), parts[i].findings.end(), std::back_inserter(out));
  }
  if (total == 0 && out.empty())
    report.add(rules::format::kEmptyFile, {file, 1, 1}, "the file holds no YAML document");
  return loaded;
}

namespace {

void merge(model::FileId file, LoadedFile loaded, model::Registry& registry,
           std::vector<findings::Finding>& out) {
  registry.files[file].partner_documents += static_cast<int>(loaded.partners.size());
  std::move(loaded.partners.begin(), loaded.partners.end(), std::back_inserter(registry.partners));
  std::move(loaded.groups.begin(), loaded.groups.end(), std::back_inserter(registry.groups));
  std::move(loaded.findings.begin(), loaded.findings.end(), std::back_inserter(out));
}

// Reads and loads one planned file; problems reading it are its findings.
LoadedFile load_planned(model::FileId id, const PlannedFile& file, const LoadRequest& request,
                        unsigned jobs) {
  LoadedFile loaded;
  rules::Reporter report(loaded.findings);
  if (!file.problem.empty()) {
    report.add(rules::format::kUnreadableFile, {id, 1, 1}, file.problem);
    return loaded;
  }
  std::string text;
  if (file.is_stdin) {
    text = request.stdin_text.value_or("");
  } else if (std::string problem = read_file(file.path, text); !problem.empty()) {
    if (problem == "too large")
      report.add(rules::format::kInputLimit, {id, 1, 1}, "the file is larger than 256 MiB");
    else
      report.add(rules::format::kUnreadableFile, {id, 1, 1}, problem);
    return loaded;
  }
  return load_file_text(id, std::move(text), jobs);
}

}  // namespace

void load_text(model::FileId file, std::string text, model::Registry& registry,
               std::vector<findings::Finding>& out) {
  merge(file, load_file_text(file, std::move(text), 1), registry, out);
}

LoadResult load_registry(const LoadRequest& request) {
  LoadResult result;
  std::vector<PlannedFile> planned;
  std::map<std::string, std::size_t> by_identity;  // one read per file, however often it is named

  // Canonical paths (a readlink per file) are only needed when one file may be named twice.
  const bool may_overlap = request.registry_dir.has_value() || request.paths.size() > 1;
  const auto plan_walk = [&](const std::string& directory, bool selected) {
    for (FoundFile& found : find_registry_files(directory)) {
      const std::string identity = may_overlap ? identity_of(found.path) : found.path.string();
      if (auto it = by_identity.find(identity); it != by_identity.end()) {
        PlannedFile& existing = planned[it->second];
        if (selected && !existing.selected) {
          existing.selected = true;
          existing.display = found.display;
        }
        continue;
      }
      by_identity.emplace(identity, planned.size());
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
    std::ifstream probe(path, std::ios::binary);
    if (!probe) {
      result.usage_errors.push_back(fmt::format("{}: cannot be read", path));
      continue;
    }
    by_identity.emplace(identity, planned.size());
    planned.push_back({path, path, {}, true, false});
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

  // Files are parsed on `jobs` threads, each taking the next file; results are merged in the
  // planned order, so the output does not depend on the number of threads.
  std::vector<LoadedFile> loaded(planned.size());
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const auto jobs = static_cast<std::size_t>(request.jobs == 0 ? hardware : request.jobs);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < planned.size();)
      loaded[i] = load_planned(static_cast<model::FileId>(i), planned[i], request,
                               planned.size() == 1 ? static_cast<unsigned>(jobs) : 1u);
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < std::min(jobs, planned.size()); ++t) threads.emplace_back(work);
  work();
  for (auto& thread : threads) thread.join();
  for (std::size_t i = 0; i < planned.size(); ++i)
    merge(static_cast<model::FileId>(i), std::move(loaded[i]), registry, result.findings);
  return result;
}

}  // namespace gcsj::load
