#include "app/portal_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <optional>

#include "config/config_rules.hpp"
#include "load/source_text.hpp"

namespace gcsj::app {
namespace {

using i18n::arg;
using i18n::msg;

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  void reset(int fd) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_;
};

// Why a file could not be read, as a finding's message; none: read.
struct Read {
  std::string bytes;
  std::optional<i18n::Message> problem;
};

i18n::Message why(int error, const std::string& path, const std::string& component, int directory) {
  struct stat info {};
  if (::fstatat(directory, component.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
      S_ISLNK(info.st_mode))
    return msg("{path} is or lies below a symbolic link, which gcsj does not follow",
               arg("path", path));
  if (error == ENOENT || error == ENOTDIR)
    return msg("{path} does not exist in the configuration's directory", arg("path", path));
  return msg("{path} cannot be read", arg("path", path));
}

// `path` (relative, without `..`: config/portal_reader.cpp) below `directory`, opened one
// component at a time without following a link, read up to `limit` bytes.
Read read_inside(const std::string& directory, const std::string& path, std::size_t limit) {
  Descriptor at(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (at.get() < 0) return {{}, msg("{path} cannot be read", arg("path", path))};
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = path.find('/', start);
    const std::string component =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    start = slash == std::string::npos ? path.size() : slash + 1;
    if (component.empty() || component == ".") {
      if (slash == std::string::npos) return {{}, msg("{path} is not a file", arg("path", path))};
      continue;
    }
    if (slash != std::string::npos) {
      const int next =
          ::openat(at.get(), component.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (next < 0) return {{}, why(errno, path, component, at.get())};
      at.reset(next);
      continue;
    }
    Descriptor file(
        ::openat(at.get(), component.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (file.get() < 0) return {{}, why(errno, path, component, at.get())};
    struct stat info {};
    if (::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode))
      return {{}, msg("{path} is not a regular file", arg("path", path))};
    if (static_cast<std::size_t>(info.st_size) > limit)
      return {
          {},
          msg("{path} is larger than {limit} KiB", arg("path", path), arg("limit", limit / 1024))};
    Read read;
    read.bytes.resize(limit + 1);
    std::size_t size = 0;
    while (size <= limit) {
      const ssize_t got = ::read(file.get(), read.bytes.data() + size, read.bytes.size() - size);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return {{}, msg("{path} cannot be read", arg("path", path))};
      if (got == 0) break;
      size += static_cast<std::size_t>(got);
    }
    if (size > limit)
      return {
          {},
          msg("{path} is larger than {limit} KiB", arg("path", path), arg("limit", limit / 1024))};
    read.bytes.resize(size);
    return read;
  }
}

std::string extension_kind(const std::string& path) {
  const std::string extension = path.substr(path.rfind('.') + 1);
  std::string lower;
  for (const char c : extension)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "jpg" ? "jpeg" : lower;
}

// The value of a text for every language (`""`), else English's, and the others by language.
void split(const config::TextByLanguage& text, std::string& any,
           std::map<std::string, std::string>& by_language) {
  if (const auto it = text.find(""); it != text.end())
    any = it->second;
  else if (const auto en = text.find("en"); en != text.end())
    any = en->second;
  for (const auto& [language, value] : text)
    if (!language.empty()) by_language[language] = value;
}

}  // namespace

model::PortalSettings resolve_portal(const config::PortalConfig& portal,
                                     const std::string& directory, findings::FindingList& out) {
  model::PortalSettings settings;
  split(portal.title, settings.title, settings.title_in);
  split(portal.footer, settings.footer, settings.footer_in);
  split(portal.logo_alt, settings.logo_alt, settings.logo_alt_in);
  if (portal.base_url) settings.base_url = portal.base_url->value;
  if (portal.contact) settings.contact_email = portal.contact->value;
  if (portal.accent_colour) settings.accent_colour = portal.accent_colour->value;
  for (const auto& [language, url] : portal.document_url)
    settings.document_url[language.empty() ? std::string("") : language] = url;
  if (portal.logo) {
    const std::string& path = portal.logo->value;
    Read logo = read_inside(directory, path, config::kMaxLogoBytes);
    const std::string kind = extension_kind(path);
    if (logo.problem)
      out.add(config::kPortalFile, portal.logo->where, std::move(*logo.problem));
    else if (config::image_kind(logo.bytes) != kind)
      out.add(config::kPortalFile, portal.logo->where,
              msg("{path} does not hold the image its name says ({kind})", arg("path", path),
                  arg("kind", kind)),
              msg("give the logo the extension of its format: `.png`, `.jpg` or `.webp`"));
    else {
      settings.logo_name = "logo." + std::string(kind == "jpeg" ? "jpg" : kind);
      settings.logo_bytes = std::move(logo.bytes);
    }
  }
  for (const config::PortalPageConfig& page : portal.pages) {
    if (!page.slug || !page.file.contains("en")) continue;
    model::PortalPage resolved;
    resolved.slug = page.slug->value;
    resolved.title = page.title;
    bool whole = true;
    for (const auto& [language, file] : page.file) {
      Read text = read_inside(directory, file.value, config::kMaxPageBytes);
      if (!text.problem)
        if (auto encoding = load::prepare_text(text.bytes))
          text.problem = msg("{path} is not UTF-8 text: {problem}", arg("path", file.value),
                             arg("problem", encoding->message));
      if (text.problem) {
        out.add(config::kPortalFile, file.where, std::move(*text.problem));
        whole = whole && language != "en";
        continue;
      }
      resolved.markdown[language] = std::move(text.bytes);
    }
    if (whole) settings.pages.push_back(std::move(resolved));
  }
  return settings;
}

}  // namespace gcsj::app
