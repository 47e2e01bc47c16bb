#include <doctest/doctest.h>

#include <string>

#include "changes/changes.hpp"
#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "refdata/reference_data.hpp"
#include "render/changes/change_words.hpp"
#include "render/changes/changes_report.hpp"
#include "render/report/progress_report.hpp"
#include "support/check_helpers.hpp"
#include "support/json_reader.hpp"

// The Forum's sessions (¶39-42) in the views: the sentence of a session held (changes, report,
// news), the sections of `changes -f markdown` and of the report, their JSON, and `list forum`.

using namespace gcsj::testing;
using gcsj::changes::Kind;
using gcsj::model::Date;
using gcsj::render::change_sentence;

namespace {

// `sample` (Sample, a government) public; `late` admitted but public only from 2026-01-01.
const std::string kForum = R"(kind: forum
sessions:
  - date: 2025-11-05
    title: "Forum, second"
    place: Doha
    format: in-person
    hosts: [ilo, sample, late]
    alongside: World Summit for Social Development
    initiatives:
      - partner: sample
        action: Extend social protection
      - partner: late
  - date: 2024-06-13
    end: 2024-06-14
    format: remote
    hosts: [ilo]
)";

Checked forum_registry(const std::string& forum = kForum) {
  const std::string late =
      replace(replace(replace(kNgo, "id: sample", "id: late"), "name: Sample", "name: Late"),
              "admitted: 2024-02-01\n", "admitted: 2024-02-01\npublished: 2026-01-01\n");
  return check_files(
      {{"partners/sample.yaml", kGovernment}, {"partners/late.yaml", late}, {"forum.yaml", forum}},
      Date{2025, 12, 1}, true);
}

gcsj::changes::Changes changes_of(const Checked& checked, Date from, Date to) {
  return gcsj::changes::compute_changes(checked.registry, from, to,
                                        gcsj::refdata::ReferenceData::bundled());
}

std::string plain(std::string_view text) {
  return std::string(text);
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

gcsj::figures::Figures figures_of(const Checked& checked) {
  return gcsj::figures::compute_figures(
      checked.registry, {Date{2025, 12, 1}, Date{2024, 1, 1}, gcsj::figures::kDefaultRenewalDays},
      gcsj::refdata::ReferenceData::bundled());
}

}  // namespace

