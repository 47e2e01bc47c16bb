#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/piece_cutter.hpp"

using gcsj::load::cut_into_pieces;
using gcsj::load::Piece;
using gcsj::load::PieceCutter;

namespace {

std::vector<std::string> texts_of(std::string_view text, const std::vector<Piece>& pieces) {
  std::vector<std::string> out;
  for (const Piece& piece : pieces) out.emplace_back(text.substr(piece.offset, piece.length));
  return out;
}

// The pieces found when `text` is fed `block` bytes at a time.
std::vector<Piece> fed_in_blocks(std::string_view text, std::size_t piece_bytes,
                                 std::size_t block) {
  PieceCutter cutter(piece_bytes);
  for (std::size_t at = 0; at < text.size(); at += block) cutter.feed(text.substr(at, block));
  return cutter.finish();
}

bool same(const std::vector<Piece>& a, const std::vector<Piece>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].offset != b[i].offset || a[i].length != b[i].length ||
        a[i].first_line != b[i].first_line || a[i].largest != b[i].largest)
      return false;
  return true;
}

}  // namespace

TEST_SUITE("load::piece_cutter") {
  TEST_CASE("each piece knows its longest document region, whatever the blocks fed") {
    // Regions: "a: 1\n" (5), "---\nb: |\n  ---x\n" (16), "---\nc: 3\n" (9), "--- {d: 4}\n" (11).
    const std::string text = "a: 1\n---\nb: |\n  ---x\n---\nc: 3\n--- {d: 4}\n";
    const auto whole = cut_into_pieces(text, 1 << 20);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].largest == 16);
    const auto pieces = cut_into_pieces(text, 1);
    REQUIRE(pieces.size() == 4);
    CHECK(pieces[0].largest == 5);
    CHECK(pieces[1].largest == 16);
    CHECK(pieces[2].largest == 9);
    CHECK(pieces[3].largest == 11);
    const auto past_12 = cut_into_pieces(text, 12);
    REQUIRE(past_12.size() == 2);
    CHECK(past_12[0].largest == 16);
    CHECK(past_12[1].largest == 11);
    for (std::size_t block = 1; block <= text.size(); ++block) {
      CHECK(same(fed_in_blocks(text, 1, block), pieces));
      CHECK(same(fed_in_blocks(text, 1 << 20, block), whole));
    }
    CHECK(cut_into_pieces("", 1)[0].largest == 0);
    CHECK(cut_into_pieces("---", 1)[0].largest == 3);
  }

  TEST_CASE("cuts only before --- lines, keeping line numbers") {
    const std::string text = "a: 1\n---\nb: |\n  ---x\n---\nc: 3\n--- {d: 4}\n";
    const auto pieces = cut_into_pieces(text, 1);
    REQUIRE(pieces.size() == 4);  // not at "  ---x", which is inside a scalar
    const auto texts = texts_of(text, pieces);
    CHECK(texts[0] == "a: 1\n");
    CHECK(pieces[1].first_line == 2);
    CHECK(texts[1] == "---\nb: |\n  ---x\n");
    CHECK(pieces[2].first_line == 5);
    CHECK(texts[3] == "--- {d: 4}\n");
    CHECK(pieces[3].first_line == 7);
    CHECK(cut_into_pieces(text, 1 << 20).size() == 1);
    const auto past_12 = cut_into_pieces(text, 12);  // each piece ends at the first marker past 12
    REQUIRE(past_12.size() == 2);
    CHECK(texts_of(text, past_12)[0] == "a: 1\n---\nb: |\n  ---x\n");
    CHECK(past_12[1].first_line == 5);
  }

  TEST_CASE("a marker is --- followed by a blank, a line break or the end of the text") {
    CHECK(cut_into_pieces("a: 1\n----\nb: 2\n", 1).size() == 1);
    CHECK(cut_into_pieces("a: 1\n---x\n", 1).size() == 1);
    CHECK(cut_into_pieces("a: 1\n---\tb\n", 1).size() == 2);
    CHECK(cut_into_pieces("a: 1\n---\r\nb: 2\n", 1).size() == 2);
    CHECK(cut_into_pieces("a: 1\n---", 1).size() == 2);
    CHECK(cut_into_pieces("---\na: 1\n", 1).size() == 1);  // nothing before the first line
  }

  TEST_CASE("an empty text is one empty piece") {
    const auto pieces = cut_into_pieces("", 1);
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].length == 0);
  }

  TEST_CASE("feeding a text in blocks of any size finds the same pieces") {
    std::string text;
    for (int i = 0; i < 40; ++i)
      text += "---\nid: p" + std::to_string(i) + "\nname: |\n  ---not a marker\n  ----\n";
    text += "---";
    const auto whole = cut_into_pieces(text, 50);
    REQUIRE(whole.size() > 10);
    for (std::size_t block : {1u, 2u, 3u, 4u, 5u, 7u, 64u, 1000u})
      CHECK_MESSAGE(same(fed_in_blocks(text, 50, block), whole), "block " << block);
  }
}
