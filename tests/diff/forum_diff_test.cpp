#include <doctest/doctest.h>

#include <string>

#include "diff/registry_diff.hpp"
#include "render/diff/diff_report.hpp"
#include "support/check_helpers.hpp"
#include "support/json_reader.hpp"

// `changes --base`: the sessions of the Forum (¶39-42) a change adds, removes or changes,
// matched by date, and how the reviewer's view tells them.

using namespace gcsj::testing;
using gcsj::diff::SessionChangeKind;
using gcsj::model::Date;

namespace {

const std::string kBefore = R"(kind: forum
sessions:
  - date: 2024-06-13
    place: Geneva
    format: in-person
    hosts: [ilo]
  - date: 2025-11-05
    place: Doha
    format: in-person
    hosts: [ilo]
)";

Checked version(const std::string& forum) {
  return check_files({{"forum.yaml", forum}});
}

}  // namespace

TEST_SUITE("diff::forum_diff") {
  TEST_CASE("sessions matched by date: added, removed, and the keys that moved") {
    const auto before = version(kBefore);
    const auto after = version(replace(
        replace(kBefore, "  - date: 2024-06-13", "  - date: 2024-06-14"),
        "    place: Doha\n    format: in-person\n    hosts: [ilo]\n",
        "    place: Doha\n    format: in-person\n    hosts: [ilo, brazil]\n    initiatives:\n"
        "      - partner: brazil\n"));
    const auto changes = gcsj::diff::diff_forum(before.registry, after.registry);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].kind == SessionChangeKind::removed);
    CHECK(changes[0].date == Date{2024, 6, 13});
    CHECK(changes[1].kind == SessionChangeKind::added);
    CHECK(changes[1].date == Date{2024, 6, 14});
    CHECK(changes[2].kind == SessionChangeKind::changed);
    CHECK(changes[2].date == Date{2025, 11, 5});
    CHECK(changes[2].fields == std::vector<std::string_view>{"hosts", "initiatives"});
    // The same document, or none in either version: nothing.
    CHECK(gcsj::diff::diff_forum(before.registry, version(kBefore).registry).empty());
    const auto none = check_files({{"partners/sample.yaml", kGovernment}});
    CHECK(gcsj::diff::diff_forum(none.registry, none.registry).empty());
    CHECK(gcsj::diff::diff_forum(none.registry, before.registry).size() == 2);
  }

  TEST_CASE("the reviewer's view: a Forum section in text, Markdown and JSON") {
    const auto before = version(kBefore);
    const auto after = version(replace(kBefore, "place: Doha", "place: Doha, Qatar"));
    const auto diff = gcsj::diff::diff_registries(before.registry, after.registry, {2026, 1, 1});
    CHECK_FALSE(diff.empty());
    const gcsj::render::DiffView view{diff, before.registry, after.registry, "main"};
    const std::string text = gcsj::render::render_diff_text(view, false);
    CHECK(text.find("The Forum (¶39-42)\n  forum.yaml:7:5: The session of 5 November 2025 "
                    "changes: place.\n") != std::string::npos);
    CHECK(gcsj::render::render_diff_markdown(view).find(
              "### The Forum (¶39-42)\n\n- The session of 5 November 2025 changes: place. "
              "(forum.yaml:7:5)\n") != std::string::npos);
    const Json json = parse_json(gcsj::render::render_diff_json(view));
    REQUIRE(json["forum_sessions"].size() == 1);
    CHECK(json["forum_sessions"][0]["change"].str() == "changed");
    CHECK(json["forum_sessions"][0]["fields"][0].str() == "place");
    CHECK(json["forum_sessions"][0]["date"].str() == "2025-11-05");
    // Without a change of the Forum, no section.
    const auto same = gcsj::diff::diff_registries(before.registry, before.registry, {2026, 1, 1});
    CHECK(gcsj::render::render_diff_text({same, before.registry, before.registry, "main"}, false)
              .find("Forum") == std::string::npos);
  }
}
