#include "load/registry_loader.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

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

void read_document(model::FileId file, const Node& document, model::Registry& registry,
                   ValueReader& reader) {
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
    registry.partners.push_back(read_partner(document, reader));
    ++registry.files[file].partner_documents;
  } else if (kind->value.text == "coordinating-group") {
    registry.groups.push_back(read_group(document, reader));
  } else {
    reader.report().add(rules::format::kInvalidValue, kind->value.where,
                        fmt::format("{} is not a kind of document", describe(kind->value)),
                        "expected `partner` or `coordinating-group`");
  }
}

}  // namespace

void load_text(model::FileId file, std::string text, model::Registry& registry,
               std::vector<findings::Finding>& out) {
  rules::Reporter report(out);
  if (auto problem = prepare_text(text)) {
    report.add(rules::format::kEncoding, {file, problem->line, problem->column},
               std::move(problem->message), std::move(problem->hint));
    return;
  }
  ValueReader reader(report);
  const std::size_t findings_before = out.size();
  const int documents = parse_documents(
      file, text, [&](const Node& document) { read_document(file, document, registry, reader); },
      out);
  if (documents == 0 && out.size() == findings_before)
    report.add(rules::format::kEmptyFile, {file, 1, 1}, "the file holds no YAML document");
}

LoadResult load_registry(const LoadRequest& request) {
  LoadResult result;
  std::vector<PlannedFile> planned;
  std::map<std::string, std::size_t> by_identity;  // one read per file, however often it is named

  const auto plan_walk = [&](const std::string& directory, bool selected) {
    for (FoundFile& found : find_registry_files(directory)) {
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
  rules::Reporter report(result.findings);
  for (PlannedFile& file : planned) {
    const auto id = static_cast<model::FileId>(registry.files.size());
    model::SourceFile& source = registry.files.emplace_back();
    source.path = file.display;
    source.is_stdin = file.is_stdin;
    source.selected = file.selected;
    if (!file.problem.empty()) {
      report.add(rules::format::kUnreadableFile, {id, 1, 1}, file.problem);
      continue;
    }
    std::string text;
    if (file.is_stdin) {
      text = request.stdin_text.value_or("");
      registry.files.back().text = text;
    } else if (std::string problem = read_file(file.path, text); !problem.empty()) {
      if (problem == "too large")
        report.add(rules::format::kInputLimit, {id, 1, 1}, "the file is larger than 256 MiB");
      else
        report.add(rules::format::kUnreadableFile, {id, 1, 1}, problem);
      continue;
    }
    load_text(id, std::move(text), registry, result.findings);
  }
  return result;
}

}  // namespace gcsj::load
