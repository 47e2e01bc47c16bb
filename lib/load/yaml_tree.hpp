#pragma once
// A small positioned tree of one YAML document, built from yaml-cpp's event API.
//
// yaml-cpp's node API hides duplicate keys and expands aliases; events do neither, so the tree
// builder reports duplicate keys at their second occurrence, refuses aliases and merge keys, and
// converts yaml-cpp's 0-based byte marks into 1-based code-point locations.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "i18n/message.hpp"
#include "model/location.hpp"

namespace gcsj::load {

struct Node;

struct Entry;

struct Node {
  enum class Kind : unsigned char { null, scalar, sequence, mapping, invalid };
  Kind kind = Kind::null;
  bool plain = false;  // a scalar written without quotes, block style or tag
  model::Location where;
  std::string text;            // scalar
  std::vector<Node> items;     // sequence
  std::vector<Entry> entries;  // mapping, duplicates and merge keys removed

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_mapping() const { return kind == Kind::mapping; }
  bool is_sequence() const { return kind == Kind::sequence; }
  // An alias or a broken node: already reported, so readers skip it silently.
  bool is_invalid() const { return kind == Kind::invalid; }
};

struct Entry {
  Node key;  // always a scalar
  Node value;
};

// The nodes of the tree rooted at `node`, itself, keys and values included.
std::size_t count_nodes(const Node& node);

// Finds `key` among a mapping's entries; nullptr when absent.
const Entry* find_entry(const Node& mapping, std::string_view key);

// A hash of what a node holds (kinds, texts, keys, items), not of where: the identity of a
// document without one of its own (no `id`, no `kind`), the same wherever it stands. FNV-1a over
// each text with its length, so that no two trees give the same stream of bytes.
std::uint64_t content_hash(const Node& node, std::uint64_t hash = 0xcbf29ce484222325ULL);

// FNV-1a of `text`, continued from `hash`.
std::uint64_t text_hash(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL);

// Describes a node for messages, as a phrase: "a mapping", "the string \"x\"", "nothing (null)";
// a plain scalar is its text in backticks, written as given.
i18n::Message describe(const Node& node);

}  // namespace gcsj::load
