#include <doctest/doctest.h>

#include "support/utf8_encode.hpp"

#include <string>

#include "util/utf8.hpp"

using gcsj::util::is_invisible;
using gcsj::util::printable;

namespace {

std::string utf8(char32_t code) {
  return gcsj::testing::utf8_of(code);
}

struct Range {
  char32_t first;
  char32_t last;
};

}  // namespace

TEST_SUITE("util::utf8") {
  TEST_CASE("is_invisible: category Cf but the joiners, the separators, the Hangul fillers") {
    // Unicode 15's category Cf, written out independently of the table in utf8.cpp, with the
    // whole tag block, the separators and the fillers; U+200C and U+200D left out.
    const Range invisible[] = {
        {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},
        {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},   {0x115F, 0x1160},
        {0x180E, 0x180E},   {0x200B, 0x200B},   {0x200E, 0x200F},   {0x2028, 0x2029},
        {0x202A, 0x202E},   {0x2060, 0x2064},   {0x2066, 0x2069},   {0x206A, 0x206F},
        {0x3164, 0x3164},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0},   {0xFFF9, 0xFFFB},
        {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
        {0x1D173, 0x1D17A}, {0xE0000, 0xE007F},
    };
    for (const Range& range : invisible)
      for (char32_t code = range.first; code <= range.last; ++code) {
        CAPTURE(static_cast<unsigned>(code));
        CHECK(is_invisible(code));
        CHECK(printable("a" + utf8(code) + "b") == "a?b");
      }
    // Next to them, what is seen stays: the joiners, letters, signs, the no-break space, the
    // code points just outside each range.
    for (const char32_t code :
         {0x00A0u,  0x00ACu,  0x00AEu,  0x0606u,  0x0627u, 0x115Eu,  0x1161u,  0x200Au,
          0x200Cu,  0x200Du,  0x2010u,  0x2027u,  0x202Fu, 0x205Fu,  0x2070u,  0x3163u,
          0x3165u,  0xFEFEu,  0xFF9Fu,  0xFFA1u,  0xFFFCu, 0x1342Fu, 0x13440u, 0x1D172u,
          0x1D17Bu, 0xDFFFFu, 0xE0080u, 0xE0100u, 0x1F600u}) {
      CAPTURE(static_cast<unsigned>(code));
      CHECK_FALSE(is_invisible(code));
      CHECK(printable("a" + utf8(code) + "b") == "a" + utf8(code) + "b");
    }
  }

  TEST_CASE("printable: a tag sequence that spells hidden text is shown, one ? a character") {
    // U+E0001 LANGUAGE TAG, then "evil" in tag letters, then CANCEL TAG.
    std::string hidden = "id" + utf8(0xE0001);
    for (const char c : std::string("evil")) hidden += utf8(0xE0000 + static_cast<char32_t>(c));
    hidden += utf8(0xE007F);
    CHECK(printable(hidden) == "id??????");
    // The joiners of Persian and of emoji sequences stay.
    CHECK(printable("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645") ==
          "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    CHECK(printable("\U0001F469\u200D\U0001F4BB") == "\U0001F469\u200D\U0001F4BB");
  }
}
