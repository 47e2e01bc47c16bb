#pragma once
// What each key of the registry format means, in words a translator translates, with the rules
// that judge it: the one table of key meanings (hover and completion read it). The keys
// themselves come from the loader's key tables (load::partner_key_paths() and its kin); a test
// holds this table to them, so a new key of the format gets its meaning here.

#include <span>
#include <string_view>
#include <vector>

#include "findings/rule.hpp"

namespace gcsj::lsp {

struct KeyMeaning {
  std::string_view kind;     // the document's kind: "partner", "coordinating-group", "forum"
  std::string_view path;     // as the loader's key paths write it: "actions.status"
  std::string_view meaning;  // an N_() msgid: translate it where it is written
  std::string_view rules;    // the ids of the rules that judge the key, separated by spaces
};

std::span<const KeyMeaning> key_meanings();

// The meaning of `path` in a document of `kind`; nullptr when the table has none.
const KeyMeaning* key_meaning(std::string_view kind, std::string_view path);

// The rules of the catalogue a meaning names, in its order.
std::vector<const findings::Rule*> rules_of(const KeyMeaning& meaning);

// Every key path of the documents of `kind`, from the loader's tables ("" for an unknown kind).
std::vector<std::string> key_paths_of(std::string_view kind);

}  // namespace gcsj::lsp
