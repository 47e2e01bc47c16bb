#include <doctest/doctest.h>

#include "load/forum_reader.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;

namespace {

const std::string kForum = R"(kind: forum
sessions:
  - date: 2025-11-05
    end: 2025-11-06
    title: Global Coalition for Social Justice Forum
    place: Doha
    format: in-person
    hosts: [ilo, sample]
    alongside: World Summit for Social Development
    initiatives:
      - partner: sample
        action: Promote equitable food systems
      - partner: sample
  - date: 2026-06-10
    format: remote
    hosts: [ilo]
)";

Checked check_forum(const std::string& text) {
  return check_files({{"forum.yaml", text}});
}

}  // namespace

TEST_SUITE("load::forum_reader") {
  TEST_CASE("reads sessions, hosts and initiatives with their positions") {
    const auto checked = check_forum(kForum);
    REQUIRE(checked.registry.forums.size() == 1);
    const auto& forum = checked.registry.forums[0];
    REQUIRE(forum.sessions.size() == 2);
    CHECK(forum.sessions_where.line == 2);
    const auto& doha = forum.sessions[0];
    CHECK(doha.where.line == 3);
    CHECK(doha.date->value == gcsj::model::Date{2025, 11, 5});
    CHECK(doha.end->value == gcsj::model::Date{2025, 11, 6});
    CHECK(doha.title->value == "Global Coalition for Social Justice Forum");
    CHECK(doha.place->value == "Doha");
    CHECK(gcsj::model::forum_format_of(doha) == gcsj::model::ForumFormat::in_person);
    REQUIRE(doha.hosts);
    REQUIRE(doha.hosts->value.size() == 2);
    CHECK(doha.hosts->value[1].value == "sample");
    CHECK(doha.hosts->value[1].where.line == 8);
    CHECK(doha.alongside->value == "World Summit for Social Development");
    REQUIRE(doha.initiatives.size() == 2);
    CHECK(doha.initiatives_where.line == 10);
    CHECK(doha.initiatives[0].where.line == 11);
    CHECK(doha.initiatives[0].action->value == "Promote equitable food systems");
    CHECK(!doha.initiatives[1].action);
    const auto& remote = forum.sessions[1];
    CHECK(!remote.place);
    CHECK(remote.initiatives.empty());
    CHECK(remote.initiatives_where.line == remote.where.line);
    CHECK(gcsj::model::forum_format_of(remote) == gcsj::model::ForumFormat::remote);
  }

  TEST_CASE("reports unknown keys, wrong types, bad dates and duplicate keys") {
    auto checked = check_forum(replace(kForum, "    place: Doha\n", "    plcae: Doha\n"));
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{6});
    CHECK(checked.of("unknown-key")[0].hint.english() == "did you mean `place`?");
    checked = check_forum(replace(kForum, "        action: Promote", "        actoin: Promote"));
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{12});
    checked = check_forum(replace(kForum, "hosts: [ilo]", "hosts: ilo"));
    CHECK(checked.lines_of("wrong-type") == std::vector<int>{16});
    checked = check_forum(replace(kForum, "date: 2026-06-10", "date: 2026-06-31"));
    CHECK(checked.lines_of("invalid-date") == std::vector<int>{14});
    checked = check_forum(replace(kForum, "    place: Doha\n", "    place: Doha\n    place: Ar\n"));
    CHECK(checked.of("duplicate-key").size() == 1);
    checked = check_forum(replace(kForum, "sessions:\n", "session:\n"));
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{2});
    CHECK(checked.registry.forums.at(0).sessions.empty());
  }

  TEST_CASE("its key paths name every key of its tables") {
    const auto paths = gcsj::load::forum_key_paths();
    CHECK(std::find(paths.begin(), paths.end(), "sessions.initiatives.action") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "sessions.hosts") != paths.end());
  }
}
