#pragma once
// Turning the bytes of a file into text yaml-cpp may parse: size limit, BOMs, UTF-8, NUL bytes.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/message.hpp"

namespace gcsj::load {

// Files larger than this are refused with a finding, so one file cannot exhaust memory.
inline constexpr std::size_t kMaxFileBytes = std::size_t{256} << 20;

struct EncodingProblem {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in code points
  i18n::Message message;
  i18n::Message hint;
};

// Strips a UTF-8 byte order mark in place, then reports the first byte sequence that is not
// UTF-8 text YAML accepts (another encoding's BOM, a NUL byte, malformed UTF-8), if any.
std::optional<EncodingProblem> prepare_text(std::string& text);

// The 1-based column, in code points, of byte `offset` of `text`, which lies on a line that
// starts `byte_column` bytes before it.
int code_point_column(std::string_view text, std::size_t offset, std::size_t byte_column);

// code_point_column for the marks of one parse, which arrive in order: each call counts only the
// bytes since the previous mark on the same line, so a 100,000-item flow list on one line costs
// linear, not quadratic, time.
class ColumnCounter {
 public:
  explicit ColumnCounter(std::string_view text) : text_(text) {}
  int column(std::size_t offset, std::size_t byte_column);

 private:
  std::string_view text_;
  std::size_t line_start_ = 0;
  std::size_t last_offset_ = 0;
  int last_column_ = 1;
};

}  // namespace gcsj::load
