#include "util/utf8.hpp"

#include <algorithm>

namespace gcsj::util {

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

char32_t decode_utf8(std::string_view sequence) {
  if (sequence.empty()) return 0;
  const auto lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return lead;
  char32_t code = lead & (0xFFu >> (sequence.size() + 1));
  for (std::size_t k = 1; k < sequence.size(); ++k)
    code = (code << 6) | (static_cast<unsigned char>(sequence[k]) & 0x3Fu);
  return code;
}

namespace {

// A code point a terminal would act on rather than show, or one that changes how the text around
// it reads without being seen: C0 and C1 controls (ESC starts colour and cursor sequences, U+009B
// too), DEL; the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
// and marks (U+200E, U+200F, U+061C), which make text read differently from how it is stored;
// and the invisible U+200B (zero width space), U+FEFF (byte order mark, zero width no-break
// space), U+2028 and U+2029 (line and paragraph separators).
bool is_terminal_control(std::string_view sequence) {
  const char32_t code = decode_utf8(sequence);
  if (code < 0x20) return code != '\t';
  if (code >= 0x7F && code <= 0x9F) return true;
  switch (code) {
    case 0x061C:  // arabic letter mark
    case 0x200B:
    case 0x200E:  // left-to-right mark
    case 0x200F:  // right-to-left mark
    case 0x2028:
    case 0x2029:
    case 0xFEFF:
      return true;
    default:
      return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
  }
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0 || is_terminal_control(text.substr(i, length))) {
      out += '?';
      i += std::max<std::size_t>(length, 1);
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis) {
  if (display_width(text) <= width) return std::string(text);
  const std::size_t keep = width > display_width(ellipsis) ? width - display_width(ellipsis) : 0;
  std::size_t i = 0;
  for (std::size_t points = 0; i < text.size() && points < keep; ++points) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return std::string(text.substr(0, i)) + std::string(ellipsis);
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t shown = display_width(text);
  if (shown < width) out.append(width - shown, ' ');
  return out;
}

}  // namespace gcsj::util
