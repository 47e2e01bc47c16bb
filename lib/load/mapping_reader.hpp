#pragma once
// Reads a YAML mapping into a struct through a table of known keys, one reader per key, and
// reports the keys the table does not know.

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/message.hpp"
#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"

namespace gcsj::load {

template <class Target>
struct KeyReader {
  std::string_view key;
  void (*read)(Target& target, const Entry& entry, ValueReader& reader);
};

// Reads every entry of `mapping` whose key is in `keys` and is accepted by `allowed` (a
// predicate on the key); all other keys are reported as unknown in `context` (a phrase: "an
// action").
template <class Target, class Allowed>
void read_mapping(const Node& mapping, std::span<const KeyReader<Target>> keys, Allowed allowed,
                  const i18n::Message& context, Target& target, ValueReader& reader) {
  bool unknown = false;
  for (const Entry& entry : mapping.entries) {
    const auto key = std::find_if(keys.begin(), keys.end(), [&](const KeyReader<Target>& k) {
      return k.key == entry.key.text && allowed(k.key);
    });
    if (key != keys.end())
      key->read(target, entry, reader);
    else
      unknown = true;
  }
  // Only a mapping with an unknown key pays for the list of allowed keys and the suggestions.
  if (unknown) {
    std::vector<std::string_view> known;
    for (const auto& key : keys)
      if (allowed(key.key)) known.push_back(key.key);
    reader.check_keys(mapping, known, context);
  }
}

template <class Target>
void read_mapping(const Node& mapping, std::span<const KeyReader<Target>> keys,
                  const i18n::Message& context, Target& target, ValueReader& reader) {
  read_mapping(
      mapping, keys, [](std::string_view) { return true; }, context, target, reader);
}

// Appends `prefix` + each key of `keys` to `out` (key_paths of the readers).
template <class Target>
void append_key_paths(std::vector<std::string>& out, std::string_view prefix,
                      std::span<const KeyReader<Target>> keys) {
  for (const auto& k : keys) out.push_back(std::string(prefix) + std::string(k.key));
}

}  // namespace gcsj::load
