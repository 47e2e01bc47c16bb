#include "render/source_lines.hpp"

#include <fstream>
#include <iterator>

namespace gcsj::render {

void SourceLines::load(model::FileId file) {
  loaded_file_ = file;
  text_.clear();
  line_starts_.assign(1, 0);
  const model::SourceFile& source = registry_.file(file);
  if (source.is_stdin) {
    text_ = source.text;
  } else {
    std::ifstream in(source.path, std::ios::binary);
    text_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (text_.starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

std::string_view SourceLines::line(model::FileId file, int line) {
  if (file != loaded_file_) load(file);
  if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[static_cast<std::size_t>(line) - 1];
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  if (end - begin > 400) end = begin + 400;  // a minified or binary line is not worth showing
  return std::string_view(text_).substr(begin, end - begin);
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
