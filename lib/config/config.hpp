#pragma once
// The optional .gcsj.yaml configuration: per-rule severity overrides, waivers, the fail level.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "findings/finding.hpp"
#include "findings/rule.hpp"
#include "model/date.hpp"
#include "model/location.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"

namespace gcsj::config {

inline constexpr const char* kFileName = ".gcsj.yaml";

struct SeverityOverride {
  std::string rule;
  std::optional<findings::Severity> severity;  // nullopt: the rule is off
  model::Location where;
};

// An acknowledged exception to one rule for one partner or one Group member.
struct WaiverEntry {
  model::Location where;
  model::Field<std::string> rule;
  model::Field<std::string> partner;  // a partner id, or
  model::Field<std::string> member;   // a Group member's name
  model::Field<std::string> reason;
  model::Field<std::string> approved_by;
  model::Field<model::Date> expires;
};

struct Config {
  std::vector<SeverityOverride> overrides;
  std::vector<WaiverEntry> waivers;
  model::Field<findings::Severity> fail_level;
};

// The nearest .gcsj.yaml in `start` or one of its parent directories.
std::optional<std::string> find_config(const std::string& start);

// A configuration is a few KiB in practice; one larger than this is refused, not read.
inline constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;

// Reads the configuration at `path` (file `file` of the registry); its format findings go to
// `out`. An Error when it cannot be read at all: a device (a `.gcsj.yaml` linked to /dev/zero),
// a file over kMaxConfigBytes, a file that cannot be opened.
util::Expected<Config> read_config_file(const std::string& path, model::FileId file,
                                        std::vector<findings::Finding>& out);

// Reads `text` (file `file` of the registry) into a Config; format findings go to `out`.
Config read_config(model::FileId file, std::string text, std::vector<findings::Finding>& out);

// Applies overrides (changing severities, dropping findings of rules turned off) and waivers
// (marking the findings they cover); reports incomplete, unused and expired waivers. `rules` is
// the catalogue the rule ids name.
void apply_config(const Config& config, std::span<const findings::Rule* const> rules,
                  const model::Registry& registry, const model::Date& as_of,
                  std::vector<findings::Finding>& reported);

}  // namespace gcsj::config
