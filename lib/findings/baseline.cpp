#include "findings/baseline.hpp"

#include <type_traits>
#include <variant>

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

// The hashes of a summary's findings, eight bytes at a time: a summary may count millions. The
// same on every machine (bytes are read in little-endian order).
std::uint64_t mix(std::uint64_t word, std::uint64_t hash) {
  hash = (hash ^ word) * 0x9e3779b97f4a7c15ULL;
  return hash ^ (hash >> 29);
}

std::uint64_t mix(std::string_view text, std::uint64_t hash) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    for (std::size_t b = 0; b < 8; ++b)
      word |= std::uint64_t{static_cast<unsigned char>(text[i + b])} << (8 * b);
    hash = mix(word, hash);
  }
  std::uint64_t tail = text.size();  // the length, so that "a" and "a\0" differ
  for (std::size_t b = 0; i + b < text.size(); ++b)
    tail ^= std::uint64_t{static_cast<unsigned char>(text[i + b])} << (8 * b + 8);
  return mix(tail, hash);
}

// A hash of what a message says, from its parts: equal messages hash alike, without writing
// them (a summary may count millions).
std::uint64_t hash_message(const i18n::Message& message, std::uint64_t hash) {
  if (message.msgid().empty()) return mix(message.english(), hash);  // verbatim text
  hash = mix(message.msgid(), hash);
  for (const i18n::Arg& arg : message.args()) {
    hash = mix(arg.name, mix(arg.value.index(), hash));
    hash = std::visit(
        [hash](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::string>)
            return mix(std::string_view(value), hash);
          else if constexpr (std::is_same_v<T, long long>)
            return mix(static_cast<std::uint64_t>(value), hash);
          else if constexpr (std::is_same_v<T, model::Date>)
            return mix(
                static_cast<std::uint64_t>(value.year * 10000LL + value.month * 100 + value.day),
                hash);
          else if constexpr (std::is_same_v<T, i18n::Term>)
            return mix(value.msgid, mix(value.context, hash));
          else
            return value ? hash_message(*value, hash) : hash;
        },
        arg.value);
  }
  return hash;
}

}  // namespace

namespace {

// Appends one part of a key, preceded by its length: no value (an id may hold any character)
// can stand for the end of one part and the start of the next.
void append_part(std::string& key, std::string_view part) {
  key.append(std::to_string(part.size())).append(1, ':').append(part);
}

}  // namespace

std::string subject_key(const Finding& finding) {
  const Subject& s = finding.subject;
  std::string key;
  if (s.several) {
    key = "several";
  } else if (!s.partner.empty()) {
    key = "partner ";
    append_part(key, s.partner);
  } else if (s.in_member) {
    key = "member ";
    append_part(key, s.member);
    append_part(key, s.entry);
  } else if (s.in_group) {
    key = "group";
  } else if (!s.anonymous.empty()) {
    key = "document ";
    append_part(key, s.anonymous);
  }
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
  key.reserve(finding.rule.size() + path.size() + subject.size() + message.size() + 24);
  append_part(key, finding.rule);
  append_part(key, path);
  append_part(key, subject);
  append_part(key, message);
  // A summary stands for its findings: the same count of the same findings.
  if (finding.summarises) {
    append_part(key, std::to_string(finding.summarises->count));
    append_part(key, fmt::format("{:016x}", finding.summarises->identities));
  }
  return key;
}

std::uint64_t identity_hash(const Finding& finding) {
  const std::string subject = subject_key(finding);
  return hash_message(finding.message, mix(subject, 0xcbf29ce484222325ULL));
}

std::string fingerprint(std::string_view key) {
  return fmt::format("{:016x}", fnv1a(key));
}

}  // namespace gcsj::findings
