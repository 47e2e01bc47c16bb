#pragma once
// `gcsj rules [FILTER]`: the rule catalogue; `gcsj explain RULE`: one rule, what it checks and why.

#include <string>
#include <string_view>
#include <vector>

#include "app/error.hpp"
#include "findings/rule.hpp"

namespace gcsj::app {

struct RulesRequest {
  std::string filter;           // part of an id, a paragraph (19, 19(f), ¶19(f)), or `format`
  std::string format = "text";  // a row of render::rules_formats()
  std::string lang;
};

// True when `rule` is one `gcsj rules FILTER` lists.
bool listed(const findings::Rule& rule, std::string_view filter);
std::vector<const findings::Rule*> rules_listed(std::string_view filter);

Expected<Printed> rules(const RulesRequest& request);

struct ExplainRequest {
  std::string rule;  // a rule id
  std::string lang;
};

// A usage Error for an id no rule has, with the closest one.
Expected<Printed> explain(const ExplainRequest& request);

}  // namespace gcsj::app
