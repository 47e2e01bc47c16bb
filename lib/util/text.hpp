#pragma once
// Small text helpers for output.

#include <string>
#include <string_view>

namespace gcsj::util {

// `text` with its first letter in upper case (ASCII), for a phrase shown as a heading or a cell.
inline std::string sentence_case(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace gcsj::util
