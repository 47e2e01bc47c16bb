#pragma once
// Reads a file a chunk of whole documents at a time, so a large file is never held whole in
// memory and its chunks can be parsed independently, in parallel. A chunk ends before a line that
// starts with `---` once it holds `chunk_bytes` (YAML allows such a line inside no scalar, so it
// always starts a document); the last chunk ends with the file.

#include <cstddef>
#include <istream>
#include <string>

namespace gcsj::load {

struct TextChunk {
  std::string text;
  int first_line = 1;  // the 1-based line of the file the chunk starts on
};

class ChunkReader {
 public:
  enum class Status { chunk, end, too_large, read_error };

  ChunkReader(std::istream& in, std::size_t chunk_bytes, std::size_t max_bytes)
      : in_(in), chunk_bytes_(chunk_bytes), max_bytes_(max_bytes) {}

  // The next chunk; `end` once the file is read, `too_large` past `max_bytes`.
  Status next(TextChunk& chunk);

 private:
  // Where the chunk in `buffer_` may end, or 0 when more text must be read to tell.
  std::size_t find_cut();
  Status fill();

  std::istream& in_;
  std::size_t chunk_bytes_;
  std::size_t max_bytes_;
  std::size_t total_ = 0;    // bytes read so far
  std::string buffer_;       // text read; what precedes `begin_` was handed out
  std::size_t begin_ = 0;    // the start of the next chunk in `buffer_`
  std::size_t scanned_ = 0;  // bytes of `buffer_` already searched for a cut
  int line_ = 1;             // the line `buffer_` starts on
  bool eof_ = false;
};

}  // namespace gcsj::load
