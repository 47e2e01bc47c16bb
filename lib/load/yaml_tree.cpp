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
