#include "load/yaml_tree.hpp"

namespace gcsj::load {

std::size_t count_nodes(const Node& node) {
  std::size_t count = 1;
  for (const Node& item : node.items) count += count_nodes(item);
  for (const Entry& entry : node.entries) count += 1 + count_nodes(entry.value);
  return count;
}

const Entry* find_entry(const Node& mapping, std::string_view key) {
  for (const Entry& entry : mapping.entries)
    if (entry.key.text == key) return &entry;
  return nullptr;
}

std::uint64_t text_hash(std::string_view text, std::uint64_t hash) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::uint64_t content_hash(const Node& node, std::uint64_t hash) {
  // The kind, then the text or the number of children, each written out with its length.
  const auto word = [&hash](std::string_view part) {
    hash = text_hash(std::to_string(part.size()), hash);
    hash = text_hash(":", hash);
    hash = text_hash(part, hash);
  };
  word(std::string(1, static_cast<char>('0' + static_cast<int>(node.kind))));
  switch (node.kind) {
    case Node::Kind::scalar:
      word(node.text);
      break;
    case Node::Kind::sequence:
      word(std::to_string(node.items.size()));
      for (const Node& item : node.items) hash = content_hash(item, hash);
      break;
    case Node::Kind::mapping:
      word(std::to_string(node.entries.size()));
      for (const Entry& entry : node.entries) {
        hash = content_hash(entry.key, hash);
        hash = content_hash(entry.value, hash);
      }
      break;
    case Node::Kind::null:
    case Node::Kind::invalid:
      break;
  }
  return hash;
}

i18n::Message describe(const Node& node) {
  using i18n::arg;
  using i18n::msg;
  // TRANSLATORS: these phrases describe the value a registry file holds where a finding says
  // what was expected instead ("`levels` must be a list, not a mapping").
  switch (node.kind) {
    case Node::Kind::null:
      return msg("nothing (null)");
    case Node::Kind::sequence:
      return msg("a list");
    case Node::Kind::mapping:
      return msg("a mapping");
    case Node::Kind::invalid:
      return msg("an invalid value");
    case Node::Kind::scalar:
      break;
  }
  std::string text = node.text.size() > 40 ? node.text.substr(0, 37) + "..." : node.text;
  // TRANSLATORS: a value written without quotes in a registry file, as given.
  if (node.plain) return msg("`{value}`", arg("value", std::move(text)));
  return msg("the string \"{value}\"", arg("value", std::move(text)));
}

}  // namespace gcsj::load
