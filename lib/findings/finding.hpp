#pragma once
// A finding: what a rule (or the loader) says about one place in the registry.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/severity.hpp"
#include "i18n/message.hpp"
#include "model/group.hpp"
#include "model/location.hpp"

namespace gcsj::findings {

struct Related {
  model::Location where;
  i18n::Message message;
};

// An acknowledged exception to a rule for one partner or member (.gcsj.yaml `waivers`).
struct Waiver {
  std::string reason;
  std::string approved_by;
  std::string expires;  // YYYY-MM-DD
};

// The seat of ¶25 (and region of ¶25(c)) a finding about the Group as a whole concerns: a
// vacancy, an over-filled seat, a missing chair. A waiver may name it.
struct SeatRef {
  model::Seat seat;
  std::optional<model::GovernmentRegion> region;
};

struct Finding {
  Severity severity = Severity::error;
  std::string_view rule;       // a stable rule id from the catalogue
  std::string_view paragraph;  // "19(f)"; empty for rules of the file format itself
  model::Location where;
  i18n::Message message;  // written in the reader's language by the renderers
  i18n::Message hint;     // empty when there is none
  std::vector<Related> related;
  std::optional<SeatRef> seat;   // set by the Group rules whose finding concerns a seat
  std::optional<Waiver> waived;  // reported, counted as waived, never failing
};

struct Summary {
  int files = 0;
  int partners = 0;
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int waived = 0;
  int excluded = 0;  // registry files left out by the configuration's `exclude` or --exclude
};

// True when a finding makes the run fail at `fail_level` (waived findings never do).
inline bool fails(const Finding& finding, Severity fail_level) {
  return !finding.waived && finding.severity >= fail_level;
}

Summary count(std::vector<Finding> const& findings, int files, int partners);

}  // namespace gcsj::findings
