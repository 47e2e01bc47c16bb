#include "load/value_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace gcsj::load {
namespace {

using i18n::arg;
using i18n::msg;
using model::Field;
using model::Located;

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

bool is_yaml12_bool(std::string_view text) {
  return is_one_of(text, {"true", "True", "TRUE", "false", "False", "FALSE"});
}

// Booleans of YAML 1.1 that YAML 1.2 reads as strings, in YAML 1.1's spellings (yes, Yes, YES).
bool is_yaml11_only_bool(std::string_view text) {
  for (std::string_view word : {"yes", "no", "on", "off", "y", "n"}) {
    std::string capitalised(word), upper(word);
    capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (text == word || text == capitalised || text == upper) return true;
  }
  return false;
}

bool all_of_chars(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

// Plain scalars that YAML 1.2's core schema reads as numbers:
// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, 0o[0-7]+, 0x[0-9a-fA-F]+, [-+]?\.inf
// and .nan (in three casings each). Written out by hand: this runs on every plain scalar.
bool is_yaml12_number(std::string_view text) {
  constexpr std::string_view kDigits = "0123456789";
  if (text.starts_with("0o")) return all_of_chars(text.substr(2), "01234567");
  if (text.starts_with("0x")) return all_of_chars(text.substr(2), "0123456789abcdefABCDEF");
  if (text == ".nan" || text == ".NaN" || text == ".NAN") return true;
  std::string_view rest = text;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) rest.remove_prefix(1);
  if (rest == ".inf" || rest == ".Inf" || rest == ".INF") return true;
  const auto digits = [&] {
    const std::size_t n = std::min(rest.find_first_not_of(kDigits), rest.size());
    rest.remove_prefix(n);
    return n;
  };
  const std::size_t whole = digits();
  if (!rest.empty() && rest[0] == '.') {
    rest.remove_prefix(1);
    if (digits() == 0 && whole == 0) return false;
  } else if (whole == 0) {
    return false;
  }
  if (!rest.empty() && (rest[0] == 'e' || rest[0] == 'E')) {
    rest.remove_prefix(1);
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) rest.remove_prefix(1);
    if (digits() == 0) return false;
  }
  return rest.empty();
}

// The finding of a value of `key` that is not the `expected` type: one sentence for each type.
i18n::Message wrong_type_message(std::string_view key, ValueReader::Expected expected,
                                 i18n::Message actual) {
  using Expected = ValueReader::Expected;
  auto k = arg("key", key);
  auto a = arg("actual", std::move(actual));
  switch (expected) {
    case Expected::string:
      return msg("`{key}` must be a string, not {actual}", std::move(k), std::move(a));
    case Expected::boolean:
      return msg("`{key}` must be `true` or `false`, not {actual}", std::move(k), std::move(a));
    case Expected::date:
      return msg("`{key}` must be a date (YYYY-MM-DD), not {actual}", std::move(k), std::move(a));
    case Expected::whole_number:
      return msg("`{key}` must be a whole number, not {actual}", std::move(k), std::move(a));
    case Expected::mapping:
      return msg("`{key}` must be a mapping, not {actual}", std::move(k), std::move(a));
    case Expected::list:
      return msg("`{key}` must be a list, not {actual}", std::move(k), std::move(a));
    case Expected::one_of_values:
      return msg("`{key}` must be one of its values, not {actual}", std::move(k), std::move(a));
  }
  return msg("`{key}` must be one of its values, not {actual}", std::move(k), std::move(a));
}

}  // namespace

void ValueReader::wrong_type(const Node& node, std::string_view key, Expected expected,
                             i18n::Message hint) {
  report(format::kWrongType, node.where, wrong_type_message(key, expected, describe(node)),
         std::move(hint));
}

bool reads_as_string(const Node& node) {
  return node.is_scalar() &&
         !(node.plain && (is_yaml12_bool(node.text) || is_yaml12_number(node.text)));
}

Field<std::string> ValueReader::string(const Node& node, std::string_view what) {
  Field<std::string> field;
  if (reads_as_string(node)) {
    field = Located<std::string>{node.text, node.where};
    return field;
  }
  if (!node.is_invalid()) {
    wrong_type(
        node, what, Expected::string,
        node.is_scalar() ? msg("quote it: \"{value}\"", arg("value", node.text)) : i18n::Message());
  }
  field.unreadable = true;
  return field;
}

