// Writing the site: into a fresh directory beside the target, then swapped in by renames, so a
// reader (or a web server) never sees a half-written site and a failure leaves the old one.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "publish/site.hpp"

namespace gcsj::publish {
namespace fs = std::filesystem;
namespace {

// Marks a directory as a site gcsj published, which a later publish may replace.
constexpr const char* kMarker = ".gcsj-site";

util::Expected<void> write_files(const std::vector<SiteFile>& files, const fs::path& root) {
  for (const SiteFile& file : files) {
    const fs::path path = root / file.path;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error)
      return util::Error{fmt::format("{}: {}", path.parent_path().string(), error.message())};
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file.content.data(), static_cast<std::streamsize>(file.content.size()));
    out.close();
    if (!out) return util::Error{fmt::format("{}: cannot write", path.string())};
  }
  std::ofstream marker(root / kMarker, std::ios::binary | std::ios::trunc);
  marker << "This directory was written by `gcsj publish`, which may replace it.\n";
  if (!marker) return util::Error{fmt::format("{}: cannot write", (root / kMarker).string())};
  return {};
}

}  // namespace

util::Expected<void> write_site(const std::vector<SiteFile>& files, const std::string& out_dir) {
  if (out_dir.empty()) return util::Error{"--out: an empty directory name"};
  std::error_code error;
  fs::path target = fs::weakly_canonical(fs::absolute(out_dir), error);
  if (error) return util::Error{fmt::format("{}: {}", out_dir, error.message())};
  if (!target.has_filename()) target = target.parent_path();  // "site/" -> "site"
  if (target == target.root_path())
    return util::Error{fmt::format("{}: not a directory to publish to", out_dir)};
  const fs::path name = target.filename();
  const fs::path parent = target.parent_path();
  if (fs::exists(target, error)) {
    if (!fs::is_directory(target, error))
      return util::Error{fmt::format("{}: exists and is not a directory", out_dir)};
    const bool empty = fs::is_empty(target, error);
    if (!empty && !fs::exists(target / kMarker, error))
      return util::Error{fmt::format(
          "{}: not empty and not a site gcsj published; choose a new directory", out_dir)};
  }
  fs::create_directories(parent, error);
  const fs::path fresh = parent / fmt::format(".{}.new-{}", name.string(), ::getpid());
  const fs::path old = parent / fmt::format(".{}.old-{}", name.string(), ::getpid());
  fs::remove_all(fresh, error);
  if (!fs::create_directory(fresh, error))
    return util::Error{fmt::format("{}: cannot create ({})", fresh.string(), error.message())};
  if (auto written = write_files(files, fresh); !written) {
    fs::remove_all(fresh, error);
    return written;
  }
  const bool replacing = fs::exists(target, error);
  if (replacing) {
    fs::rename(target, old, error);
    if (error) {
      fs::remove_all(fresh, error);
      return util::Error{fmt::format("{}: cannot replace ({})", out_dir, error.message())};
    }
  }
  fs::rename(fresh, target, error);
  if (error) {
    const std::string message = error.message();
    if (replacing) fs::rename(old, target, error);  // put the old site back
    fs::remove_all(fresh, error);
    return util::Error{fmt::format("{}: cannot write ({})", out_dir, message)};
  }
  if (replacing) fs::remove_all(old, error);
  return {};
}

}  // namespace gcsj::publish
