#pragma once
// The optional .gcsj.yaml configuration: per-rule severity overrides, waivers, the fail level.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "findings/finding.hpp"
#include "findings/finding_list.hpp"
#include "findings/rule.hpp"
#include "load/git_revision.hpp"
#include "model/date.hpp"
#include "model/location.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"

namespace gcsj::config {

class SubjectIndex;  // config/subjects.hpp

inline constexpr const char* kFileName = ".gcsj.yaml";

struct SeverityOverride {
  std::string rule;
  std::optional<findings::Severity> severity;  // nullopt: the rule is off
  model::Location where;
};

// An acknowledged exception to one rule for exactly one subject: a partner, a Group member, a
// seat of ¶25 (with its region, for a government seat), or the Group as a whole.
struct WaiverEntry {
  model::Location where;
  model::Field<std::string> rule;
  model::Field<std::string> partner;  // a partner id, or
  model::Field<std::string> member;   // a Group member's name, or
  model::Field<model::Seat> seat;     // a seat (and `region`), or
  model::Field<model::GovernmentRegion> region;
  model::Field<bool> group;  // `group: true`: the Coordinating Group as a whole
  model::Field<std::string> reason;
  model::Field<std::string> approved_by;
  model::Field<model::Date> expires;
};

struct Config {
  std::vector<SeverityOverride> overrides;
  std::vector<WaiverEntry> waivers;
  model::Field<findings::Severity> fail_level;
  // Files of the registry directory not to read (mkdocs.yml): globs relative to the directory
  // being checked. Each excluded file is counted in the summary.
  std::vector<model::Located<std::string>> exclude;
};

// Where find_config looks, and what it finds there, link or not.
struct LocatedConfig {
  std::string shown;  // its path, relative to the working directory when it lies below it
  bool link = false;  // a symbolic link, which is never followed
};
std::optional<LocatedConfig> locate_config(const std::string& start);

// The nearest .gcsj.yaml in `start`'s directory or a parent up to the repository's root (the
// first directory holding `.git`), never above it; outside a repository, in `start`'s directory
// only. A .gcsj.yaml that is a symbolic link is an Error: it is not followed.
util::Expected<std::optional<std::string>> find_config(const std::string& start);

// A configuration is a few KiB in practice; one larger than this is refused, not read.
inline constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;

// A configuration read from elsewhere than a file on disk (a git revision): its text, and the name
// outputs give it (`origin/main:.gcsj.yaml`, git's name for a file at a revision).
struct NamedConfig {
  std::string name;
  std::string text;
};

// The configuration of a registry at a git revision: the nearest .gcsj.yaml of the revision in
// the registry's directory or a parent, up to the repository's root, as find_config looks on disk.
// A .gcsj.yaml that is a symbolic link, a directory or larger than 1 MiB is an Error.
util::Expected<std::optional<NamedConfig>> find_config_at(const load::GitRevision& revision);

// The text of the configuration at `path`. An Error when it cannot be read at all: a device (a
// `.gcsj.yaml` linked to /dev/zero), a file over kMaxConfigBytes, a file that cannot be opened.
util::Expected<std::string> read_config_text(const std::string& path);

// Reads `text` (file `file` of the registry) into a Config; format findings go to `out`.
Config read_config(model::FileId file, std::string text, findings::FindingList& out);

// Applies overrides (changing severities, dropping findings of rules turned off) and waivers
// (marking the findings they cover); reports incomplete, unused and expired waivers. `rules` is
// the catalogue the rule ids name. An Error when the configuration tries to turn off, lower or
// waive a locked rule (one of the file format): it cannot be used.
// `subjects` is the index of the registry's subjects validate() built once for the findings.
util::Expected<void> apply_config(const Config& config,
                                  std::span<const findings::Rule* const> rules,
                                  const model::Registry& registry, const SubjectIndex& subjects,
                                  const model::Date& as_of,
                                  std::vector<findings::Finding>& reported);
// The same, with an index of its own (for a caller that has none).
util::Expected<void> apply_config(const Config& config,
                                  std::span<const findings::Rule* const> rules,
                                  const model::Registry& registry, const model::Date& as_of,
                                  std::vector<findings::Finding>& reported);

}  // namespace gcsj::config
