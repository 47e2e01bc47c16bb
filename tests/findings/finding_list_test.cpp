#include <doctest/doctest.h>

#include <string>

#include "findings/finding_list.hpp"
#include "findings/rule.hpp"

using gcsj::findings::FindingList;
using gcsj::findings::Reach;
using gcsj::findings::Rule;
using gcsj::findings::Severity;
using gcsj::i18n::msg;

namespace {
constexpr Rule kError{.id = "an-error",
                      .paragraph = "19(f)",
                      .severity = Severity::error,
                      .summary = "s",
                      .explanation = "e",
                      .passing = "p",
                      .failing = "f",
                      .reach = Reach::document};
constexpr Rule kNote{.id = "a-note",
                     .paragraph = "",
                     .severity = Severity::note,
                     .summary = "s",
                     .explanation = "e",
                     .passing = "p",
                     .failing = "f",
                     .reach = Reach::document};
constexpr std::size_t kMax = FindingList::kMaxPerRuleAndFile;
}  // namespace

TEST_SUITE("findings::finding_list") {
  TEST_CASE("keeps at most the limit of one rule in one file, then says how many more there were") {
    FindingList list;
    for (std::size_t i = 0; i < kMax + 250; ++i)
      list.add(kError, {0, static_cast<int>(i) + 1, 1}, msg("m")).related.push_back({});
    for (int i = 0; i < 3; ++i) list.add(kError, {1, i + 1, 1}, msg("other file"));
    for (int i = 0; i < 3; ++i) list.add(kNote, {0, i + 1, 1}, msg("other rule"));
    CHECK(list.size() == kMax + 6);
    const auto out = list.take();
    REQUIRE(out.size() == kMax + 7);
    const auto& note = out.back();
    CHECK(note.rule == "an-error");
    CHECK(note.paragraph == "19(f)");
    CHECK(note.severity == Severity::error);               // the run still fails
    CHECK(note.where.line == static_cast<int>(kMax) + 1);  // where the first one was left out
    CHECK(note.message.english().starts_with(
        "250 more findings of this rule in this file are not shown"));
    CHECK(note.related.empty());
  }

  TEST_CASE("absorbing keeps the limit across pieces, in order") {
    FindingList first, second;
    for (std::size_t i = 0; i < kMax - 10; ++i) first.add(kError, {0, 1, 1}, msg("first"));
    for (std::size_t i = 0; i < 30; ++i) second.add(kError, {0, 2, 1}, msg("second"));
    first.absorb(std::move(second));
    const auto out = first.take();
    REQUIRE(out.size() == kMax + 1);
    CHECK(out[kMax - 1].message.english() == "second");
    CHECK(out.back().message.english().starts_with("20 more findings"));
  }

  TEST_CASE("a rollback undoes what was added after the mark, counted findings included") {
    FindingList list;
    for (std::size_t i = 0; i < kMax; ++i) list.add(kError, {0, 1, 1}, msg("kept"));
    const auto mark = list.mark();
    list.add(kError, {0, 2, 1}, msg("counted"));
    list.add(kNote, {0, 3, 1}, msg("kept after the mark"));
    list.rollback(mark);
    CHECK(list.size() == kMax);
    const auto out = list.take();
    CHECK(out.size() == kMax);  // nothing was counted any more
  }
}
