#include "lsp/text_position.hpp"

#include <doctest/doctest.h>

using gcsj::lsp::column_of;
using gcsj::lsp::line_text;
using gcsj::lsp::Span;
using gcsj::lsp::token_at;
using gcsj::lsp::utf16_of;

TEST_CASE("lsp::line_text: lines by 1-based number, without their line break") {
  const std::string_view text = "a: 1\r\nb: 2\nc: 3";
  CHECK(line_text(text, 1) == "a: 1");
  CHECK(line_text(text, 2) == "b: 2");
  CHECK(line_text(text, 3) == "c: 3");
  CHECK(line_text(text, 4).empty());
  CHECK(line_text(text, 0).empty());
}

TEST_CASE("lsp::utf16_of and column_of: code points against UTF-16 units") {
  // "é" is one unit, "😀" (U+1F600) two: a surrogate pair.
  const std::string_view line = "name: é😀x";
  CHECK(utf16_of(line, 1) == 0);
  CHECK(utf16_of(line, 7) == 6);    // é
  CHECK(utf16_of(line, 8) == 7);    // 😀
  CHECK(utf16_of(line, 9) == 9);    // x, after the pair
  CHECK(utf16_of(line, 11) == 11);  // past the end, a unit a column
  CHECK(column_of(line, 0) == 1);
  CHECK(column_of(line, 6) == 7);
  CHECK(column_of(line, 7) == 8);
  CHECK(column_of(line, 8) == 8);  // inside the pair: its character
  CHECK(column_of(line, 9) == 9);
  CHECK(column_of(line, 12) == 12);
  for (int column = 1; column <= 10; ++column)
    CHECK(column_of(line, utf16_of(line, column)) == column);
}

TEST_CASE("lsp::token_at: the key, quoted or plain scalar that begins at a column") {
  CHECK(token_at("category: gouvernment", 4, 1) == Span{4, 1, 9});
  CHECK(token_at("category: gouvernment", 4, 11) == Span{4, 11, 22});
  CHECK(token_at("name: \"Ville de Genève\" # a comment", 1, 7) == Span{1, 7, 24});
  CHECK(token_at("name: 'l''été'", 1, 7) == Span{1, 7, 15});
  CHECK(token_at("with: [ilo, brazil]", 1, 8) == Span{1, 8, 11});
  CHECK(token_at("title: Decent work # why  ", 1, 8) == Span{1, 8, 19});
  CHECK(token_at("url: https://a.org/x#y", 1, 6) == Span{1, 6, 23});
  CHECK(token_at("- id: été", 2, 3) == Span{2, 3, 5});
  CHECK(token_at("- id: été", 2, 7) == Span{2, 7, 10});
  // Nothing there: one column, so an editor has something to underline.
  CHECK(token_at("id:", 1, 4) == Span{1, 4, 5});
  CHECK(token_at("", 1, 1) == Span{1, 1, 2});
}
