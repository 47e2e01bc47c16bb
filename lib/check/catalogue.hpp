#pragma once
// The catalogue: every rule gcsj knows, in one list, and the runner of the rules that have a
// check function.

#include <span>
#include <string_view>
#include <vector>

#include "findings/finding_list.hpp"
#include "findings/rule.hpp"
#include "rules/rules.hpp"

namespace gcsj::check {

// Every rule: the file format, partners, the Coordinating Group, the configuration, in the order
// `gcsj rules` lists them.
std::span<const findings::Rule* const> catalogue();
const findings::Rule* find_rule(std::string_view id);

// Runs the document rules over `context.documents`.
void run_document_rules(const rules::Context& context, findings::FindingList& out);
// Runs the registry rules over the whole registry of `context`.
void run_registry_rules(const rules::Context& context, findings::FindingList& out);
// Both, over a registry loaded with its whole partners (tests, the fuzzer).
void run_rules(const rules::Context& context, findings::FindingList& out);

}  // namespace gcsj::check
