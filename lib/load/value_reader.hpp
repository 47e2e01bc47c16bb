#pragma once
// Typed reads from a YAML tree: each either yields a located value or reports a format finding
// (wrong type, ambiguous boolean, invalid date, invalid value) and yields an unreadable field.

#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "load/format_rules.hpp"
#include "load/yaml_tree.hpp"
#include "model/date.hpp"
#include "model/enum_names.hpp"
#include "model/location.hpp"
#include "util/suggest.hpp"

namespace gcsj::load {

class ValueReader {
 public:
  explicit ValueReader(findings::FindingList& out) : out_(out) {}

  // `what` names the value in messages, usually its key.
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

  // True for a mapping; reports the wrong type otherwise.
  bool expect_mapping(const Node& node, std::string_view what);

  // Reports every key of `mapping` that is not in `known` (keys starting with x_ are extensions).
  void check_keys(const Node& mapping, std::span<const std::string_view> known,
                  std::string_view context);

  void wrong_type(const Node& node, std::string_view what, std::string_view expected,
                  std::string hint = {});

  // Adds a finding of a format rule.
  findings::Finding& report(const findings::Rule& rule, model::Location where, std::string message,
                            std::string hint = {}) {
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
    wrong_type(node, what, "one of its values");
    field.unreadable = true;
    return field;
  }
  if (auto value = model::parse_enum<E>(node.text)) {
    field = model::Located<E>{*value, node.where};
    return field;
  }
  const auto names = model::names_of<E>();
  std::string hint = fmt::format("expected one of: {}", fmt::join(names, ", "));
  if (std::string close = util::closest_match(node.text, names); !close.empty())
    hint = fmt::format("did you mean `{}`? ({})", close, hint);
  report(format::kInvalidValue, node.where,
         fmt::format("{} is not a valid value of `{}`", describe(node), what), std::move(hint));
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
    for (const Node& item : node.items)
      if (auto value = read_item(item, what)) values.push_back(std::move(*value));
  } else if (allow_single && node.is_scalar()) {
    if (auto value = read_item(node, what)) values.push_back(std::move(*value));
  } else {
    wrong_type(node, what, "a list");
    field.unreadable = true;
    return field;
  }
  field = model::Located<std::vector<model::Located<T>>>{std::move(values), node.where};
  return field;
}

}  // namespace gcsj::load
