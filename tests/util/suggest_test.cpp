#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

#include "util/suggest.hpp"

using gcsj::util::closest_match;
using gcsj::util::edit_distance;

TEST_SUITE("util::suggest") {
  TEST_CASE("edit distance: insertions, deletions and substitutions, one each") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "abc") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("status", "stauts") == 2);  // a swap is two edits
    CHECK(edit_distance("flaw", "lawn") == 2);
    CHECK(edit_distance("abc", "abd") == edit_distance("abd", "abc"));
  }

  TEST_CASE("the closest candidate within two edits and under half the word") {
    constexpr std::array<std::string_view, 4> keys{"status", "category", "country", "admitted"};
    CHECK(closest_match("statu", keys) == "status");
    CHECK(closest_match("categroy", keys) == "category");
    CHECK(closest_match("contry", keys) == "country");
    CHECK(closest_match("name", keys).empty());  // nothing close
    CHECK(closest_match("xyzxyz", keys).empty());
    // Three edits is too many, however long the word.
    CHECK(closest_match("cattgorrr", keys).empty());
    // A short word: two edits would be half of it or more.
    constexpr std::array<std::string_view, 1> short_key{"id"};
    CHECK(closest_match("ie", short_key).empty());
    constexpr std::array<std::string_view, 1> three{"abc"};
    CHECK(closest_match("abd", three) == "abc");
  }

  TEST_CASE("of equally close candidates, the first; a closer one wins") {
    constexpr std::array<std::string_view, 3> keys{"levels", "level", "lovel"};
    CHECK(closest_match("levl", keys) == "level");
    constexpr std::array<std::string_view, 2> ties{"abcd", "abce"};
    CHECK(closest_match("abcf", ties) == "abcd");
  }

  TEST_CASE("a word over 64 bytes gets no suggestion (bounded work)") {
    const std::string long_word(65, 'a');
    const std::array<std::string_view, 1> same{long_word};
    CHECK(closest_match(long_word, same).empty());
    const std::string sixty_four(64, 'a');
    const std::array<std::string_view, 1> near{std::string_view(long_word).substr(0, 63)};
    CHECK(closest_match(sixty_four, near).size() == 63);
  }
}
