#include "load/chunk_reader.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace gcsj::load {
namespace {

// Reads start small, for the many small files of a registry, and grow for large ones.
constexpr std::size_t kFirstBlockBytes = std::size_t{1} << 14;
constexpr std::size_t kMaxBlockBytes = std::size_t{1} << 20;

}  // namespace

std::size_t ChunkReader::find_cut() {
  // A cut goes after a newline at or past chunk_bytes_ - 1, before a `---` marker line.
  std::size_t from = std::max(scanned_, begin_ + (chunk_bytes_ == 0 ? 0 : chunk_bytes_ - 1));
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
  if (begin_ > 0 && begin_ >= buffer_.size() / 2) {  // drop what was handed out, now and then
    buffer_.erase(0, begin_);
    scanned_ -= std::min(scanned_, begin_);
    begin_ = 0;
  }
  const std::size_t old_size = buffer_.size();
  const std::size_t block = std::clamp(old_size, kFirstBlockBytes, kMaxBlockBytes);
  buffer_.resize(old_size + block);
  in_.read(buffer_.data() + old_size, static_cast<std::streamsize>(block));
  const auto got = static_cast<std::size_t>(in_.gcount());
  buffer_.resize(old_size + got);
  total_ += got;
  if (total_ > max_bytes_) return Status::too_large;
  if (in_.bad()) return Status::read_error;
  if (got < block) eof_ = true;
  return Status::chunk;
}

ChunkReader::Status ChunkReader::next(TextChunk& chunk) {
  for (;;) {
    std::size_t cut = find_cut();
    if (cut == 0 && eof_) {
      if (begin_ == buffer_.size()) return Status::end;
      cut = buffer_.size();
    }
    if (cut != 0) {
      if (begin_ == 0 && cut == buffer_.size()) {  // the whole buffer (a small file): no copy
        chunk.text = std::move(buffer_);
        buffer_.clear();
        cut = 0;
      } else {
        chunk.text.assign(buffer_, begin_, cut - begin_);
      }
      chunk.first_line = line_;
      line_ += static_cast<int>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
      begin_ = cut;
      scanned_ = cut;
      return Status::chunk;
    }
    if (const Status status = fill(); status != Status::chunk) return status;
  }
}

}  // namespace gcsj::load
