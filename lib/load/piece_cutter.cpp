#include "load/piece_cutter.hpp"

#include <algorithm>
#include <cstring>

namespace gcsj::load {

// The document region of the current piece that began at region_start_ ends at `offset`.
void PieceCutter::end_region(std::size_t offset) {
  Piece& current = pieces_.back();
  current.largest = std::max(current.largest, offset - region_start_);
  region_start_ = offset;
}

// A `---` line starting at `offset` on `line` ends a document region, and the current piece
// when the piece is full.
void PieceCutter::at_line_start(std::size_t offset, int line) {
  end_region(offset);
  Piece& current = pieces_.back();
  if (offset - current.offset < piece_bytes_) return;
  current.length = offset - current.offset;
  pieces_.push_back(Piece{offset, 0, line, 0});
}

void PieceCutter::feed(std::string_view block) {
  const char* const data = block.data();
  std::size_t i = 0;
  // A marker split across blocks: "---" then a blank, a line break or the end of the text.
  while (dashes_ >= 0 && i < block.size()) {
    const char c = data[i];
    if (dashes_ == 3) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        at_line_start(line_start_, line_start_line_);
      dashes_ = -1;
      break;
    }
    if (c != '-') {
      dashes_ = -1;
      break;
    }
    ++dashes_;
    ++i;
  }
  while (i < block.size()) {
    const void* found = std::memchr(data + i, '\n', block.size() - i);
    if (!found) break;
    const auto newline = static_cast<std::size_t>(static_cast<const char*>(found) - data);
    lines_ += 1;
    i = newline + 1;
    // Is the next line a marker? Decide now, or carry the question into the next block.
    std::size_t n = 0;
    while (n < 3 && i + n < block.size() && data[i + n] == '-') ++n;
    if (i + n == block.size() || n < 3) {
      if (i + n == block.size()) {
        dashes_ = static_cast<int>(n);
        line_start_ = fed_ + i;
        line_start_line_ = lines_;
      }
      continue;
    }
    const char after = data[i + 3];
    if (after == ' ' || after == '\t' || after == '\r' || after == '\n')
      at_line_start(fed_ + i, lines_);
  }
  fed_ += block.size();
}

std::vector<Piece> PieceCutter::finish() {
  if (dashes_ == 3) at_line_start(line_start_, line_start_line_);  // "---" ends the text
  dashes_ = -1;
  end_region(fed_);
  pieces_.back().length = fed_ - pieces_.back().offset;
  return std::move(pieces_);
}

std::vector<Piece> cut_into_pieces(std::string_view text, std::size_t piece_bytes) {
  PieceCutter cutter(piece_bytes);
  cutter.feed(text);
  return cutter.finish();
}

}  // namespace gcsj::load