Field<bool> ValueReader::boolean(const Node& node, std::string_view what) {
  Field<bool> field;
  if (node.is_scalar() && node.plain && is_yaml12_bool(node.text)) {
    field = Located<bool>{node.text[0] == 't' || node.text[0] == 'T', node.where};
    return field;
  }
  field.unreadable = true;
  if (node.is_invalid()) return field;
  if (node.is_scalar() &&
      (is_yaml11_only_bool(node.text) || (!node.plain && is_yaml12_bool(node.text)))) {
    report(format::kAmbiguousBoolean, node.where,
           wrong_type_message(what, Expected::boolean, describe(node)),
           msg("YAML 1.1 and 1.2 read this differently; write `true` or `false`, unquoted"));
    return field;
  }
  wrong_type(node, what, Expected::boolean);
  return field;
}

Field<model::Date> ValueReader::date(const Node& node, std::string_view what) {
  Field<model::Date> field;
  if (node.is_scalar()) {
    if (auto date = model::Date::parse(node.text)) {
      if (model::is_readable(*date)) {
        field = Located<model::Date>{*date, node.where};
        return field;
      }
      report(
          format::kInvalidDate, node.where,
          msg("`{key}` is {value}: dates run from {first} to {last} (four-digit years, with "
              "room for the dates computed from them)",
              arg("key", what), arg("value", node.text), arg("first", model::kFirstReadDate.iso()),
              arg("last", model::kLastReadDate.iso())));
      field.unreadable = true;
      return field;
    }
    report(format::kInvalidDate, node.where,
           msg("`{key}` must be a calendar date written YYYY-MM-DD, not {actual}", arg("key", what),
               arg("actual", describe(node))));
  } else if (!node.is_invalid()) {
    wrong_type(node, what, Expected::date);
  }
  field.unreadable = true;
  return field;
}

Field<long> ValueReader::integer(const Node& node, std::string_view what) {
  Field<long> field;
  if (node.is_scalar() && node.plain) {
    long value = 0;
    const char* begin = node.text.data();
    const char* end = begin + node.text.size();
    if (begin != end && *begin == '+') ++begin;
    const char* digits = begin != end && *begin == '-' ? begin + 1 : begin;
    if (end - digits > 1 && *digits == '0' &&
        std::all_of(digits, end, [](char c) { return c >= '0' && c <= '9'; })) {
      const std::size_t significant = node.text.find_first_not_of("+-0");
      // The number as YAML 1.2 reads it, its sign kept: the hint and the fix.
      std::string number;
      if (node.text.front() == '-' && significant != std::string::npos) number += '-';
      number += significant == std::string::npos ? std::string_view("0")
                                                 : std::string_view(node.text).substr(significant);
      auto& finding = report(
          format::kAmbiguousNumber, node.where,
          msg("`{key}` must be written without a leading zero, not {actual}", arg("key", what),
              arg("actual", describe(node))),
          msg("YAML 1.1 reads a leading zero as an octal number and YAML 1.2 does not; write "
              "{number}",
              arg("number", number)));
      finding.fix = findings::replacing(node.where, std::move(number));
      field.unreadable = true;
      return field;
    }
    const auto [ptr, error] = std::from_chars(begin, end, value);
    if (error == std::errc() && ptr == end) {
      field = Located<long>{value, node.where};
      return field;
    }
  }
  if (!node.is_invalid()) wrong_type(node, what, Expected::whole_number);
  field.unreadable = true;
  return field;
}

bool ValueReader::expect_mapping(const Node& node, std::string_view key) {
  if (node.is_mapping()) return true;
  if (!node.is_invalid()) wrong_type(node, key, Expected::mapping);
  return false;
}

bool ValueReader::expect_item_mapping(const Node& item, std::string_view list_key) {
  if (item.is_mapping()) return true;
  if (!item.is_invalid())
    report(format::kWrongType, item.where,
           msg("the items of `{key}` must be mappings, not {actual}", arg("key", list_key),
               arg("actual", describe(item))));
  return false;
}

void ValueReader::check_keys(const Node& mapping, std::span<const std::string_view> known,
                             const i18n::Message& context) {
  for (const Entry& entry : mapping.entries) {
    const std::string& key = entry.key.text;
    if (key.starts_with("x_")) continue;
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    const std::string close = util::closest_match(key, known);
    auto& finding =
        report(format::kUnknownKey, entry.key.where,
               msg("unknown key `{key}` in {context}", arg("key", key), arg("context", context)),
               close.empty() ? msg("extension keys start with x_")
                             : msg("did you mean `{suggestion}`?", arg("suggestion", close)));
    // Renaming the key to one the mapping already has would only make a duplicate.
    if (!close.empty() && !find_entry(mapping, close))
      finding.fix = findings::replacing(entry.key.where, close);
  }
}

}  // namespace gcsj::load
