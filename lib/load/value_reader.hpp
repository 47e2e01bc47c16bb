#pragma once
// Typed reads from a YAML tree: each either yields a located value or reports a format finding
// (wrong type, ambiguous boolean, invalid date, invalid value) and yields an unreadable field.

#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "load/format_rules.hpp"
#include "load/yaml_tree.hpp"
#include "model/date.hpp"
#include "model/enum_names.hpp"
#include "model/location.hpp"
#include "util/suggest.hpp"

namespace gcsj::load {

// True when `node` is read as a string: a scalar, but not a plain YAML 1.2 boolean or number.
bool reads_as_string(const Node& node);

class ValueReader {
 public:
  explicit ValueReader(findings::FindingList& out) : out_(out) {}

  // `what` names the value in messages: its key, written as given.
  model::Field<std::string> string(const Node& node, std::string_view what);
  model::Field<bool> boolean(const Node& node, std::string_view what);
  model::Field<model::Date> date(const Node& node, std::string_view what);
  model::Field<long> integer(const Node& node, std::string_view what);

  template <class E>
  model::Field<E> enumeration(const Node& node, std::string_view what);

  // A list whose items are read by `read_item(node, what)`; with `allow_single`, a lone scalar
  // is read as a list of one.
  template <class T, class ReadItem>
  model::FieldList<T> list(const Node& node, std::string_view what, ReadItem read_item,
                           bool allow_single = false);

  // True for a mapping; reports the wrong type of `key`'s value otherwise.
  bool expect_mapping(const Node& node, std::string_view key);
  // True for a mapping; reports the wrong type of an item of the list `list_key` otherwise.
  bool expect_item_mapping(const Node& item, std::string_view list_key);

  // Reports every key of `mapping` that is not in `known` (keys starting with x_ are extensions),
  // saying where it is: `context` is a phrase ("an action", "`adherence`").
  void check_keys(const Node& mapping, std::span<const std::string_view> known,
                  const i18n::Message& context);

  // What a value was expected to be, in a wrong-type finding about the value of a key.
  enum class Expected : unsigned char {
    string,
    boolean,
    date,
    whole_number,
    mapping,
    list,
    one_of_values,  // of an enumerated key
  };
  void wrong_type(const Node& node, std::string_view key, Expected expected,
                  i18n::Message hint = {});

  // Adds a finding of a format rule.
  findings::Finding& report(const findings::Rule& rule, model::Location where,
                            i18n::Message message, i18n::Message hint = {}) {
    return out_.add(rule, where, std::move(message), std::move(hint));
  }

 private:
  findings::FindingList& out_;
};

template <class E>
model::Field<E> ValueReader::enumeration(const Node& node, std::string_view what) {
  model::Field<E> field;
  if (node.is_invalid()) {
    field.unreadable = true;
    return field;
  }
  if (!node.is_scalar()) {
    wrong_type(node, what, Expected::one_of_values);
    field.unreadable = true;
    return field;
  }
  if (auto value = model::parse_enum<E>(node.text)) {
    field = model::Located<E>{*value, node.where};
    return field;
  }
  using i18n::arg;
  using i18n::msg;
  const auto names = model::names_of<E>();
  std::string values = fmt::format("{}", fmt::join(names, ", "));
  const std::string close = util::closest_match(node.text, names);
  auto& finding =
      report(format::kInvalidValue, node.where,
             msg("{value} is not a valid value of `{key}`", arg("value", describe(node)),
                 arg("key", what)),
             close.empty() ? msg("expected one of: {values}", arg("values", std::move(values)))
                           : msg("did you mean `{suggestion}`? (expected one of: {values})",
                                 arg("suggestion", close), arg("values", std::move(values))));
  if (!close.empty()) finding.fix = findings::replacing(node.where, close);
  field.unreadable = true;
  return field;
}

template <class T, class ReadItem>
model::FieldList<T> ValueReader::list(const Node& node, std::string_view what, ReadItem read_item,
                                      bool allow_single) {
  model::FieldList<T> field;
  if (node.is_invalid()) {
    field.unreadable = true;
    return field;
  }
  std::vector<model::Located<T>> values;
  if (node.is_sequence()) {
    values.reserve(node.items.size());  // no spare capacity kept in a registry held whole
    for (const Node& item : node.items)
      if (auto value = read_item(item, what)) values.push_back(std::move(*value));
  } else if (allow_single && node.is_scalar()) {
    if (auto value = read_item(node, what)) values.push_back(std::move(*value));
  } else {
    wrong_type(node, what, Expected::list);
    field.unreadable = true;
    return field;
  }
  field = model::Located<std::vector<model::Located<T>>>{std::move(values), node.where};
  return field;
}

}  // namespace gcsj::load
