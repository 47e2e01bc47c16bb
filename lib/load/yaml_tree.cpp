#include "load/yaml_tree.hpp"

#include <fmt/format.h>

namespace gcsj::load {

const Entry* find_entry(const Node& mapping, std::string_view key) {
  for (const Entry& entry : mapping.entries)
    if (entry.key.text == key) return &entry;
  return nullptr;
}

std::string describe(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null:
      return "nothing (null)";
    case Node::Kind::sequence:
      return "a list";
    case Node::Kind::mapping:
      return "a mapping";
    case Node::Kind::invalid:
      return "an invalid value";
    case Node::Kind::scalar:
      break;
  }
  std::string text = node.text.size() > 40 ? node.text.substr(0, 37) + "..." : node.text;
  return node.plain ? fmt::format("`{}`", text) : fmt::format("the string \"{}\"", text);
}

}  // namespace gcsj::load
