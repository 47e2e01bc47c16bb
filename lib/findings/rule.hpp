#pragma once
// What a rule is, as data: a stable id, the paragraph of GB.349/INS/4 it enforces, a default
// severity, a one-line summary, its documentation, and (for the rules of the Coalition) the
// function that checks it. The loader, the configuration and the rules each describe their own
// rules with this type; lib/check/catalogue.cpp lists them all; renderers read them as data.

#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "findings/finding_list.hpp"
#include "findings/severity.hpp"
#include "model/location.hpp"

namespace gcsj::rules {
struct Context;  // lib/rules/rules.hpp: what a check function sees
}

namespace gcsj::findings {

// Whether a rule judges one document at a time (as documents stream in) or the whole registry
// once it is read. It has no default: every rule says which it is, or does not compile.
struct Reach {
  enum Value { document, registry };
  constexpr Reach(Value v) : value(v) {}  // NOLINT: implicit, so `.reach = Reach::document`
  Value value;
  friend constexpr bool operator==(Reach, Reach) = default;
};

class Reporter;
using CheckFn = void (*)(const rules::Context&, Reporter&);

struct Rule {
  std::string_view id;         // kebab-case, stable once released
  std::string_view paragraph;  // "19(f)"; empty for rules of the file format itself
  Severity severity;
  std::string_view summary;      // one line
  std::string_view explanation;  // what it checks and why, in a few sentences
  std::string_view passing;      // a YAML fragment the rule accepts
  std::string_view failing;      // a YAML fragment the rule reports
  CheckFn check = nullptr;       // nullptr: applied where its input is read (loader, config)
  Reach reach;
  // True for a rule of the file format whose finding means that something was not read as
  // written (a document, a key, a value): no configuration may turn it off, lower it or waive it,
  // so a configuration can never make a registry gcsj could not read pass.
  bool locked = false;
};

// Adds a finding of `rule` at `where`, with the rule's id, paragraph and default severity, to a
// list of findings whose number the caller bounds (the configuration's own findings).
Finding& add_finding(std::vector<Finding>& out, const Rule& rule, model::Location where,
                     i18n::Message message, i18n::Message hint = {});

// What a check function reports through: every finding it adds is a finding of its own rule,
// kept in a list that bounds how many of one rule in one file are kept (finding_list.hpp).
class Reporter {
 public:
  Reporter(FindingList& out, const Rule& rule) : out_(out), rule_(rule) {}

  Finding& add(model::Location where, i18n::Message message, i18n::Message hint = {}) {
    return out_.add(rule_, where, std::move(message), std::move(hint));
  }

 private:
  FindingList& out_;
  const Rule& rule_;
};

}  // namespace gcsj::findings
