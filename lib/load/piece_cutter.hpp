#pragma once
// Where a file may be cut into pieces that parse independently, so that a large file is never
// held whole in memory and its pieces are parsed in parallel, each with its own line numbers.
// A piece ends before a line that starts with `---` (a document marker: YAML allows such a line
// inside no scalar) once it holds `piece_bytes`; the last piece ends with the text.

#include <cstddef>
#include <string_view>
#include <vector>

namespace gcsj::load {

// Files are cut into pieces of about this size.
inline constexpr std::size_t kPieceBytes = std::size_t{1} << 20;

struct Piece {
  std::size_t offset = 0;  // in bytes, from the start of the file
  std::size_t length = 0;
  int first_line = 1;  // the 1-based line of the file the piece starts on
  // The longest document region of the piece, from its start or a `---` line to the next `---`
  // line or its end: no document of the piece is longer (what parsing it may cost depends on it).
  std::size_t largest = 0;
};

// Finds the pieces of a text fed to it a block at a time, keeping nothing of the text itself.
class PieceCutter {
 public:
  explicit PieceCutter(std::size_t piece_bytes) : piece_bytes_(piece_bytes) {}

  void feed(std::string_view block);
  // The pieces of everything fed; at least one, empty for an empty text.
  std::vector<Piece> finish();

 private:
  void at_line_start(std::size_t offset, int line);
  void end_region(std::size_t offset);

  std::size_t piece_bytes_;
  std::vector<Piece> pieces_{Piece{}};
  std::size_t fed_ = 0;  // bytes fed so far
  int lines_ = 1;        // the line the next byte fed is on
  // Progress through a line start whose marker is split across blocks: the bytes of "---" seen
  // so far at `line_start_`; -1 when not at a line start.
  int dashes_ = -1;
  std::size_t line_start_ = 0;
  int line_start_line_ = 1;
  std::size_t region_start_ = 0;  // the offset of the current document region
};

// The pieces of a text held in memory.
std::vector<Piece> cut_into_pieces(std::string_view text, std::size_t piece_bytes);

}  // namespace gcsj::load
