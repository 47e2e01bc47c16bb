#include "util/utf8.hpp"

#include <algorithm>
#include <iterator>

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

struct CodeRange {
  char32_t first;
  char32_t last;
};

// The code points that are not seen, or that change how the text around them reads without being
// seen, in ascending order: Unicode's category Cf (format characters, Unicode 15) but for
// U+200C and U+200D (zero width non-joiner and joiner, which Persian, Indic scripts and emoji
// need), that is the soft hyphen, the Arabic, Syriac and Kaithi number signs and marks, the
// Mongolian vowel separator, U+200B (zero width space), the marks U+200E, U+200F and U+061C,
// the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), the word
// joiner and invisible operators (U+2060-U+2064), the deprecated format characters
// (U+206A-U+206F), U+FEFF (byte order mark), the interlinear annotation characters, the format
// controls of Egyptian hieroglyphs, shorthand and musical notation, and the tag characters
// (the whole block U+E0000-U+E007F, which can spell hidden text); plus the line and paragraph
// separators U+2028 and U+2029, and the Hangul fillers, blank letters (U+115F, U+1160, U+3164,
// U+FFA0).
constexpr CodeRange kInvisible[] = {
    {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},
    {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},   {0x115F, 0x1160},
    {0x180E, 0x180E},   {0x200B, 0x200B},   {0x200E, 0x200F},   {0x2028, 0x202E},
    {0x2060, 0x2064},   {0x2066, 0x206F},   {0x3164, 0x3164},   {0xFEFF, 0xFEFF},
    {0xFFA0, 0xFFA0},   {0xFFF9, 0xFFFB},   {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
    {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE007F},
};

// A code point a terminal would act on rather than show (C0 and C1 controls, since ESC starts
// colour and cursor sequences, U+009B too; DEL), or one of kInvisible.
bool is_terminal_control(std::string_view sequence) {
  const char32_t code = decode_utf8(sequence);
  if (code < 0x20) return code != '\t';
  if (code >= 0x7F && code <= 0x9F) return true;
  return is_invisible(code);
}

}  // namespace

bool is_invisible(char32_t code) {
  const auto* const after =
      std::upper_bound(std::begin(kInvisible), std::end(kInvisible), code,
                       [](char32_t c, const CodeRange& range) { return c < range.first; });
  return after != std::begin(kInvisible) && code <= std::prev(after)->last;
}

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
