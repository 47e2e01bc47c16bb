#pragma once
// A rule: one check with a stable id, the paragraph of GB.349/INS/4 it enforces, a default
// severity, a one-line summary and its documentation. Every rule is listed in catalogue.cpp.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::rules {

// What a rule sees. Document rules judge `partners` and `groups`, the documents being checked
// (a few at a time while a large registry streams in); registry rules judge `registry` once it is
// whole: its digests, its groups and its references.
struct Context {
  const model::Registry& registry;
  model::Date as_of;
  const refdata::ReferenceData& reference;
  std::span<const model::Partner> partners = {};
  std::span<const model::Group> groups = {};
};

// Whether a rule needs one document at a time or the whole registry.
enum class Reach {
  document,  // looks at one partner's or Group's own document (Context::partners, ::groups)
  registry,  // looks across documents (Registry::digests, ::groups, ::partner_references)
};

class Reporter;
using CheckFn = void (*)(const Context&, Reporter&);

struct Rule {
  std::string_view id;         // kebab-case, stable once released
  std::string_view paragraph;  // "19(f)"; empty for rules of the file format itself
  findings::Severity severity;
  std::string_view summary;      // one line
  std::string_view explanation;  // what it checks and why, in a few sentences
  CheckFn check = nullptr;       // nullptr: the loader applies it while reading files
  std::string_view passing;      // a YAML fragment the rule accepts
  std::string_view failing;      // a YAML fragment the rule reports
  Reach reach = Reach::registry;
};

// Collects the findings of rules, filling in each finding's rule id, paragraph and severity.
class Reporter {
 public:
  explicit Reporter(std::vector<findings::Finding>& out) : out_(out) {}

  findings::Finding& add(const Rule& rule, model::Location where, std::string message,
                         std::string hint = {});

 private:
  std::vector<findings::Finding>& out_;
};

// Every rule, format rules first, in a stable order.
std::span<const Rule* const> catalogue();
const Rule* find_rule(std::string_view id);

// Runs the document rules over `context.partners` and `context.groups`.
void run_document_rules(const Context& context, std::vector<findings::Finding>& out);
// Runs the registry rules over the whole registry of `context`.
void run_registry_rules(const Context& context, std::vector<findings::Finding>& out);
// Both, over a registry loaded with its whole partners (tests, the fuzzer).
std::vector<findings::Finding> run_rules(const Context& context);

}  // namespace gcsj::rules
