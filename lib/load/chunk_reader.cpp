#include "load/chunk_reader.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace gcsj::load {
namespace {

constexpr std::size_t kBlockBytes = std::size_t{1} << 16;

}  // namespace

std::size_t ChunkReader::find_cut() {
  // A cut goes after a newline at or past chunk_bytes_ - 1, before a `---` marker line.
  std::size_t from = std::max(scanned_, chunk_bytes_ == 0 ? 0 : chunk_bytes_ - 1);
  while (from < buffer_.size()) {
    const void* found = std::memchr(buffer_.data() + from, '\n', buffer_.size() - from);
    if (!found) {
      scanned_ = buffer_.size();
      return 0;
    }
    const auto newline = static_cast<std::size_t>(static_cast<const char*>(found) - buffer_.data());
    const std::size_t next = newline + 1;
    if (!eof_ && buffer_.size() - next < 4) {  // the marker and the byte after it are not read yet
      scanned_ = newline;
      return 0;
    }
    const std::string_view rest = std::string_view(buffer_).substr(next);
    if (rest.starts_with("---") &&
        (rest.size() == 3 || std::string_view(" \t\r\n").find(rest[3]) != std::string_view::npos))
      return next;
    from = next;
  }
  scanned_ = buffer_.size();
  return 0;
}

ChunkReader::Status ChunkReader::fill() {
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kBlockBytes);
  in_.read(buffer_.data() + old_size, static_cast<std::streamsize>(kBlockBytes));
  const auto got = static_cast<std::size_t>(in_.gcount());
  buffer_.resize(old_size + got);
  total_ += got;
  if (total_ > max_bytes_) return Status::too_large;
  if (in_.bad()) return Status::read_error;
  if (got < kBlockBytes) eof_ = true;
  return Status::chunk;
}

ChunkReader::Status ChunkReader::next(TextChunk& chunk) {
  for (;;) {
    std::size_t cut = find_cut();
    if (cut == 0 && eof_) {
      if (buffer_.empty()) return Status::end;
      cut = buffer_.size();
    }
    if (cut != 0) {
      chunk.text.assign(buffer_, 0, cut);
      chunk.first_line = line_;
      line_ += static_cast<int>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
      buffer_.erase(0, cut);
      scanned_ = 0;
      return Status::chunk;
    }
    if (const Status status = fill(); status != Status::chunk) return status;
  }
}

}  // namespace gcsj::load
