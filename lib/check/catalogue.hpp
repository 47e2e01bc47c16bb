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
// Every document a registry loaded with its whole partners holds, as one batch: those of the kinds
// without a list of their own (Registry::other_documents), the partners and the Group.
model::Documents all_documents(const model::Registry& registry);
// Both, over a registry loaded with its whole partners (tests, the fuzzer), the document rules
// judging all_documents() as one batch.
void run_rules(const rules::Context& context, findings::FindingList& out);

}  // namespace gcsj::check
