#pragma once
// The text of a registry file's lines, for showing a finding's line with a caret under it.
// Files are read again, as a stream: only the line asked for is kept (its first 400 bytes) and,
// every 1,024 lines, where a line starts, so a finding's line costs a few lines of reading
// whatever the order asked in, and a 256 MiB file never sits in memory. Only regular files and
// standard input are read: a device or a pipe named on the command line is not opened twice.

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/registry.hpp"

namespace gcsj::render {

class SourceLines {
 public:
  explicit SourceLines(const model::Registry& registry);
  ~SourceLines();
  SourceLines(const SourceLines&) = delete;
  SourceLines& operator=(const SourceLines&) = delete;

  // The 1-based line `line` of file `file` without its line break, cut at 400 bytes; empty if
  // unavailable.
  std::string_view line(model::FileId file, int line);

 private:
  void open(model::FileId file);
  void seek_before(int line);
  bool skip_line();
  bool keep_line();

  const model::Registry& registry_;
  model::FileId file_ = static_cast<model::FileId>(-1);
  std::unique_ptr<std::istream> in_;
  int next_line_ = 1;                        // the line the stream is at the start of
  std::streamoff offset_ = 0;                // where the stream is, in bytes
  std::vector<std::streamoff> checkpoints_;  // [k]: where line k * 1024 + 1 starts
  int kept_number_ = 0;                      // the line in `kept_`, 0 for none
  std::string kept_;
};

// The caret line under `source_line` pointing at 1-based code-point `column`: tabs are kept,
// so the caret lines up however the terminal shows them.
std::string caret_padding(std::string_view source_line, int column);

}  // namespace gcsj::render
