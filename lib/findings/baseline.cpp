#include "findings/baseline.hpp"

#include <fmt/format.h>

namespace gcsj::findings {

std::string baseline_key(const Finding& finding, std::string_view path) {
  // The message in English: the same finding is matched whatever the language of the output.
  const std::string message = finding.message.english();
  std::string key;
  key.reserve(finding.rule.size() + path.size() + message.size() + 2);
  key.append(finding.rule).append(1, '\0').append(path).append(1, '\0').append(message);
  return key;
}

std::string fingerprint(std::string_view key) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace gcsj::findings
