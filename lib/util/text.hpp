#pragma once
// Small text helpers for output.

#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace gcsj::util {

// `text` with its first letter in upper case (ASCII), for a phrase shown as a heading or a cell.
inline std::string sentence_case(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// Text made safe inside HTML or XML text and attribute values, and well-formed XML 1.0 whatever
// the bytes: the characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF)
// become '?', and bytes that are not UTF-8 (a file name with \xff) become U+FFFD. Used by the
// JUnit report and the portal.
inline std::string escape_markup(std::string_view text) {
  // Most text needs nothing: runs of plain ASCII are copied whole (a portal of 10,000 partners
  // escapes some 100 MB of it).
  const auto plain = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 0x20 && byte < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' &&
            c != '\'') ||
           c == '\t' || c == '\n' || c == '\r';
  };
  std::string out;
  out.reserve(text.size());
  std::size_t run = 0;  // the start of the plain run not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (plain(c)) continue;
    out.append(text.substr(run, i - run));
    run = i + 1;
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD
        continue;
      }
      const char32_t code = decode_utf8(text.substr(i, length));
      if (code == 0xFFFE || code == 0xFFFF)
        out += '?';
      else
        out.append(text.substr(i, length));
      i += length - 1;
      run = i + 1;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += '?';  // a C0 control character XML 1.0 forbids
    }
  }
  out.append(text.substr(run));
  return out;
}

}  // namespace gcsj::util
