#include "render/markdown_text.hpp"

#include <cctype>

#include "util/utf8.hpp"

namespace gcsj::render {

namespace {

bool starts_with_ignoring_case(std::string_view text, std::size_t i, std::string_view prefix) {
  if (text.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(text[i + k])) != prefix[k]) return false;
  return true;
}

}  // namespace

std::string markdown_text(std::string_view raw) {
  const std::string text = util::printable(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // GitHub's extended autolinks (`https://x`, `http://x`, `www.x`) need a domain right after
    // `://` or a `.` right after `www`: a zero-width space there leaves the text, and no link.
    if (text.compare(i, 3, "://") == 0) {
      out += "://\u200B";
      i += 2;
      continue;
    }
    if (starts_with_ignoring_case(text, i, "www.")) {
      out.append(text.substr(i, 3));
      out += "\u200B";
      i += 2;
      continue;
    }
    switch (c) {
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '@':
        out += "@\u200B";  // zero width space: no mention
        break;
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '!':
      case '~':
      case '$':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace gcsj::render
