#include <array>
#include <filesystem>
#include <system_error>
#include <vector>

#include "config/config.hpp"
#include "config/portal.hpp"
#include "load/document_parser.hpp"
#include "load/format_rules.hpp"
#include "load/mapping_reader.hpp"
#include "load/source_text.hpp"
#include "load/value_reader.hpp"
#include "util/file_io.hpp"

namespace gcsj::config {
namespace {

namespace fs = std::filesystem;
using i18n::arg;
using i18n::msg;
using load::Entry;
using load::Node;
using load::ValueReader;

constexpr std::array<load::KeyReader<WaiverEntry>, 9> kWaiverKeys{{
    {"rule",
     [](WaiverEntry& w, const Entry& e, ValueReader& r) { w.rule = r.string(e.value, "rule"); }},
    {"partner", [](WaiverEntry& w, const Entry& e,
                   ValueReader& r) { w.partner = r.string(e.value, "partner"); }},
    {"member", [](WaiverEntry& w, const Entry& e,
                  ValueReader& r) { w.member = r.string(e.value, "member"); }},
    {"seat", [](WaiverEntry& w, const Entry& e,
                ValueReader& r) { w.seat = r.enumeration<model::Seat>(e.value, "seat"); }},
    {"region",
     [](WaiverEntry& w, const Entry& e, ValueReader& r) {
       w.region = r.enumeration<model::GovernmentRegion>(e.value, "region");
     }},
    {"group",
     [](WaiverEntry& w, const Entry& e, ValueReader& r) { w.group = r.boolean(e.value, "group"); }},
    {"reason", [](WaiverEntry& w, const Entry& e,
                  ValueReader& r) { w.reason = r.string(e.value, "reason"); }},
    {"approved_by", [](WaiverEntry& w, const Entry& e,
                       ValueReader& r) { w.approved_by = r.string(e.value, "approved_by"); }},
    {"expires", [](WaiverEntry& w, const Entry& e,
                   ValueReader& r) { w.expires = r.date(e.value, "expires"); }},
}};

void read_overrides(Config& config, const Node& node, ValueReader& r) {
  if (!r.expect_mapping(node, "rules")) return;
  for (const Entry& entry : node.entries) {
    if (!entry.value.is_scalar()) {
      r.report(load::format::kWrongType, entry.value.where,
               msg("`{key}` must be `error`, `warning`, `note` or `off`, not {actual}",
                   arg("key", entry.key.text), arg("actual", load::describe(entry.value))));
      continue;
    }
    const std::string& level = entry.value.text;
    if (level == "off") {
      config.overrides.push_back({entry.key.text, std::nullopt, entry.key.where});
    } else if (auto severity = findings::parse_severity(level)) {
      config.overrides.push_back({entry.key.text, *severity, entry.key.where});
    } else {
      r.report(load::format::kInvalidValue, entry.value.where,
               msg("{value} is not a severity", arg("value", load::describe(entry.value))),
               msg("expected `error`, `warning`, `note` or `off`"));
    }
  }
}

constexpr std::array<load::KeyReader<Config>, 5> kConfigKeys{{
    {"rules", [](Config& c, const Entry& e, ValueReader& r) { read_overrides(c, e.value, r); }},
    {"waivers",
     [](Config& c, const Entry& e, ValueReader& r) {
       if (!e.value.is_sequence()) {
         if (!e.value.is_invalid()) r.wrong_type(e.value, "waivers", ValueReader::Expected::list);
         return;
       }
       for (const Node& item : e.value.items) {
         if (!r.expect_item_mapping(item, "waivers")) continue;
         WaiverEntry waiver;
         waiver.where = item.where;
         load::read_mapping<WaiverEntry>(item, kWaiverKeys, msg("a waiver"), waiver, r);
         c.waivers.push_back(std::move(waiver));
       }
     }},
    {"exclude",
     [](Config& c, const Entry& e, ValueReader& r) {
       const auto globs = r.list<std::string>(
           e.value, "exclude",
           [&r](const Node& n, std::string_view what) { return r.string(n, what); });
       if (globs) c.exclude = globs->value;
     }},
    {"fail_level",
     [](Config& c, const Entry& e, ValueReader& r) {
       if (e.value.is_scalar())
         if (auto severity = findings::parse_severity(e.value.text)) {
           c.fail_level = model::Located<findings::Severity>{*severity, e.value.where};
           return;
         }
       r.report(load::format::kInvalidValue, e.value.where,
                msg("{value} is not a fail level", arg("value", load::describe(e.value))),
                msg("expected `error`, `warning` or `note`"));
     }},
    {"portal",
     [](Config&, const Entry& e, ValueReader& r) {
       // Checked here with the rest; kept by read_portal_config (config/portal.hpp) for publish.
       PortalConfig portal;
       read_portal(portal, e.value, r);
     }},
}};

}  // namespace

std::optional<LocatedConfig> locate_config(const std::string& start) {
  std::error_code error;
  fs::path directory = fs::absolute(start, error).lexically_normal();
  if (error) return std::nullopt;
  if (!fs::is_directory(directory, error)) directory = directory.parent_path();
  // The directories searched: `start`'s, then its parents up to the first one holding `.git`
  // (the repository's root). Outside a repository, `start`'s directory only: a configuration
  // above the registry must not tune it unseen.
  std::vector<fs::path> searched{directory};
  for (fs::path up = directory; !fs::exists(up / ".git", error);) {
    if (up == up.root_path() || up.parent_path() == up) {
      searched.resize(1);
      break;
    }
    up = up.parent_path();
    searched.push_back(up);
  }
  for (const fs::path& dir : searched) {
    const fs::path candidate = dir / kFileName;
    const auto status = fs::symlink_status(candidate, error);
    if (status.type() == fs::file_type::not_found) continue;
    // Shown relative to the working directory when it lies below it, as paths given are; by its
    // own name (lexically), never by a link's target.
    const fs::path cwd = fs::current_path(error);
    const fs::path proximate = error ? fs::path() : candidate.lexically_proximate(cwd);
    const std::string shown = (error || proximate.empty() || proximate.string().starts_with(".."))
                                  ? candidate.string()
                                  : proximate.string();
    return LocatedConfig{shown, status.type() == fs::file_type::symlink};
  }
  return std::nullopt;
}

util::Expected<std::optional<std::string>> find_config(const std::string& start) {
  const auto located = locate_config(start);
  if (!located) return std::optional<std::string>();
  if (located->link)
    return util::Error{located->shown +
                       ": the configuration is a symbolic link, which gcsj does not follow; "
                       "name the file with --config if it is meant"};
  return std::optional<std::string>(located->shown);
}

util::Expected<std::optional<NamedConfig>> find_config_at(const load::GitRevision& revision) {
  std::string directory = revision.relative();
  for (;;) {
    const std::string candidate =
        directory.empty() ? std::string(kFileName) : directory + "/" + kFileName;
    auto text = revision.read_file(candidate, kMaxConfigBytes);
    if (!text) return util::Error{"the configuration " + text.error().message};
    if (*text)
      return std::optional<NamedConfig>(
          NamedConfig{revision.revision() + ":" + candidate, std::move(**text)});
    if (directory.empty()) return std::optional<NamedConfig>();
    const auto slash = directory.rfind('/');
    directory.resize(slash == std::string::npos ? 0 : slash);
  }
}

util::Expected<std::string> read_config_text(const std::string& path) {
  auto text = util::read_bounded(path, kMaxConfigBytes);
  if (!text) return util::Error{path + ": the configuration: " + text.error().message};
  if (text->size() > kMaxConfigBytes)
    return util::Error{path + ": the configuration is larger than 1 MiB"};
  return text;
}

Config read_config(model::FileId file, std::string text, findings::FindingList& out) {
  Config config;
  if (auto problem = load::prepare_text(text)) {
    out.add(load::format::kEncoding, {file, problem->line, problem->column}, problem->message,
            problem->hint);
    return config;
  }
  ValueReader reader(out);
  load::parse_documents(
      file, text,
      [&](const Node& document, std::size_t) {
        if (!document.is_mapping()) {
          if (!document.is_invalid())
            reader.report(load::format::kWrongType, document.where,
                          msg("the configuration must be a mapping, not {actual}",
                              arg("actual", load::describe(document))));
          return;
        }
        load::read_mapping<Config>(document, kConfigKeys, msg("the configuration"), config, reader);
      },
      out);
  return config;
}

}  // namespace gcsj::config
