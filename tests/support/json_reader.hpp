#pragma once
// A small strict JSON reader for tests, so that a renderer's JSON is read back as values rather
// than searched as text. Throws std::runtime_error on anything that is not one whole JSON value.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gcsj::testing {

struct Json {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string text;                                  // string
  std::vector<Json> items;                           // array
  std::vector<std::pair<std::string, Json>> fields;  // object, in the order written

  bool is_null() const { return kind == Kind::null; }
  bool has(std::string_view key) const;
  // The member `key` of an object, the item `index` of an array: std::runtime_error when absent.
  const Json& operator[](std::string_view key) const;
  const Json& operator[](std::size_t index) const;
  std::size_t size() const { return kind == Kind::object ? fields.size() : items.size(); }
  // The keys of an object, in order.
  std::vector<std::string> keys() const;
  long integer() const;            // a number that is an integer; std::runtime_error otherwise
  const std::string& str() const;  // a string; std::runtime_error otherwise
};

Json parse_json(std::string_view text);

}  // namespace gcsj::testing
