#include <doctest/doctest.h>

#include <vector>

#include "findings/finding.hpp"
#include "findings/rule.hpp"
#include "i18n/message.hpp"

using gcsj::findings::Finding;
using gcsj::findings::Rule;
using gcsj::findings::Severity;

namespace {

constexpr Rule kRule{.id = "some-rule",
                     .paragraph = "25(c)",
                     .severity = Severity::warning,
                     .summary = "",
                     .explanation = "",
                     .passing = "",
                     .failing = "",
                     .reach = gcsj::findings::Reach::registry};

Finding with(Severity severity, bool waived = false) {
  Finding f;
  f.severity = severity;
  if (waived) f.waived = gcsj::findings::Waiver{"r", "a", "2030-01-01"};
  return f;
}

}  // namespace

TEST_SUITE("findings::finding") {
  TEST_CASE("add_finding: the rule's id, paragraph and default severity, at the location") {
    std::vector<Finding> out;
    Finding& f =
        gcsj::findings::add_finding(out, kRule, {3, 7, 2}, gcsj::i18n::Message::verbatim("message"),
                                    gcsj::i18n::Message::verbatim("hint"));
    REQUIRE(out.size() == 1);
    CHECK(&f == &out.back());
    CHECK(f.rule == "some-rule");
    CHECK(f.paragraph == "25(c)");
    CHECK(f.severity == Severity::warning);
    CHECK(f.where == gcsj::model::Location{3, 7, 2});
    CHECK(f.message.english() == "message");
    CHECK(f.hint.english() == "hint");
    CHECK_FALSE(f.waived);
    gcsj::findings::add_finding(out, kRule, {}, gcsj::i18n::Message::verbatim("second"));
    CHECK(out.size() == 2);
    CHECK(out.back().hint.empty());
  }

  TEST_CASE("count: by severity, a waived finding counted as waived only") {
    const std::vector<Finding> findings{with(Severity::error),       with(Severity::error),
                                        with(Severity::warning),     with(Severity::note),
                                        with(Severity::error, true), with(Severity::note, true)};
    const auto summary = gcsj::findings::count(findings, 4, 9);
    CHECK(summary.files == 4);
    CHECK(summary.partners == 9);
    CHECK(summary.errors == 2);
    CHECK(summary.warnings == 1);
    CHECK(summary.notes == 1);
    CHECK(summary.waived == 2);
    const auto none = gcsj::findings::count({}, 0, 0);
    CHECK(none.errors + none.warnings + none.notes + none.waived == 0);
  }

  TEST_CASE("settle_seat_subject: a finding about a seat is about the Group, not an entry") {
    Finding f;
    f.subject.partner = "wrk2";
    f.subject.member = "Worker 2";
    f.subject.in_member = true;
    f.subject.in_group = true;
    f.subject.entry = "x";
    Finding untouched = f;
    gcsj::findings::settle_seat_subject(untouched);  // no seat: stays the member's
    CHECK(untouched.subject == f.subject);
    f.seat = gcsj::findings::SeatRef{gcsj::model::Seat::workers, std::nullopt};
    gcsj::findings::settle_seat_subject(f);
    CHECK(f.subject.partner.empty());
    CHECK(f.subject.member.empty());
    CHECK_FALSE(f.subject.in_member);
    CHECK(f.subject.in_group);
    CHECK(f.subject.entry.empty());
    // A summary of several subjects keeps saying so.
    Finding several;
    several.seat = f.seat;
    several.subject.several = true;
    several.subject.partner = "p";
    gcsj::findings::settle_seat_subject(several);
    CHECK(several.subject.several);
    CHECK(several.subject.partner == "p");
  }
}
