#include "render/validate/source_lines.hpp"

#include <ext/stdio_filebuf.h>

#include <algorithm>
#include <limits>
#include <sstream>

#include "util/regular_file.hpp"

namespace gcsj::render {
namespace {

constexpr int kCheckpointLines = 1024;
constexpr std::size_t kShownBytes = 400;  // a minified or binary line is not worth showing
// Files over the loader's limit were refused whole; their findings sit on line 1.
constexpr std::streamoff kMaxBytes = std::streamoff{256} << 20;

// An input stream over a file descriptor it owns.
class FileStream : public std::istream {
 public:
  explicit FileStream(int fd) : std::istream(nullptr), buffer_(fd, std::ios::in) {
    rdbuf(&buffer_);
  }

 private:
  __gnu_cxx::stdio_filebuf<char> buffer_;
};

}  // namespace

SourceLines::SourceLines(const model::Registry& registry) : registry_(registry) {}
SourceLines::~SourceLines() = default;

void SourceLines::open(model::FileId file) {
  file_ = file;
  in_.reset();
  next_line_ = 1;
  offset_ = 0;
  checkpoints_.assign(1, 0);
  kept_number_ = 0;
  kept_.clear();
  const model::SourceFile& source = registry_.file(file);
  // Held in memory: standard input in tests and the fuzzer, a git revision's configuration.
  if ((source.is_stdin && source.open_path.empty()) || source.held) {
    in_ = std::make_unique<std::istringstream>(source.text);
    return;
  }
  // As the loader read it: a regular file, never through a link, never waiting.
  auto opened = util::open_regular_file(source.open_path.empty() ? source.path : source.open_path);
  if (!opened) return;
  in_ = std::make_unique<FileStream>(opened->release());
}

// Goes back, or jumps ahead, to the last line start known before `line`, when that helps.
void SourceLines::seek_before(int line) {
  const auto checkpoint =
      std::min(static_cast<std::size_t>((line - 1) / kCheckpointLines), checkpoints_.size() - 1);
  const int checkpoint_line = static_cast<int>(checkpoint) * kCheckpointLines + 1;
  if (line >= next_line_ && checkpoint_line <= next_line_) return;
  in_->clear();
  in_->seekg(checkpoints_[checkpoint]);
  offset_ = checkpoints_[checkpoint];
  next_line_ = checkpoint_line;
}

// Moves past one line; false at the end of the text or past the size limit.
bool SourceLines::skip_line() {
  if (!*in_ || offset_ > kMaxBytes || in_->peek() == std::char_traits<char>::eof()) return false;
  in_->ignore(std::numeric_limits<std::streamsize>::max(), '\n');
  offset_ += in_->gcount();
  ++next_line_;
  if ((next_line_ - 1) % kCheckpointLines == 0 &&
      static_cast<std::size_t>((next_line_ - 1) / kCheckpointLines) == checkpoints_.size())
    checkpoints_.push_back(offset_);
  return true;
}

// Reads the line at the stream into `kept_`.
bool SourceLines::keep_line() {
  if (!*in_ || offset_ > kMaxBytes || in_->peek() == std::char_traits<char>::eof()) return false;
  kept_.assign(kShownBytes + 1, '\0');
  in_->get(kept_.data(), static_cast<std::streamsize>(kept_.size()), '\n');
  const auto got = in_->gcount();
  kept_.resize(static_cast<std::size_t>(got));
  offset_ += got;
  in_->clear();  // get() fails on an empty line
  const int line = next_line_;
  skip_line();  // the rest of the line and its break
  if (line == 1 && kept_.starts_with("\xEF\xBB\xBF")) kept_.erase(0, 3);
  if (!kept_.empty() && kept_.back() == '\r') kept_.pop_back();
  if (kept_.size() > kShownBytes) kept_.resize(kShownBytes);
  kept_number_ = line;
  return true;
}

std::string_view SourceLines::line(model::FileId file, int line) {
  if (file != file_) open(file);
  if (line < 1 || !in_) return {};
  if (line == kept_number_) return kept_;
  seek_before(line);
  while (next_line_ < line)
    if (!skip_line()) return {};
  if (!keep_line()) return {};
  return kept_;
}

std::string caret_padding(std::string_view source_line, int column) {
  std::string padding;
  int seen = 1;
  for (std::size_t i = 0; i < source_line.size() && seen < column; ++i) {
    const auto byte = static_cast<unsigned char>(source_line[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte of a code point already counted
    padding += source_line[i] == '\t' ? '\t' : ' ';
    ++seen;
  }
  return padding;
}

}  // namespace gcsj::render
