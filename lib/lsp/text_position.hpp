#pragma once
// Where a place in a buffer is, as the Language Server Protocol counts and as gcsj does: LSP
// positions are a 0-based line and a 0-based offset in UTF-16 code units (what every client
// supports); gcsj's model::Location is a 1-based line and a 1-based column in Unicode code points.
// A name with an accent or a CJK character is where these differ.

#include <cstddef>
#include <string_view>

namespace gcsj::lsp {

// Line `line` (1-based) of `text`, without its line break ("\n" or "\r\n"); empty past the end.
std::string_view line_text(std::string_view text, int line);

// The UTF-16 offset (0-based) of code-point column `column` (1-based) of `line`; a column past the
// end of the line is as far past it, one unit a column.
int utf16_of(std::string_view line, int column);

// The code-point column (1-based) at UTF-16 offset `utf16` (0-based) of `line`; an offset inside a
// surrogate pair gives the column of its character.
int column_of(std::string_view line, int utf16);

// The byte offset of code-point column `column` (1-based) of `line`; line.size() past its end.
std::size_t byte_of(std::string_view line, int column);

// A stretch of one line: 1-based line, code-point columns [begin, end).
struct Span {
  int line = 1;
  int begin = 1;
  int end = 2;
  friend bool operator==(const Span&, const Span&) = default;
};

// The YAML token that begins at `column` of `line` (line number `line_number`): a key (up to its
// `:`), a quoted scalar (with its quotes), or a plain scalar (up to a comment ` #`, a flow `,`,
// `]` or `}`, or the end of the line, trailing spaces dropped); at least one column wide, so an
// editor always has something to underline.
Span token_at(std::string_view line, int line_number, int column);

}  // namespace gcsj::lsp
