#include "lsp/text_position.hpp"

#include <cstddef>

#include "util/utf8.hpp"

namespace gcsj::lsp {
namespace {

// The bytes and UTF-16 units of the character at `text[i]`; a byte that begins no well-formed
// sequence counts as one character of one unit, as the loader refuses such a file anyway.
struct Character {
  std::size_t bytes;
  int units;
};

Character character_at(std::string_view text, std::size_t i) {
  const std::size_t length = util::utf8_sequence_length(text, i);
  if (length == 0) return {1, 1};
  return {length, length == 4 ? 2 : 1};  // four bytes: above U+FFFF, a surrogate pair
}

}  // namespace

std::size_t byte_of(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) i += character_at(line, i).bytes;
  return i;
}

std::string_view line_text(std::string_view text, int line) {
  std::size_t begin = 0;
  for (int l = 1; l < line; ++l) {
    const std::size_t newline = text.find('\n', begin);
    if (newline == std::string_view::npos) return {};
    begin = newline + 1;
  }
  if (line < 1 || begin > text.size()) return {};
  std::size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  std::string_view found = text.substr(begin, end - begin);
  if (!found.empty() && found.back() == '\r') found.remove_suffix(1);
  return found;
}

int utf16_of(std::string_view line, int column) {
  int units = 0, c = 1;
  for (std::size_t i = 0; c < column && i < line.size(); ++c) {
    const Character ch = character_at(line, i);
    units += ch.units;
    i += ch.bytes;
  }
  return units + (column > c ? column - c : 0);
}

int column_of(std::string_view line, int utf16) {
  int units = 0, column = 1;
  for (std::size_t i = 0; i < line.size(); ++column) {
    const Character ch = character_at(line, i);
    if (units + ch.units > utf16) return column;
    units += ch.units;
    i += ch.bytes;
  }
  return column + (utf16 > units ? utf16 - units : 0);
}

Span token_at(std::string_view line, int line_number, int column) {
  const std::size_t start = byte_of(line, column);
  std::size_t end = start;
  if (start < line.size() && (line[start] == '"' || line[start] == '\'')) {
    const char quote = line[start];
    end = start + 1;
    while (end < line.size()) {
      if (line[end] == '\\' && quote == '"') {
        end += 2;
        continue;
      }
      if (line[end] == quote) {
        if (quote == '\'' && end + 1 < line.size() && line[end + 1] == '\'') {
          end += 2;  // '' is a quote inside a single-quoted scalar
          continue;
        }
        ++end;
        break;
      }
      ++end;
    }
    end = std::min(end, line.size());
  } else {
    for (; end < line.size(); ++end) {
      const char c = line[end];
      const bool next_is_space = end + 1 >= line.size() || line[end + 1] == ' ';
      if (c == ':' && next_is_space) break;  // the end of a key
      if (c == '#' && end > start && line[end - 1] == ' ') break;
      if (c == ',' || c == ']' || c == '}') break;
    }
    while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  }
  Span span{line_number, column, column + 1};
  int width = 0;
  for (std::size_t i = start; i < end; ++width) i += character_at(line, i).bytes;
  if (width > 0) span.end = column + width;
  return span;
}

}  // namespace gcsj::lsp
