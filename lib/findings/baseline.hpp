#pragma once
// How a finding is recognised in two versions of a registry (`--base REF`), where lines move: by
// its rule, the path of its file and its message (in English, whatever the language of the
// output), which names the values involved and no line of
// the registry (but for a Group member without a name, named by its line). Two findings of one
// key in a version are two occurrences: a version with three where the other has two introduces
// (or resolves) one, the last in report order.

#include <cstdint>
#include <string>
#include <string_view>

#include "findings/finding.hpp"

namespace gcsj::findings {

// What a finding of the newer version is against the older one.
enum class BaselineState { introduced, unchanged };

// The key of `finding`, whose file is shown as `path`.
std::string baseline_key(const Finding& finding, std::string_view path);

// A stable 64-bit hash of a key (FNV-1a), as 16 hexadecimal digits: the same finding gets the
// same fingerprint in every run and version (SARIF's partialFingerprints).
std::string fingerprint(std::string_view key);

}  // namespace gcsj::findings
