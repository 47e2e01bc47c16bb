// The `portal:` section of .gcsj.yaml: every value checked where it is written (config/portal.hpp).

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "config/config_rules.hpp"
#include "config/portal.hpp"
#include "i18n/translator.hpp"
#include "load/document_parser.hpp"
#include "load/format_rules.hpp"
#include "load/mapping_reader.hpp"
#include "load/source_text.hpp"
#include "load/value_reader.hpp"

namespace gcsj::config {
namespace {

using i18n::arg;
using i18n::msg;
using load::Entry;
using load::Node;
using load::ValueReader;

bool is_language(std::string_view code) {
  const auto codes = i18n::Translator::languages();
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::string language_list() {
  std::string out;
  for (const std::string_view code : i18n::Translator::languages())
    out += (out.empty() ? "`" : ", `") + std::string(code) + "`";
  return out;
}

// A text for every language (a string) or by language (a mapping of language codes).
TextByLanguage read_text(const Node& node, std::string_view key, ValueReader& r) {
  TextByLanguage out;
  if (node.is_mapping()) {
    for (const Entry& entry : node.entries) {
      if (!is_language(entry.key.text)) {
        r.report(
            kPortalSetting, entry.key.where,
            msg("`{language}` is not a language of the portal", arg("language", entry.key.text)),
            msg("expected a string, or a mapping of {languages} to strings",
                arg("languages", language_list())));
        continue;
      }
      if (auto text = r.string(entry.value, key)) out[entry.key.text] = text->value;
    }
  } else if (auto text = r.string(node, key)) {
    out[""] = text->value;
  }
  return out;
}

bool is_address_character(char c) {
  return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f &&
         std::string_view("\"'<>`\\{}|^").find(c) == std::string_view::npos;
}

// An absolute http(s) address with a host, printable ASCII without quotes or angle brackets.
bool is_web_address(std::string_view url) {
  std::string lower(url.substr(0, 8));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::size_t host = 0;
  if (lower.starts_with("https://"))
    host = 8;
  else if (lower.starts_with("http://"))
    host = 7;
  else
    return false;
  if (url.size() <= host || url[host] == '/' || url[host] == '.' || url[host] == ':') return false;
  return std::all_of(url.begin(), url.end(), is_address_character);
}

model::Field<std::string> read_address(const Node& node, std::string_view key, ValueReader& r,
                                       bool base) {
  auto text = r.string(node, key);
  if (!text) return text;
  if (!is_web_address(text->value) ||
      (base && text->value.find_first_of("?#") != std::string::npos)) {
    r.report(kPortalSetting, node.where,
             msg("`{key}` must be an absolute `https://` or `http://` address, not {value}",
                 arg("key", key), arg("value", load::describe(node))));
    return std::nullopt;
  }
  if (base && !text->value.ends_with('/')) text->value += '/';
  return text;
}

bool is_email(std::string_view text) {
  const auto at = text.find('@');
  if (at == 0 || at == std::string_view::npos || at + 1 >= text.size() || text.size() > 254)
    return false;
  const auto local_ok = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("._%+-").find(c) != std::string_view::npos;
  };
  const auto domain_ok = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
  };
  const std::string_view local = text.substr(0, at), domain = text.substr(at + 1);
  return std::all_of(local.begin(), local.end(), local_ok) &&
         std::all_of(domain.begin(), domain.end(), domain_ok) &&
         domain.find('.') != std::string_view::npos && !domain.starts_with('.') &&
         !domain.ends_with('.') && domain.find("..") == std::string_view::npos;
}

bool is_colour(std::string_view text) {
  return text.size() == 7 && text[0] == '#' &&
         std::all_of(text.begin() + 1, text.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

bool is_slug(std::string_view text) {
  if (text.empty() || text.size() > 64 || text.front() == '-' || text.back() == '-' ||
      text.find("--") != std::string_view::npos)
    return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string lower_extension(std::string_view path) {
  const auto dot = path.rfind('.');
  const auto slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string out(path.substr(dot + 1));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A path relative to the configuration's directory that cannot leave it by its spelling: not
// absolute, no `..`, no backslash. Links are lib/app's to refuse, when it reads the file.
bool stays_inside(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos ||
      path.find('\0') != std::string_view::npos)
    return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    if (path.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

bool check_path(const Node& node, std::string_view key, const std::string& path, ValueReader& r) {
  if (stays_inside(path)) return true;
  r.report(kPortalSetting, node.where,
           msg("`{key}` must be a path inside the configuration's directory, not {value}",
               arg("key", key), arg("value", load::describe(node))),
           msg("write it relative to the directory of `.gcsj.yaml`, without `..`"));
  return false;
}

model::Field<std::string> read_logo(const Node& node, ValueReader& r) {
  auto path = r.string(node, "logo");
  if (!path || !check_path(node, "logo", path->value, r)) return std::nullopt;
  const std::string extension = lower_extension(path->value);
  if (extension == "svg" || extension == "svgz") {
    r.report(kPortalSetting, node.where,
             msg("the logo {value} is an SVG file, which can carry script: the portal does not "
                 "publish one",
                 arg("value", load::describe(node))),
             msg("give the logo as a PNG, JPEG or WebP file"));
    return std::nullopt;
  }
  if (extension != "png" && extension != "jpg" && extension != "jpeg" && extension != "webp") {
    r.report(kPortalSetting, node.where,
             msg("the logo {value} must be a PNG, JPEG or WebP file (`.png`, `.jpg`, `.jpeg`, "
                 "`.webp`)",
                 arg("value", load::describe(node))));
    return std::nullopt;
  }
  return path;
}

model::Field<std::string> read_colour(const Node& node, ValueReader& r) {
  auto colour = r.string(node, "accent_colour");
  if (!colour) return colour;
  if (!is_colour(colour->value)) {
    r.report(kPortalSetting, node.where,
             msg("`accent_colour` must be a colour written `#RRGGBB`, not {value}",
                 arg("value", load::describe(node))));
    return std::nullopt;
  }
  std::transform(colour->value.begin(), colour->value.end(), colour->value.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (const double ratio = contrast_on_white(colour->value); ratio < 4.5) {
    r.report(kPortalSetting, node.where,
             msg("the accent colour {value} is too light for links on the white page: its "
                 "contrast is {ratio}:1, and WCAG 2.1 AA asks for 4.5:1",
                 arg("value", colour->value),
                 arg("ratio", fmt::format("{:.2f}", std::floor(ratio * 100) / 100))),
             msg("choose a darker colour"));
    return std::nullopt;
  }
  return colour;
}

void read_page(PortalPageConfig& page, const Node& node, ValueReader& r);

constexpr std::array<load::KeyReader<PortalPageConfig>, 3> kPageKeys{{
    {"slug",
     [](PortalPageConfig& p, const Entry& e, ValueReader& r) {
       auto slug = r.string(e.value, "slug");
       if (!slug) return;
       if (!is_slug(slug->value)) {
         r.report(kPortalSetting, e.value.where,
                  msg("the page's `slug` {value} must be kebab-case: lower-case letters, digits "
                      "and single hyphens, at most 64 characters",
                      arg("value", load::describe(e.value))));
         return;
       }
       if (is_reserved_page_slug(slug->value)) {
         r.report(kPortalSetting, e.value.where,
                  msg("the page's `slug` {value} names a page of the portal itself",
                      arg("value", load::describe(e.value))),
                  msg("choose another `slug`"));
         return;
       }
       p.slug = std::move(slug);
     }},
    {"title", [](PortalPageConfig& p, const Entry& e,
                 ValueReader& r) { p.title = read_text(e.value, "title", r); }},
    {"file",
     [](PortalPageConfig& p, const Entry& e, ValueReader& r) {
       const auto add = [&](const std::string& language, const Node& value) {
         auto path = r.string(value, "file");
         if (!path || !check_path(value, "file", path->value, r)) return;
         const std::string extension = lower_extension(path->value);
         if (extension != "md" && extension != "markdown") {
           r.report(kPortalSetting, value.where,
                    msg("a page's file {value} must be a Markdown file (`.md`)",
                        arg("value", load::describe(value))));
           return;
         }
         p.file[language] = *path;
       };
       if (!e.value.is_mapping()) return add("en", e.value);
       for (const Entry& entry : e.value.entries) {
         if (is_language(entry.key.text)) {
           add(entry.key.text, entry.value);
           continue;
         }
         r.report(
             kPortalSetting, entry.key.where,
             msg("`{language}` is not a language of the portal", arg("language", entry.key.text)),
             msg("expected a string, or a mapping of {languages} to strings",
                 arg("languages", language_list())));
       }
     }},
}};

void read_page(PortalPageConfig& page, const Node& node, ValueReader& r) {
  load::read_mapping<PortalPageConfig>(node, kPageKeys, msg("a page of the portal"), page, r);
  if (!page.slug && !node.is_invalid()) {
    bool written = false;
    for (const Entry& e : node.entries) written = written || e.key.text == "slug";
    if (!written)
      r.report(kPortalSetting, node.where, msg("a page of the portal lacks its `slug`"))
          .missing_key = "slug";
  }
  if (!page.file.contains("en"))
    r.report(kPortalSetting, node.where,
             msg("a page of the portal lacks its English Markdown file (`file: {{en: ...}}`), "
                 "which the languages without their own file show"))
        .missing_key = "file";
  if (page.title.empty())
    r.report(kPortalSetting, node.where, msg("a page of the portal lacks its `title`"))
        .missing_key = "title";
}

constexpr std::array<load::KeyReader<PortalConfig>, 9> kPortalKeys{{
    {"title", [](PortalConfig& p, const Entry& e,
                 ValueReader& r) { p.title = read_text(e.value, "title", r); }},
    {"base_url", [](PortalConfig& p, const Entry& e,
                    ValueReader& r) { p.base_url = read_address(e.value, "base_url", r, true); }},
    {"contact",
     [](PortalConfig& p, const Entry& e, ValueReader& r) {
       auto contact = r.string(e.value, "contact");
       if (contact && !is_email(contact->value)) {
         r.report(kPortalSetting, e.value.where,
                  msg("`contact` must be an email address, not {value}",
                      arg("value", load::describe(e.value))));
         return;
       }
       p.contact = std::move(contact);
     }},
    {"logo",
     [](PortalConfig& p, const Entry& e, ValueReader& r) { p.logo = read_logo(e.value, r); }},
    {"logo_alt", [](PortalConfig& p, const Entry& e,
                    ValueReader& r) { p.logo_alt = read_text(e.value, "logo_alt", r); }},
    {"accent_colour", [](PortalConfig& p, const Entry& e,
                         ValueReader& r) { p.accent_colour = read_colour(e.value, r); }},
    {"footer", [](PortalConfig& p, const Entry& e,
                  ValueReader& r) { p.footer = read_text(e.value, "footer", r); }},
    {"document_url",
     [](PortalConfig& p, const Entry& e, ValueReader& r) {
       const TextByLanguage urls = read_text(e.value, "document_url", r);
       for (const auto& [language, url] : urls) {
         if (is_web_address(url)) {
           p.document_url[language] = url;
           continue;
         }
         r.report(kPortalSetting, e.value.where,
                  msg("`{key}` must be an absolute `https://` or `http://` address, not {value}",
                      arg("key", "document_url"), arg("value", "`" + url + "`")));
       }
     }},
    {"pages",
     [](PortalConfig& p, const Entry& e, ValueReader& r) {
       if (!e.value.is_sequence()) {
         if (!e.value.is_invalid()) r.wrong_type(e.value, "pages", ValueReader::Expected::list);
         return;
       }
       std::set<std::string> slugs;
       for (const Node& item : e.value.items) {
         if (!r.expect_item_mapping(item, "pages")) continue;
         PortalPageConfig page;
         page.where = item.where;
         read_page(page, item, r);
         if (page.slug && !slugs.insert(page.slug->value).second) {
           r.report(kPortalSetting, page.slug->where,
                    msg("two pages of the portal have one `slug`, `{slug}`",
                        arg("slug", page.slug->value)));
           continue;
         }
         p.pages.push_back(std::move(page));
       }
     }},
}};

}  // namespace

bool is_reserved_page_slug(std::string_view slug) {
  // The site's own pages and files at the root of a language's tree, today's and those the
  // portal may soon have, and the folders of its partners.
  static constexpr std::array<std::string_view, 18> kReserved{
      "index",    "news",       "join",   "directory", "group",   "themes",
      "partners", "feed",       "style",  "search",    "logo",    "apply",
      "form",     "about-gcsj", "assets", "404",       "sitemap", "forum"};
  return std::find(kReserved.begin(), kReserved.end(), slug) != kReserved.end() ||
         slug.starts_with("partner-") || slug.starts_with("join-");
}

double contrast_on_white(std::string_view colour) {
  if (!is_colour(colour)) return 1.0;
  const auto channel = [&](std::size_t at) {
    const double value = std::stoi(std::string(colour.substr(at, 2)), nullptr, 16) / 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
  };
  const double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

std::string_view image_kind(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return "png";
  if (bytes.starts_with("\xff\xd8\xff")) return "jpeg";
  if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP")
    return "webp";
  return {};
}

void read_portal(PortalConfig& portal, const Node& node, ValueReader& r) {
  portal.where = node.where;
  if (!node.is_mapping()) {
    if (!node.is_invalid()) r.wrong_type(node, "portal", ValueReader::Expected::mapping);
    return;
  }
  load::read_mapping<PortalConfig>(node, kPortalKeys, msg("the portal settings"), portal, r);
}

std::optional<PortalConfig> read_portal_config(model::FileId file, std::string text,
                                               findings::FindingList& out) {
  std::optional<PortalConfig> portal;
  if (load::prepare_text(text)) return portal;
  ValueReader reader(out);
  load::parse_documents(
      file, text,
      [&](const Node& document, std::size_t) {
        if (!document.is_mapping()) return;
        for (const Entry& entry : document.entries)
          if (entry.key.text == "portal") read_portal(portal.emplace(), entry.value, reader);
      },
      out);
  return portal;
}

}  // namespace gcsj::config
