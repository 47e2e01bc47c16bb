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

TEST_SUITE("model::forum") {
  TEST_CASE("a session's key is its first day, and a second session on one date has its own") {
    using gcsj::model::Date;
    using gcsj::model::Located;
    gcsj::model::Forum forum;
    forum.sessions.resize(4);
    forum.sessions[0].date = Located<Date>{Date{2025, 11, 5}, {}};
    forum.sessions[2].date = Located<Date>{Date{2024, 6, 13}, {}};
    forum.sessions[3].date = Located<Date>{Date{2025, 11, 5}, {}};
    CHECK(gcsj::model::session_key(forum, forum.sessions[0]) == "2025-11-05");
    CHECK(gcsj::model::session_key(forum, forum.sessions[1]).empty());  // no date
    CHECK(gcsj::model::session_key(forum, forum.sessions[2]) == "2024-06-13");
    CHECK(gcsj::model::session_key(forum, forum.sessions[3]) == "2025-11-05-2");
  }
}
