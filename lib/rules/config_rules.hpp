#pragma once
// Rules about the .gcsj.yaml configuration itself, applied when it is read (config/).

#include "rules/rule.hpp"

namespace gcsj::rules::config {

extern const Rule kUnknownRule;
extern const Rule kWaiverIncomplete;
extern const Rule kWaiverExpired;
extern const Rule kWaiverUnused;

}  // namespace gcsj::rules::config
