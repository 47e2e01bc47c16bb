#include "load/yaml_errors.hpp"

#include <array>
#include <utility>

namespace gcsj::load {
namespace {

using i18n::NC_;

// yaml-cpp 0.7's messages of the scanner and parser (ErrorMsg in yaml-cpp/exceptions.h), as it
// writes them; those it ends with ": " and a value are matched by their start.
constexpr std::array kMessages{
    NC_("an error of yaml-cpp, the YAML parser", "YAML directives must have exactly one argument"),
    NC_("an error of yaml-cpp, the YAML parser", "YAML major version too large"),
    NC_("an error of yaml-cpp, the YAML parser", "repeated YAML directive"),
    NC_("an error of yaml-cpp, the YAML parser", "TAG directives must have exactly two arguments"),
    NC_("an error of yaml-cpp, the YAML parser", "repeated TAG directive"),
    NC_("an error of yaml-cpp, the YAML parser",
        "illegal character found while scanning tag handle"),
    NC_("an error of yaml-cpp, the YAML parser", "tag handle with no suffix"),
    NC_("an error of yaml-cpp, the YAML parser", "end of verbatim tag not found"),
    NC_("an error of yaml-cpp, the YAML parser", "end of map not found"),
    NC_("an error of yaml-cpp, the YAML parser", "end of map flow not found"),
    NC_("an error of yaml-cpp, the YAML parser", "end of sequence not found"),
    NC_("an error of yaml-cpp, the YAML parser", "end of sequence flow not found"),
    NC_("an error of yaml-cpp, the YAML parser", "cannot assign multiple tags to the same node"),
    NC_("an error of yaml-cpp, the YAML parser", "cannot assign multiple anchors to the same node"),
    NC_("an error of yaml-cpp, the YAML parser", "cannot assign multiple aliases to the same node"),
    NC_("an error of yaml-cpp, the YAML parser",
        "aliases can't have any content, *including* tags"),
    NC_("an error of yaml-cpp, the YAML parser", "bad character found while scanning hex number"),
    NC_("an error of yaml-cpp, the YAML parser", "unknown token"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal document indicator in scalar"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal EOF in scalar"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal character in scalar"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal tab when looking for indentation"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal flow end"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal block entry"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal map key"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal map value"),
    NC_("an error of yaml-cpp, the YAML parser", "alias not found after *"),
    NC_("an error of yaml-cpp, the YAML parser", "anchor not found after &"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal character found while scanning alias"),
    NC_("an error of yaml-cpp, the YAML parser", "illegal character found while scanning anchor"),
    NC_("an error of yaml-cpp, the YAML parser", "cannot set zero indentation for a block scalar"),
    NC_("an error of yaml-cpp, the YAML parser", "unexpected character in block scalar"),
    NC_("an error of yaml-cpp, the YAML parser", "cannot assign the same alias to multiple nodes"),
    NC_("an error of yaml-cpp, the YAML parser", "the referenced anchor is not defined"),
    NC_("an error of yaml-cpp, the YAML parser", "unmatched group tag"),
    NC_("an error of yaml-cpp, the YAML parser", "unexpected end sequence token"),
    NC_("an error of yaml-cpp, the YAML parser", "unexpected end map token"),
    NC_("an error of yaml-cpp, the YAML parser", "invalid character in single-quoted string"),
    NC_("an error of yaml-cpp, the YAML parser", "invalid anchor"),
    NC_("an error of yaml-cpp, the YAML parser", "invalid alias"),
};

// The messages yaml-cpp ends with ": " and a value.
constexpr std::array kPrefixes{
    NC_("an error of yaml-cpp, the YAML parser", "bad YAML version"),
    NC_("an error of yaml-cpp, the YAML parser", "invalid unicode"),
    NC_("an error of yaml-cpp, the YAML parser", "unknown escape character"),
};

}  // namespace

i18n::Arg yaml_error_detail(std::string name, std::string_view text) {
  for (const i18n::Term& term : kMessages)
    if (text == term.msgid) return i18n::arg(std::move(name), term);
  for (const i18n::Term& term : kPrefixes)
    if (text.size() > term.msgid.size() + 2 && text.substr(0, term.msgid.size()) == term.msgid &&
        text.substr(term.msgid.size(), 2) == ": ")
      return i18n::arg(std::move(name),
                       i18n::msg("{description}: {value}", i18n::arg("description", term),
                                 i18n::arg("value", text.substr(term.msgid.size() + 2))));
  return i18n::arg(std::move(name), text);
}

}  // namespace gcsj::load
