#pragma once
// A value or the reason there is none: the one way an operation that can fail (reading or writing
// a file, reading the configuration, parsing a word) says so. Modelled on tl::expected and
// C++23's std::expected, trimmed to what gcsj uses. Bad registry content is not an Error: it is a
// finding. An Error is what ends a command with exit status 2 (a path that cannot be read, a
// configuration that cannot be used, a report that cannot be written). The library below
// lib/app/ fails with this English Error; lib/app/ fails with its own error type E (a code and a
// translatable message: app/error.hpp), in the same Expected.

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace gcsj::util {

struct Error {
  std::string message;  // one line per problem, without the "gcsj: error: " prefix
};

template <class T, class E = Error>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  Expected(E error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const E& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, E> state_;
};

// Success with nothing to return, or the reason of a failure.
template <class E>
class [[nodiscard]] Expected<void, E> {
 public:
  Expected() = default;
  Expected(E error) : error_(std::move(error)) {}  // NOLINT: implicit, as for a value

  bool has_value() const { return !error_; }
  explicit operator bool() const { return has_value(); }
  const E& error() const { return *error_; }

 private:
  std::optional<E> error_;
};

}  // namespace gcsj::util
