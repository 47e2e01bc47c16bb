#pragma once
// Runs YAML text through the real loader and rules, without touching the file system.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "findings/finding.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"
#include "render/validate/formats.hpp"

namespace gcsj::testing {

struct Checked {
  model::Registry registry;
  std::vector<findings::Finding> findings;

  // The lines at which `rule` reported, in report order.
  std::vector<int> lines_of(std::string_view rule) const;
  // The findings of `rule`.
  std::vector<findings::Finding> of(std::string_view rule) const;
  // The key each finding of `rule` says is missing (Finding::missing_key; "" when none), in
  // report order.
  std::vector<std::string> missing_keys(std::string_view rule) const;
  // The fix of each finding of `rule` (fix_of), in report order.
  std::vector<std::string> fixes(std::string_view rule) const;
  // Every rule id reported, for failure messages.
  std::string rules() const;
};

struct TestFile {
  std::string name;
  std::string text;
};

inline constexpr model::Date kDefaultAsOf{2025, 6, 1};

// Loads the files as one registry (complete: a directory was given) and runs every rule.
Checked check_files(const std::vector<TestFile>& files, model::Date as_of = kDefaultAsOf,
                    bool complete = true);
inline Checked check_yaml(std::string text, model::Date as_of = kDefaultAsOf) {
  return check_files({{"partners/sample.yaml", std::move(text)}}, as_of);
}

// A finding's fix as "KIND LINE:COLUMN TEXT" ("replace 8:10 employers-group"), or "" without one.
std::string fix_of(const findings::Finding& finding);

// Replaces the first occurrence of `from` in `text` by `to`; fails the test if absent.
std::string replace(std::string text, std::string_view from, std::string_view to);

// A valid admitted partner of each category, id `sample` so the file name rule is quiet.
extern const std::string kGovernment;
extern const std::string kNgo;
extern const std::string kEmployers;
extern const std::string kWorkers;
extern const std::string kInternational;
extern const std::string kRegional;
extern const std::string kEnterprise;
extern const std::string kAcademic;

// The findings of `checked` rendered in `format`, counted as one file and one partner.
std::string render_as(std::string_view format, const Checked& checked);

}  // namespace gcsj::testing
