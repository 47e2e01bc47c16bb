#include "util/glob.hpp"

#include <array>
#include <vector>

namespace gcsj::util {
namespace {

// Matches `text` against `pattern` by dynamic programming from the ends of both: time in the
// product of their lengths, with no backtracking blow-up on hostile patterns. row(i)[j] says
// whether pattern[i..] matches text[j..]; only the rows i+1 to i+3 are needed for row i.
bool match(std::string_view pattern, std::string_view text) {
  const std::size_t size = text.size();
  std::array<std::vector<char>, 4> rows;
  for (auto& row : rows) row.assign(size + 1, 0);
  const auto row = [&](std::size_t i) -> std::vector<char>& { return rows[i % 4]; };
  row(pattern.size()).assign(size + 1, 0);
  row(pattern.size())[size] = 1;
  for (std::size_t i = pattern.size(); i-- > 0;) {
    std::vector<char>& here = row(i);
    const bool double_star = pattern.substr(i, 2) == "**";
    if (double_star && pattern.substr(i, 3) == "**/") {
      // `**/`: no directory at all, or any characters up to and including a `/`.
      const std::vector<char>& after = row(i + 3);
      bool later = false;  // some k >= j has text[k] == '/' and `after` matches text[k+1..]
      here[size] = after[size];
      for (std::size_t j = size; j-- > 0;) {
        later = later || (text[j] == '/' && after[j + 1]);
        here[j] = after[j] || later;
      }
    } else if (double_star) {  // `**` elsewhere: any characters, `/` included
      const std::vector<char>& after = row(i + 2);
      here[size] = after[size];
      for (std::size_t j = size; j-- > 0;) here[j] = after[j] || here[j + 1];
    } else if (pattern[i] == '*') {  // within one name
      const std::vector<char>& after = row(i + 1);
      here[size] = after[size];
      for (std::size_t j = size; j-- > 0;) here[j] = after[j] || (text[j] != '/' && here[j + 1]);
    } else {
      const std::vector<char>& after = row(i + 1);
      here[size] = 0;
      for (std::size_t j = 0; j < size; ++j)
        here[j] = after[j + 1] && (pattern[i] == '?' ? text[j] != '/' : text[j] == pattern[i]);
    }
  }
  return row(0)[0] != 0;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view relative_path) {
  while (pattern.starts_with("./")) pattern.remove_prefix(2);
  while (relative_path.starts_with("./")) relative_path.remove_prefix(2);
  if (pattern.starts_with('/')) pattern.remove_prefix(1);  // anchored at the directory checked
  if (pattern.find('/') != std::string_view::npos) return match(pattern, relative_path);
  const auto slash = relative_path.rfind('/');
  return match(pattern,
               slash == std::string_view::npos ? relative_path : relative_path.substr(slash + 1));
}

}  // namespace gcsj::util
