#include "findings/baseline.hpp"

#include <fmt/format.h>

#include "model/enum_names.hpp"

namespace gcsj::findings {
namespace {

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::string subject_key(const Finding& finding) {
  const Subject& s = finding.subject;
  std::string key;
  if (s.several)
    key = "several";
  else if (!s.partner.empty())
    key = "partner " + s.partner;
  else if (s.in_member)
    key = "member " + s.member;
  else if (s.in_group)
    key = "group";
  if (finding.seat) {
    key.append(" seat ").append(model::enum_name(finding.seat->seat));
    if (finding.seat->region) key.append(" ").append(model::enum_name(*finding.seat->region));
  }
  return key;
}

std::string baseline_key(const Finding& finding, std::string_view path) {
  // The message in English: the same finding is matched whatever the language of the output.
  const std::string message = finding.message.english();
  const std::string subject = subject_key(finding);
  std::string key;
  key.reserve(finding.rule.size() + path.size() + subject.size() + message.size() + 3);
  key.append(finding.rule).append(1, '\0').append(path).append(1, '\0').append(subject);
  key.append(1, '\0').append(message);
  // A summary stands for its findings: the same count of the same findings.
  if (finding.summarises) {
    key.append(1, '\0').append(std::to_string(finding.summarises->count));
    key.append(1, '\0').append(fmt::format("{:016x}", finding.summarises->identities));
  }
  return key;
}

std::uint64_t identity_hash(const Finding& finding) {
  const std::string subject = subject_key(finding);
  return fnv1a(finding.message.english(), fnv1a(std::string_view("\0", 1), fnv1a(subject)));
}

std::string fingerprint(std::string_view key) {
  return fmt::format("{:016x}", fnv1a(key));
}

}  // namespace gcsj::findings
