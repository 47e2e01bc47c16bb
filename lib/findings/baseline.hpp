#pragma once
// How a finding is recognised in two versions of a registry (`--base REF`), where lines move: by
// its rule, the path of its file, its subject (the partner, the Group member or the Group as a
// whole it is about, with the seat it concerns) and its message (in English, whatever the language
// of the output), which names the values involved and no line of the registry (but for a Group
// member without a name, named by its line). Two findings of one key in a version are two
// occurrences: a version with three where the other has two introduces (or resolves) one, the
// last in report order. The summary of the findings not kept past FindingList's limit is known by
// how many they are and the sum of their own identities (subject and message), so it matches
// only a summary of the same findings.

#include <cstdint>
#include <string>
#include <string_view>

#include "findings/finding.hpp"

namespace gcsj::findings {

// What a finding of the newer version is against the older one.
enum class BaselineState { introduced, unchanged };

// The key of `finding`, whose file is shown as `path`.
std::string baseline_key(const Finding& finding, std::string_view path);

// The subject of `finding` as text, its seat included: part of its key.
std::string subject_key(const Finding& finding);

// The identity of one finding of a summary (its rule and file are the summary's): a hash of its
// subject and its message (its original and values, not written out).
std::uint64_t identity_hash(const Finding& finding);

// A stable 64-bit hash of a key (FNV-1a), as 16 hexadecimal digits: the same finding gets the
// same fingerprint in every run and version (SARIF's partialFingerprints).
std::string fingerprint(std::string_view key);

}  // namespace gcsj::findings
