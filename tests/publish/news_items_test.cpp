#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "changes/changes.hpp"
#include "publish/site_context.hpp"

using gcsj::changes::Change;
using gcsj::changes::Changes;
using gcsj::changes::Kind;
using gcsj::model::Date;

namespace {

Change event(Kind kind, std::string key, Date date, bool is_public = true, int action = 0) {
  Change change;
  change.kind = kind;
  change.key = std::move(key);
  change.date = date;
  change.is_public = is_public;
  change.action_number = action;
  return change;
}

Changes news_of(std::vector<Change> events) {
  Changes news;
  news.from = {2025, 1, 1};
  news.to = {2025, 6, 1};
  news.events = std::move(events);
  return news;
}

}  // namespace

TEST_SUITE("publish::news_items") {
  TEST_CASE("a change is named by its kind, key and date: an anchor and a tag URI") {
    const auto names = gcsj::publish::change_names(
        news_of({event(Kind::partner_admitted, "mexico", {2026, 3, 1})}));
    REQUIRE(names.size() == 1);
    CHECK(names[0].anchor == "change-partner-admitted-mexico-2026-03-01");
    CHECK(names[0].tag == "tag:ilo.org,2023:gcsj/partner-admitted/mexico/2026-03-01");
  }

  TEST_CASE("registry text in a name: percent-encoded in the tag, a plain slug in the anchor") {
    const auto names = gcsj::publish::change_names(
        news_of({event(Kind::member_joined, "José <Pérez>", {2025, 3, 1})}));
    CHECK(names[0].tag ==
          "tag:ilo.org,2023:gcsj/member-joined/Jos%C3%A9%20%3CP%C3%A9rez%3E/"
          "2025-03-01");
    CHECK(names[0].anchor == "change-member-joined-jos-p-rez-2025-03-01");
  }

  TEST_CASE("a completed action is named by its position too; a Group event without a key") {
    const auto names = gcsj::publish::change_names(
        news_of({event(Kind::action_completed, "ilo", {2025, 2, 1}, true, 2),
                 event(Kind::group_established, "", {2025, 2, 1})}));
    CHECK(names[0].tag == "tag:ilo.org,2023:gcsj/action-completed/ilo/2/2025-02-01");
    CHECK(names[0].anchor == "change-action-completed-ilo-2-2025-02-01");
    CHECK(names[1].tag == "tag:ilo.org,2023:gcsj/group-established/2025-02-01");
  }

  TEST_CASE("names are unique: a second change of the same name is numbered") {
    const auto names =
        gcsj::publish::change_names(news_of({event(Kind::seat_vacated, "workers", {2025, 2, 1}),
                                             event(Kind::seat_vacated, "workers", {2025, 2, 1}),
                                             event(Kind::seat_vacated, "Workers", {2025, 2, 1})}));
    CHECK(names[0].anchor == "change-seat-vacated-workers-2025-02-01");
    CHECK(names[1].anchor == "change-seat-vacated-workers-2025-02-01-2");
    CHECK(names[1].tag == "tag:ilo.org,2023:gcsj/seat-vacated/workers/2025-02-01/2");
    // Another key whose slug is the same: a distinct tag, a numbered anchor.
    CHECK(names[2].anchor == "change-seat-vacated-workers-2025-02-01-3");
    CHECK(names[2].tag == "tag:ilo.org,2023:gcsj/seat-vacated/Workers/2025-02-01");
  }

  TEST_CASE("a change the portal does not tell is never named nor listed") {
    const auto news = news_of({event(Kind::partner_withdrew, "gone", {2025, 2, 1}, false),
                               event(Kind::partner_admitted, "new", {2025, 3, 1}),
                               event(Kind::application_pending, "hope", {2025, 4, 1}, false)});
    const auto names = gcsj::publish::change_names(news);
    REQUIRE(names.size() == 3);
    CHECK(names[0].anchor.empty());
    CHECK(names[0].tag.empty());
    CHECK_FALSE(names[1].anchor.empty());
    CHECK(names[2].tag.empty());
    CHECK(gcsj::publish::public_changes_newest_first(news) == std::vector<std::size_t>{1});
  }

  TEST_CASE("newest first; changes of one date keep their order") {
    const auto news = news_of({event(Kind::partner_admitted, "a", {2025, 2, 1}),
                               event(Kind::partner_admitted, "b", {2025, 4, 1}),
                               event(Kind::member_joined, "c", {2025, 4, 1}),
                               event(Kind::partner_admitted, "d", {2025, 3, 1})});
    CHECK(gcsj::publish::public_changes_newest_first(news) == std::vector<std::size_t>{1, 2, 3, 0});
  }
}
