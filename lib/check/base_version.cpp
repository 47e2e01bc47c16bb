#include "check/base_version.hpp"

#include <filesystem>
#include <system_error>
#include <variant>

#include <fmt/format.h>

#include "load/git_revision.hpp"

namespace gcsj::check {
namespace fs = std::filesystem;
namespace {

// The configuration of a directory given as REF: the nearest .gcsj.yaml, as on any registry.
util::Expected<std::optional<config::NamedConfig>> directory_config(const std::string& directory) {
  const auto found = config::find_config(directory);
  if (!found) return found.error();
  if (!*found) return std::optional<config::NamedConfig>();
  auto text = config::read_config_text(**found);
  if (!text) return text.error();
  return std::optional<config::NamedConfig>(config::NamedConfig{**found, std::move(*text)});
}

// A directory written as a path, as git tells a path from a revision.
bool written_as_path(std::string_view ref) {
  return ref.starts_with('/') || ref.starts_with("./") || ref.starts_with("../") || ref == "." ||
         ref == "..";
}

}  // namespace

util::Expected<BaseVersion> open_base(const std::string& ref, const std::string& path) {
  BaseVersion base;
  base.ref = ref;
  std::error_code error;
  const auto directory = [&]() -> util::Expected<BaseVersion> {
    auto found = directory_config(ref);
    if (!found) return found.error();
    base.config = std::move(*found);
    base.files = load::directory_shown_as(ref, path);
    return std::move(base);
  };
  if (written_as_path(ref)) {
    if (!fs::is_directory(ref, error))
      return util::Error{fmt::format("--base {ref}: no such directory", fmt::arg("ref", ref))};
    return directory();
  }
  auto opened = load::GitRevision::open(path, ref);
  if (auto* revision = std::get_if<load::GitRevision>(&opened)) {
    auto found = config::find_config_at(*revision);
    if (!found)
      return util::Error{fmt::format("--base {ref}: {reason}", fmt::arg("ref", ref),
                                     fmt::arg("reason", found.error().message))};
    base.config = std::move(*found);
    base.commit = revision->commit();
    base.from_git = true;
    base.existed = revision->holds_registry();
    base.files = revision->files(path);
    return base;
  }
  const auto& failure = std::get<load::GitRevision::OpenError>(opened);
  const bool is_directory = fs::is_directory(ref, error);
  if (failure.failure == load::GitRevision::Failure::no_repository) {
    if (is_directory) return directory();
    return util::Error{fmt::format("--base {ref}: not a directory, and {reason}",
                                   fmt::arg("ref", ref), fmt::arg("reason", failure.message))};
  }
  if (is_directory && failure.failure == load::GitRevision::Failure::no_revision)
    return util::Error{fmt::format(
        "--base {ref}: {reason}; to compare with the directory {ref}, write it as ./{ref}",
        fmt::arg("ref", ref), fmt::arg("reason", failure.message))};
  return util::Error{fmt::format("--base {ref}: {reason}", fmt::arg("ref", ref),
                                 fmt::arg("reason", failure.message))};
}

}  // namespace gcsj::check
