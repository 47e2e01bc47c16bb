#include "util/yaml_scalar.hpp"

#include <array>

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace gcsj::util::yaml {
namespace {

// Words plain YAML reads as something else than a string (null, booleans of 1.1 and 1.2, numbers).
bool reads_as_other_type(std::string_view text) {
  static constexpr std::array<std::string_view, 26> kWords{
      "null",  "Null", "NULL", "~",   "true", "True", "TRUE", "false", "False",
      "FALSE", "yes",  "Yes",  "YES", "no",   "No",   "NO",   "on",    "On",
      "ON",    "off",  "Off",  "OFF", "y",    "Y",    "n",    "N"};
  for (std::string_view word : kWords)
    if (text == word) return true;
  // Anything that starts like a number (digits, a sign, a dot) may read as one: 12, 1e3, .5,
  // 0x1F, 1_000 in YAML 1.1, 2024-01-10 as a timestamp.
  const char first = text.front();
  if ((first >= '0' && first <= '9') || first == '.' || first == '+') return true;
  return false;
}

}  // namespace

bool plain_safe(std::string_view text, Context context) {
  if (text.empty()) return false;
  if (text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
  constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(text.front()) != std::string_view::npos) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos)
    return false;
  if (context == Context::flow && text.find_first_of(",[]{}:#") != std::string_view::npos)
    return false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return false;
    const std::size_t length = util::utf8_sequence_length(text, i);
    if (length == 0) return false;
    const char32_t code = util::decode_utf8(text.substr(i, length));
    // C1 controls, the BOM and the line and paragraph separators: quoted, escaped.
    if ((code >= 0x80 && code <= 0x9F) || code == 0xFEFF || code == 0x2028 || code == 0x2029)
      return false;
    i += length;
  }
  return true;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = util::utf8_sequence_length(text, i);
    if (length == 0) {  // not UTF-8 (the reader refuses it): never written as it is
      out += "\\uFFFD";
      ++i;
      continue;
    }
    const char32_t code = util::decode_utf8(text.substr(i, length));
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) || code == 0xFEFF ||
            code == 0x2028 || code == 0x2029)
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(code));
        else
          out.append(text.substr(i, length));
    }
    i += length;
  }
  out += '"';
  return out;
}

std::string scalar(std::string_view text, ScalarKind kind, Context context) {
  if (!plain_safe(text, context)) return double_quoted(text);
  if (kind == ScalarKind::text && reads_as_other_type(text)) return double_quoted(text);
  return std::string(text);
}

}  // namespace gcsj::util::yaml
