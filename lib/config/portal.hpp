#pragma once
// The `portal:` section of .gcsj.yaml (issue 25): the secretariat's own settings of its portal,
// as written, each value with its place in the file, so lib/app can report a file it names that
// cannot be published where it is named. Values are checked here (an address, a colour, a slug);
// the files themselves are read by lib/app (app/portal_files.hpp), never here.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding_list.hpp"
#include "model/location.hpp"

namespace gcsj::config {

// A text given once for every language (`""`) or by language code (`en`, `fr`, `es`).
using TextByLanguage = std::map<std::string, std::string>;

// One of the secretariat's own pages: its slug (the file `SLUG.html` of each language's tree),
// its title by language and its Markdown file by language (relative to the configuration's
// directory), each with its place.
struct PortalPageConfig {
  model::Location where;
  model::Field<std::string> slug;
  TextByLanguage title;
  std::map<std::string, model::Located<std::string>> file;
};

struct PortalConfig {
  model::Location where;
  TextByLanguage title, footer, logo_alt;
  model::Field<std::string> base_url;       // ends with `/`
  model::Field<std::string> contact;        // an email address
  model::Field<std::string> accent_colour;  // `#rrggbb`, dark enough on white
  model::Field<std::string> logo;           // a PNG, JPEG or WebP file, relative
  TextByLanguage document_url;
  std::vector<PortalPageConfig> pages;
};

// The limits of the files the portal settings name.
inline constexpr std::size_t kMaxLogoBytes = std::size_t{512} * 1024;
inline constexpr std::size_t kMaxPageBytes = std::size_t{256} * 1024;

// The slugs an extra page may not take: the names of the site's own pages and files.
bool is_reserved_page_slug(std::string_view slug);
// The contrast ratio (WCAG 2.1) of `#rrggbb` against white: at least 4.5 for text links.
double contrast_on_white(std::string_view colour);
// The kind of image `bytes` hold, by their first bytes: "png", "jpeg", "webp", or empty.
std::string_view image_kind(std::string_view bytes);

}  // namespace gcsj::config

namespace gcsj::load {
struct Node;
class ValueReader;
}  // namespace gcsj::load

namespace gcsj::config {

// Reads the `portal:` mapping `node` into `portal`; its findings go through `reader`.
void read_portal(PortalConfig& portal, const load::Node& node, load::ValueReader& reader);

// The `portal:` section of the configuration `text` (file `file`), when it has one; its findings
// (those read_config reports too) go to `out`.
std::optional<PortalConfig> read_portal_config(model::FileId file, std::string text,
                                               findings::FindingList& out);

}  // namespace gcsj::config
