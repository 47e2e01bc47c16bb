#include "load/source_text.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace gcsj::load {
namespace {

bool starts_with_bytes(std::string_view text, std::string_view bom) {
  return text.substr(0, bom.size()) == bom;
}

EncodingProblem problem_at(std::string_view text, std::size_t offset, i18n::Message message,
                           i18n::Message hint = {}) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, code_point_column(text, offset, offset - line_start), std::move(message),
          std::move(hint)};
}

}  // namespace

int code_point_column(std::string_view text, std::size_t offset, std::size_t byte_column) {
  const std::size_t start = offset >= byte_column ? offset - byte_column : 0;
  int column = 1;
  for (std::size_t i = start; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return column;
}

int ColumnCounter::column(std::size_t offset, std::size_t byte_column) {
  const std::size_t line_start = offset >= byte_column ? offset - byte_column : 0;
  if (line_start != line_start_ || offset < last_offset_) {
    line_start_ = line_start;
    last_offset_ = line_start;
    last_column_ = 1;
  }
  for (std::size_t i = last_offset_; i < offset && i < text_.size(); ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++last_column_;
  last_offset_ = offset;
  return last_column_;
}

std::optional<EncodingProblem> prepare_text(std::string& text) {
  using namespace std::string_view_literals;
  using i18n::arg;
  using i18n::msg;
  if (starts_with_bytes(text, "\xEF\xBB\xBF"sv)) text.erase(0, 3);
  if (starts_with_bytes(text, "\x00\x00\xFE\xFF"sv) ||
      starts_with_bytes(text, "\xFF\xFE\x00\x00"sv))
    return EncodingProblem{1, 1, msg("the file is UTF-32; registry files must be UTF-8"),
                           msg("save the file as UTF-8")};
  if (starts_with_bytes(text, "\xFE\xFF"sv) || starts_with_bytes(text, "\xFF\xFE"sv))
    return EncodingProblem{1, 1, msg("the file is UTF-16; registry files must be UTF-8"),
                           msg("save the file as UTF-8")};
  // YAML 1.2 streams hold printable characters only (c-printable, section 5.1): tab, line
  // breaks, and no other control character, raw; escapes in double quotes may write any.
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte >= 0x20 && byte < 0x7F) || byte == '\n' || byte == '\t') {
      ++i;  // printable ASCII, nearly all of a registry: no call per byte
      continue;
    }
    if (byte == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        i += 2;
        continue;
      }
      return problem_at(text, i, msg("a line ends with a lone carriage return (CR)"),
                        msg("save the file with LF or CRLF line endings"));
    }
    if (byte == 0)
      return problem_at(text, i,
                        msg("the file contains a NUL byte; YAML allows only printable text"),
                        msg("is this a binary file?"));
    const std::size_t length = util::utf8_sequence_length(text, i);
    if (length == 0)
      return problem_at(
          text, i,
          msg("invalid UTF-8 byte {byte}; registry files must be UTF-8",
              arg("byte", fmt::format("0x{:02X}", static_cast<unsigned char>(text[i])))),
          msg("save the file as UTF-8"));
    if (const char32_t code = util::decode_utf8(text.substr(i, length));
        code < 0x20 || (code >= 0x7F && code <= 0x9F && code != 0x85) || code == 0xFFFE ||
        code == 0xFFFF)
      return problem_at(
          text, i,
          msg("control character {code_point} in the text; YAML allows only printable text",
              arg("code_point", fmt::format("U+{:04X}", static_cast<std::uint32_t>(code)))),
          msg("remove it, or write it as an escape in a double-quoted string"));
    i += length;
  }
  return std::nullopt;
}

}  // namespace gcsj::load