TEST_SUITE("render::forum_views") {
  TEST_CASE(
      "a session's sentence: its place, hosts and initiatives; public views name public hosts") {
    const auto checked = forum_registry();
    const auto changes = changes_of(checked, {2025, 11, 1}, {2025, 12, 1});
    const auto& held = *of_kind(changes, Kind::forum_session).at(0);
    gcsj::render::ChangeWording words{plain, false};
    CHECK(change_sentence(held, words) ==
          "The Forum of the Coalition met in Doha, convened by the ILO, Sample, and Late. 2 "
          "initiatives were showcased or announced there.");
    words.public_view = true;  // `late` is public only from 2026-01-01
    CHECK(change_sentence(held, words) ==
          "The Forum of the Coalition met in Doha, convened by the ILO and Sample. 1 initiative "
          "was showcased or announced there.");  // not `late`'s, as `late` is not named
    words.forum = [](const gcsj::model::ForumSession& session, std::string text) {
      return "<" + session.place->value + ":" + text + ">";
    };
    CHECK(change_sentence(held, words).starts_with("<Doha:The Forum of the Coalition> met in"));
    CHECK(gcsj::render::kind_key(Kind::forum_session) == "forum-session");
    CHECK(gcsj::render::change_title(Kind::forum_session) == "A session of the Forum");
    words.forum = nullptr;
    words.tr = gcsj::i18n::Translator::of("fr");
    CHECK(change_sentence(held, words).starts_with("Le Forum de la Coalition s'est réuni à Doha"));
  }

  TEST_CASE("a remote session without place, and one whose hosts may not be named") {
    const auto checked = forum_registry(R"(kind: forum
sessions:
  - date: 2025-11-05
    format: remote
    hosts: [late]
)");
    const auto changes = changes_of(checked, {2025, 11, 1}, {2025, 12, 1});
    const auto& held = *of_kind(changes, Kind::forum_session).at(0);
    CHECK(change_sentence(held, {plain, false}) ==
          "The Forum of the Coalition met, convened by Late.");
    CHECK(change_sentence(held, {plain, true}) == "The Forum of the Coalition met.");
  }

  TEST_CASE("changes: the Markdown's Forum section, the text's count and the JSON's `forum`") {
    const auto checked = forum_registry();
    const auto changes = changes_of(checked, {2025, 11, 1}, {2025, 12, 1});
    const gcsj::render::ChangesView view{checked.registry, changes, "registry", Date{2025, 12, 1}};
    const std::string md = gcsj::render::render_changes_markdown(view);
    CHECK(has(md,
              "\n## The Forum (¶39-42)\n\n- 5 November 2025 — The Forum of the Coalition met in "
              "Doha, convened by the ILO and Sample. 1 initiative was showcased or announced "
              "there (¶39).\n"));
    CHECK_FALSE(has(md, "Late"));
    CHECK(
        has(gcsj::render::render_changes_text(view), "\n1 session of the Forum was held (¶39).\n"));
    const Json json = parse_json(gcsj::render::render_changes_json(view));
    CHECK(json["summary"]["forum_sessions"].integer() == 1);
    const Json& event = json["changes"][0];
    CHECK(event["kind"].str() == "forum-session");
    CHECK(event["paragraph"].str() == "39");
    CHECK(event["partner"].is_null());
    const Json& forum = event["forum"];
    CHECK(forum["date"].str() == "2025-11-05");
    CHECK(forum["end"].is_null());
    CHECK(forum["place"].str() == "Doha");
    CHECK(forum["format"].str() == "in-person");
    CHECK(forum["initiatives"].integer() == 2);
    REQUIRE(forum["hosts"].size() == 3);
    CHECK(forum["hosts"][2]["id"].str() == "late");
    CHECK_FALSE(forum["hosts"][2]["public"].boolean);
    // Without a session in the period, the section says so; without a Forum, there is none.
    const auto quiet = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    CHECK(has(gcsj::render::render_changes_markdown(
                  {checked.registry, quiet, "registry", Date{2025, 6, 1}}),
              "## The Forum (¶39-42)\n\nNo session of the Forum was held.\n"));
    const auto none = check_files({{"partners/sample.yaml", kGovernment}});
    const auto empty = changes_of(none, {2025, 1, 1}, {2025, 6, 1});
    CHECK_FALSE(has(
        gcsj::render::render_changes_markdown({none.registry, empty, "registry", Date{2025, 6, 1}}),
        "Forum"));
  }

  TEST_CASE("report: the sessions held in the period, public hosts only, in Markdown and JSON") {
    const auto checked = forum_registry();
    const auto figures = figures_of(checked);
    const std::string md = gcsj::render::render_progress_markdown(figures);
    CHECK(has(md,
              "\n### Sessions of the Forum held in the period (2)\n\n- 13 June 2024: The Forum "
              "of the Coalition met, convened by the ILO.\n- 5 November 2025: The Forum of the "
              "Coalition met in Doha, convened by the ILO and Sample. 1 initiative was "
              "showcased or announced there.\n"));
    const Json json = parse_json(gcsj::render::render_progress_json(figures));
    const Json& sessions = json["period"]["forum_sessions"];
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0]["end"].str() == "2024-06-14");
    CHECK(sessions[0]["place"].is_null());
    CHECK(sessions[1]["title"].str() == "Forum, second");
    REQUIRE(sessions[1]["hosts"].size() == 2);  // `late` left out
    CHECK(sessions[1]["hosts"][1].str() == "sample");
    CHECK(sessions[1]["initiatives"].integer() == 1);  // not `late`'s
    const auto none = check_files({{"partners/sample.yaml", kGovernment}});
    CHECK_FALSE(has(gcsj::render::render_progress_markdown(figures_of(none)), "Forum"));
    CHECK(
        parse_json(gcsj::render::render_progress_json(figures_of(none)))["period"]["forum_sessions"]
            .size() == 0);
  }
}
