#include <doctest/doctest.h>

#include <string>

#include "findings/baseline.hpp"
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

TEST_SUITE("findings::finding_list::summary") {
  using gcsj::findings::Finding;
  using gcsj::findings::SeatRef;
  using gcsj::findings::Subject;
  using gcsj::model::Seat;

  // Every finding of lines up to `split` is about p, of later lines about q.
  FindingList::SubjectOf split_at(int split) {
    return [split](const gcsj::model::Location& where) {
      return Subject{where.line <= split ? "p" : "q", "", false, false, false, {}, {}};
    };
  }

  TEST_CASE("the summary keeps the first and last place, the count and the sum of identities") {
    FindingList list;
    list.set_subject_of(split_at(static_cast<int>(kMax) + 2));
    for (std::size_t i = 0; i < kMax + 3; ++i)
      list.add(kError, {0, static_cast<int>(kMax + 3 - i), 1}, msg("m"));  // backwards
    const auto out = list.take();
    REQUIRE(out.size() == kMax + 1);
    REQUIRE(out.back().summarises.has_value());
    const auto& dropped = *out.back().summarises;
    CHECK(dropped.count == 3);
    CHECK(dropped.first.line == 1);
    CHECK(dropped.last.line == 3);
    CHECK(out.back().where.line == 1);  // where the first of them is in the file
    Finding p, q;
    p.subject.partner = "p";
    q.subject.partner = "q";
    p.message = q.message = msg("m");
    // All three of the findings left out are about p (lines 1 to 3).
    CHECK(dropped.identities == 3 * gcsj::findings::identity_hash(p));
    CHECK(dropped.identities !=
          2 * gcsj::findings::identity_hash(p) + gcsj::findings::identity_hash(q));
  }

  TEST_CASE("the identities do not depend on the order, and change with any one of them") {
    const auto identities = [](std::vector<int> lines, int split) {
      FindingList list;
      list.set_subject_of(split_at(split));
      for (std::size_t i = 0; i < kMax; ++i) list.add(kError, {0, 5000, 1}, msg("kept"));
      for (const int line : lines) list.add(kError, {0, line, 1}, msg("m"));
      return list.take().back().summarises->identities;
    };
    CHECK(identities({1, 2, 3}, 2) == identities({3, 1, 2}, 2));
    CHECK(identities({1, 2, 3}, 2) != identities({1, 2, 3}, 1));
  }

  TEST_CASE("a seat set after adding is counted: one seat, or several") {
    const auto summary = [](Seat second) {
      FindingList list;
      for (std::size_t i = 0; i < kMax; ++i) list.add(kError, {0, 1, 1}, msg("kept"));
      list.add(kError, {0, 2, 1}, msg("m")).seat = SeatRef{Seat::workers, std::nullopt};
      list.add(kError, {0, 3, 1}, msg("m")).seat = SeatRef{second, std::nullopt};
      return list.take().back();
    };
    const Finding one = summary(Seat::workers);
    CHECK(one.summarises->one_seat);
    REQUIRE(one.seat.has_value());
    CHECK(one.seat->seat == Seat::workers);
    const Finding two = summary(Seat::employers);
    CHECK_FALSE(two.summarises->one_seat);
    CHECK_FALSE(two.seat.has_value());
    CHECK(one.summarises->identities != two.summarises->identities);
  }

  TEST_CASE("absorbing adds the counts and identities of both, and widens the places") {
    FindingList first, second, whole;
    first.set_subject_of(split_at(10));
    second.set_subject_of(split_at(10));
    whole.set_subject_of(split_at(10));
    for (std::size_t i = 0; i < kMax; ++i) {
      first.add(kError, {0, 5, 1}, msg("kept"));
      whole.add(kError, {0, 5, 1}, msg("kept"));
    }
    first.add(kError, {0, 8, 1}, msg("m"));
    second.add(kError, {0, 12, 1}, msg("m"));  // kept there, counted once absorbed
    whole.add(kError, {0, 8, 1}, msg("m"));
    whole.add(kError, {0, 12, 1}, msg("m"));
    first.absorb(std::move(second));
    const auto merged = first.take().back().summarises;
    const auto expected = whole.take().back().summarises;
    REQUIRE(merged.has_value());
    CHECK(merged->count == 2);
    CHECK(merged->identities == expected->identities);
    CHECK(merged->first.line == 8);
    CHECK(merged->last.line == 12);
  }

  TEST_CASE("a rollback restores the summary's count, places and identities") {
    FindingList list;
    for (std::size_t i = 0; i < kMax; ++i) list.add(kError, {0, 1, 1}, msg("kept"));
    list.add(kError, {0, 2, 1}, msg("m"));
    const auto mark = list.mark();
    list.add(kError, {0, 9, 1}, msg("undone"));
    list.rollback(mark);
    FindingList alone;
    for (std::size_t i = 0; i < kMax; ++i) alone.add(kError, {0, 1, 1}, msg("kept"));
    alone.add(kError, {0, 2, 1}, msg("m"));
    const auto restored = list.take().back().summarises;
    const auto expected = alone.take().back().summarises;
    CHECK(restored->count == 1);
    CHECK(restored->last.line == 2);
    CHECK(restored->identities == expected->identities);
  }
}
