#pragma once
// Where a value stands in the registry: 1-based line and column (in Unicode code points).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gcsj::model {

using FileId = std::uint32_t;

struct Location {
  FileId file = 0;
  int line = 0;    // 1-based; 0 means "the whole file"
  int column = 0;  // 1-based; 0 means "the whole line"

  friend auto operator<=>(const Location&, const Location&) = default;
};

// A value read from the registry together with the place it was read from.
template <class T>
struct Located {
  T value{};
  Location where;
};

// A value of the registry that may be absent. `unreadable` marks a key that was present but whose
// value the loader refused (and reported): rules treat it as neither present nor missing, so one
// mistake gives one finding.
template <class T>
struct Field : std::optional<Located<T>> {
  using std::optional<Located<T>>::optional;
  using std::optional<Located<T>>::operator=;

  bool unreadable = false;
  bool absent() const { return !this->has_value() && !unreadable; }
};

template <class T>
using FieldList = Field<std::vector<Located<T>>>;

}  // namespace gcsj::model
