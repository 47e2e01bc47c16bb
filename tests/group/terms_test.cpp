#include <doctest/doctest.h>

#include "group/terms.hpp"

using gcsj::model::Date;
namespace group = gcsj::group;

namespace {
gcsj::model::Term term(Date start, std::optional<Date> end = std::nullopt) {
  gcsj::model::Term t;
  t.start = gcsj::model::Located<Date>{start, {}};
  if (end) t.end = gcsj::model::Located<Date>{*end, {}};
  return t;
}
}  // namespace

TEST_SUITE("group::terms") {
  TEST_CASE("a full term ends the day before the same date two years later") {
    CHECK(group::full_term_end({2024, 6, 1}) == Date{2026, 5, 31});
    CHECK(group::full_term_end({2024, 1, 1}) == Date{2025, 12, 31});
    CHECK(group::full_term_end({2024, 3, 1}) == Date{2026, 2, 28});
    CHECK(group::full_term_end({2027, 3, 1}) == Date{2029, 2, 28});
    CHECK(group::full_term_end({2026, 3, 1}) == Date{2028, 2, 29});
  }

  TEST_CASE("a term from 29 February ends on 28 February two years on") {
    CHECK(group::full_term_end({2024, 2, 29}) == Date{2026, 2, 28});
    const auto t = term({2024, 2, 29});
    CHECK(group::term_covers(t, {2026, 2, 28}));
    CHECK_FALSE(group::term_covers(t, {2026, 3, 1}));
  }

  TEST_CASE("a term covers its first and last days, and an early end shortens it") {
    const auto t = term({2024, 6, 1});
    CHECK_FALSE(group::term_covers(t, {2024, 5, 31}));
    CHECK(group::term_covers(t, {2024, 6, 1}));
    CHECK(group::term_covers(t, {2026, 5, 31}));
    CHECK_FALSE(group::term_covers(t, {2026, 6, 1}));
    const auto early = term({2024, 6, 1}, Date{2025, 1, 31});
    CHECK(group::term_covers(early, {2025, 1, 31}));
    CHECK_FALSE(group::term_covers(early, {2025, 2, 1}));
  }

  TEST_CASE("the current term is numbered, and the Director-General is a co-chair") {
    gcsj::model::Member member;
    member.seat = gcsj::model::Located<gcsj::model::Seat>{gcsj::model::Seat::workers, {}};
    member.terms = gcsj::model::Located<std::vector<gcsj::model::Term>>{
        {term({2024, 6, 1}), term({2026, 6, 1})}, {}};
    CHECK(group::current_term(member, {2025, 1, 1})->number == 1);
    CHECK(group::current_term(member, {2026, 6, 1})->number == 2);
    CHECK(group::current_term(member, {2026, 6, 1})->end == Date{2028, 5, 31});
    CHECK_FALSE(group::current_term(member, {2028, 6, 1}));
  }
}
