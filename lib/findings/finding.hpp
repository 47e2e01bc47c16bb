#pragma once
// A finding: what a rule (or the loader) says about one place in the registry.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
  friend bool operator==(const SeatRef&, const SeatRef&) = default;
};

// What a finding is about, found from where it lies (config/subjects.hpp) once per run: the
// partner whose document holds it, the Group member whose entry holds it, or the Group as a
// whole. Part of its identity under --base (findings/baseline.hpp), and what a waiver names.
struct Subject {
  std::string partner;     // the id of the partner whose document holds it, or ""
  std::string member;      // the name of the Group member whose entry holds it, or ""
  bool in_member = false;  // in a Group member's entry, named or not
  bool in_group = false;   // in the coordinating-group document
  bool several = false;    // a summary of findings about more than one subject
  // The member's entry among those of its name (its partner, seat and first day), so that two
  // entries of one name, or two entries without one, are two subjects.
  std::string entry;
  // A document without an identity of its own (no `id`, no `kind`, not read): a hash of its
  // content, so that its findings are its own and not those of the document before it.
  std::string anonymous;
  bool empty() const { return *this == Subject{}; }
  friend bool operator==(const Subject&, const Subject&) = default;
};

// What the "N more findings" summary of FindingList stands for: the findings of one rule in one
// file past the limit, without keeping them (findings/finding_list.hpp).
struct Dropped {
  std::size_t count = 0;
  std::uint64_t identities = 0;  // the sum of their identities' hashes, whatever their order
  model::Location first;         // the first and the last of them in the file
  model::Location last;
  bool one_seat = true;  // all concern the same seat (the summary's `seat`), or none
  // All have the subject of the first (the summary's `subject`); an unknown subject (a finding of
  // the loader in the Group's document, found later from its place) counts as one subject.
  bool one_subject = true;
};

// The one edit that resolves a finding, where its hint names exactly one (`channel:
// employers-group`, a "did you mean" key or value, the region the country data gives): an
// editor offers it as a quick fix, the JSON report as `fix`. Advice is never one.
struct Fix {
  enum class Kind : std::uint8_t {
    replace,     // the YAML token (a key or a scalar) that begins at `where` becomes `text`
    insert_key,  // the line `text` ("channel: employers-group") becomes the first key of the
                 // block mapping that begins at `where`, at its indentation
  };
  Kind kind = Kind::replace;
  model::Location where;
  std::string text;  // as YAML: a plain or quoted scalar, a key, or `key: value`
  friend bool operator==(const Fix&, const Fix&) = default;
};

inline Fix replacing(model::Location where, std::string text) {
  return Fix{Fix::Kind::replace, where, std::move(text)};
}
inline Fix inserting_key(model::Location where, std::string line) {
  return Fix{Fix::Kind::insert_key, where, std::move(line)};
}
std::string_view to_string(Fix::Kind kind);  // "replace", "insert_key"

struct Finding {
  Severity severity = Severity::error;
  std::string_view rule;       // a stable rule id from the catalogue
  std::string_view paragraph;  // "19(f)"; empty for rules of the file format itself
  model::Location where;
  i18n::Message message;  // written in the reader's language by the renderers
  i18n::Message hint;     // empty when there is none
  std::vector<Related> related;
  // The key whose absence the finding reports, as a path from the mapping at `where`
  // ("declared" at an `adherence` mapping, "adherence" or "country" at a partner's document), or
  // empty. `gcsj import` finds the spreadsheet column of a missing value through it.
  std::string_view missing_key;
  std::optional<SeatRef> seat;        // set by the Group rules whose finding concerns a seat
  Subject subject;                    // set by validate(), before the configuration is applied
  std::optional<Dropped> summarises;  // set on a summary of findings not kept
  std::optional<Waiver> waived;       // reported, counted as waived, never failing
  std::optional<Fix> fix;             // the one edit that resolves it, where there is one
};

// A finding that concerns a seat (`seat` set, as seat-capacity's) is about that seat of the Group,
// not about the member entry it happens to be located in: its subject becomes the Group, and its
// seat stays part of its identity (findings/baseline.hpp). So reordering the members changes
// nothing, and a `seat:` waiver (or `group: true`) covers it, a `member:` waiver does not.
void settle_seat_subject(Finding& finding);

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
