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

// `text` in capitals, for a column heading written in capitals: ASCII letters and the small
// letters of Latin-1 (é, ñ: U+00E0-U+00FE but U+00F7), so that a date inside the heading reads
// "7 DÉCEMBRE 2026" like the rest of it. Other characters are copied as they are.
inline std::string upper_case_latin(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if (byte >= 'a' && byte <= 'z') {
      out[i] = static_cast<char>(byte - 'a' + 'A');
    } else if (byte == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0xA0 && next <= 0xBE && next != 0xB7) out[i + 1] = static_cast<char>(next - 0x20);
      ++i;
    }
  }
  return out;
}

// Text made safe inside HTML or XML text and attribute values, and well-formed XML 1.0 whatever
// the bytes: the characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF)
// become '?', and bytes that are not UTF-8 (a file name with \xff) become U+FFFD. Used by the
// JUnit report and the portal. The explicit directional formatting characters (embeddings,
// overrides and isolates, U+202A-U+202E and U+2066-U+2069) are left out: a U+202E in a name would
// otherwise reverse the rest of a table cell, a sentence or a chart's title; the portal isolates
// each piece of registry text itself (`unicode-bidi: isolate`), so a right-to-left name still
// reads right.
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
      else if ((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069)) {
        // an embedding, override or isolate: left out, so that text cannot turn what follows
      } else
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
