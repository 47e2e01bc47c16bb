#pragma once
// UTF-8 helpers that know nothing of the Coalition.

#include <cstddef>
#include <string>
#include <string_view>

namespace gcsj::util {

// Length of the well-formed UTF-8 sequence at text[i] (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// The code point of one well-formed UTF-8 sequence (as utf8_sequence_length measures it).
char32_t decode_utf8(std::string_view sequence);

// Whether `code` is not seen, or changes how the text around it reads without being seen:
// Unicode's format characters (category Cf: bidirectional controls, zero width space, soft
// hyphen, word joiner, tag characters, ...) but for the zero width non-joiner and joiner
// (U+200C, U+200D), which some scripts need; the line and paragraph separators (U+2028,
// U+2029); the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0).
bool is_invisible(char32_t code);

// `text` made safe to print on a terminal: control characters other than tab (C0, DEL, C1),
// the invisible characters (is_invisible), and bytes that are not UTF-8 become '?'.
std::string printable(std::string_view text);

// The number of code points of `text`: its width in a terminal for the scripts registries use.
std::size_t display_width(std::string_view text);

// `text` padded with spaces to `width` code points (never cut).
std::string pad_right(std::string_view text, std::size_t width);

// `text` cut to at most `width` code points, at a code point's boundary, ending in `ellipsis`
// when cut (the ellipsis counts towards the width).
std::string truncate_to_width(std::string_view text, std::size_t width,
                              std::string_view ellipsis = "...");

}  // namespace gcsj::util
