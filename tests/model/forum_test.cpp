#include <doctest/doctest.h>

#include "model/forum.hpp"

using gcsj::model::ForumFormat;
using gcsj::model::ForumSession;

TEST_SUITE("model::forum") {
  TEST_CASE("a session's format is one of the three of ¶41, or none") {
    ForumSession session;
    CHECK(!gcsj::model::forum_format_of(session));
    session.format = gcsj::model::Located<std::string>{"hybrid", {}};
    CHECK(gcsj::model::forum_format_of(session) == ForumFormat::hybrid);
    session.format = gcsj::model::Located<std::string>{"in-person", {}};
    CHECK(gcsj::model::forum_format_of(session) == ForumFormat::in_person);
    session.format = gcsj::model::Located<std::string>{"online", {}};
    CHECK(!gcsj::model::forum_format_of(session));
  }
}

TEST_SUITE("model::forum") {
  TEST_CASE("dated sessions run oldest first; a session's last day is its end, if not earlier") {
    using gcsj::model::Date;
    using gcsj::model::Located;
    gcsj::model::Forum forum;
    const auto session = [](std::optional<Date> date, std::optional<Date> end = {}) {
      ForumSession s;
      if (date) s.date = Located<Date>{*date, {}};
      if (end) s.end = Located<Date>{*end, {}};
      return s;
    };
    forum.sessions = {session(Date{2025, 11, 5}, Date{2025, 11, 6}), session(std::nullopt),
                      session(Date{2024, 6, 13}, Date{2024, 6, 1})};
    const auto dated = gcsj::model::dated_sessions(forum);
    REQUIRE(dated.size() == 2);
    CHECK(dated[0] == &forum.sessions[2]);
    CHECK(dated[1] == &forum.sessions[0]);
    CHECK(gcsj::model::last_day(forum.sessions[0]) == Date{2025, 11, 6});
    CHECK(gcsj::model::last_day(forum.sessions[2]) == Date{2024, 6, 13});
    CHECK(gcsj::model::is_ilo_host("ilo"));
    CHECK(!gcsj::model::is_ilo_host("ILO"));
  }
}
