#pragma once
// The text of a registry file's lines, for showing a finding's line with a caret under it.

#include <string>
#include <string_view>
#include <vector>

#include "model/registry.hpp"

namespace gcsj::render {

class SourceLines {
 public:
  explicit SourceLines(const model::Registry& registry) : registry_(registry) {}

  // The 1-based line `line` of file `file` without its line break; empty if unavailable.
  std::string_view line(model::FileId file, int line);

 private:
  void load(model::FileId file);

  const model::Registry& registry_;
  model::FileId loaded_file_ = static_cast<model::FileId>(-1);
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// The caret line under `source_line` pointing at 1-based code-point `column`: tabs are kept,
// so the caret lines up however the terminal shows them.
std::string caret_padding(std::string_view source_line, int column);

}  // namespace gcsj::render
