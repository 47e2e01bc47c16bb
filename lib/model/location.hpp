#pragma once
// Where a value stands in the registry: 1-based line and column (in Unicode code points).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
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
//
// It reads like a std::optional<Located<T>> (has_value, *, ->, value, reset, emplace) but keeps
// its two flags side by side after the value: a registry held whole has some forty fields per
// partner, and a std::optional's flag plus `unreadable` cost 8 bytes more per field (a Partner
// took 1,600 bytes before its text, now 1,408; an Action 592, now 520).
template <class T>
class Field {
 public:
  Field() = default;
  Field(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): as std::optional
  template <class U = Located<T>>
  requires(std::is_constructible_v<Located<T>, U&&> &&
           !std::is_same_v<std::remove_cvref_t<U>, Field> &&
           !std::is_same_v<std::remove_cvref_t<U>, std::nullopt_t>)
      // Implicit as std::optional's; the constraint keeps copies and moves to their own.
      // NOLINTNEXTLINE(google-explicit-constructor,bugprone-forwarding-reference-overload)
      Field(U&& value)
      : located_(std::forward<U>(value)), engaged_(true) {}
  Field(const std::optional<Located<T>>& value)  // NOLINT(google-explicit-constructor)
      : engaged_(value.has_value()) {
    if (value) located_ = *value;
  }

  Field& operator=(std::nullopt_t) {
    reset();
    return *this;
  }
  template <class U = Located<T>>
  requires(std::is_constructible_v<Located<T>, U&&> &&
           !std::is_same_v<std::remove_cvref_t<U>, Field> &&
           !std::is_same_v<std::remove_cvref_t<U>, std::nullopt_t>) Field&
  operator=(U&& value) {
    located_ = Located<T>(std::forward<U>(value));
    engaged_ = true;
    return *this;
  }

  bool has_value() const { return engaged_; }
  explicit operator bool() const { return engaged_; }
  const Located<T>& operator*() const { return located_; }
  Located<T>& operator*() { return located_; }
  const Located<T>* operator->() const { return &located_; }
  Located<T>* operator->() { return &located_; }
  const Located<T>& value() const {
    if (!engaged_) throw std::bad_optional_access();
    return located_;
  }
  Located<T>& value() {
    if (!engaged_) throw std::bad_optional_access();
    return located_;
  }
  template <class... Args>
  Located<T>& emplace(Args&&... args) {
    located_ = Located<T>{std::forward<Args>(args)...};
    engaged_ = true;
    return located_;
  }
  // Empties the field; `unreadable` stays as it was, as it does on a std::optional's reset.
  void reset() {
    located_ = Located<T>{};
    engaged_ = false;
  }
  operator std::optional<Located<T>>() const {  // NOLINT(google-explicit-constructor)
    return engaged_ ? std::optional<Located<T>>(located_) : std::nullopt;
  }

  bool absent() const { return !engaged_ && !unreadable; }

 private:
  Located<T> located_{};
  bool engaged_ = false;

 public:
  bool unreadable = false;
};

template <class T>
using FieldList = Field<std::vector<Located<T>>>;

}  // namespace gcsj::model
